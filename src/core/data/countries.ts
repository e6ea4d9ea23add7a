/**
 * The region codes Intl.DisplayNames names (CLDR 48, as in Chromium and
 * Node 20), less those that name no country or territory (EU, EZ, QO, UN, XA,
 * XB, ZZ): each word is a first letter and the second letters that follow
 * it. A table and not Intl itself: the checks run before the first render,
 * and Intl's first use on a page costs ~50 ms on a slow phone (4× CPU).
 * tests/core/data/countries.test.ts compares it with the browser's names.
 */
const regionCodes =
  'ACDEFGILMNOQRSTUWXZ BABDEFGHIJLMNOQRSTUVWYZ CACDFGHIKLMNOPQRSUVWXYZ DDEGJKMOYZ EACEGHRST FIJKMORX ' +
  'GABDEFGHILMNPQRSTUWY HKMNRTUV ICDELMNOQRST JEMOP KEGHIMNPRWYZ LABCIKRSTUVY MACDEFGHKLMNOPQRSTUVWXYZ ' +
  'NACEFGHILOPRUZ OM PAEFGHKLMNRSTWY QA REHOSUW SABCDEGHIJKLMNORSTUVXYZ TACDFGHJKLMNOPRTVWZ UAGKMSYZ ' +
  'VACDEGINU WFS XK YDETU ZAMRW';
let knownCodes: Set<string> | undefined;

/** Whether the region code is a country or territory the browser has a name for (the list then shows the name). */
export function isKnownCountry(code: string): boolean {
  knownCodes ??= new Set(
    regionCodes.split(' ').flatMap(([first, ...seconds]) => seconds.map((second) => first! + second)),
  );
  return knownCodes.has(code);
}
