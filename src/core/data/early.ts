import { allLocales } from '../../locales/locale-codes.js';
import { inheritedLang, negotiateLocale } from '../i18n/text.js';
import { inlineJson } from './inline.js';
import { absoluteUrl, fetchJson, srcSeenEarly } from './source.js';

/*
 * What an element's file asks for before Lit and the element are evaluated
 * (on a phone the longest part of an element's start): each element's
 * `*.early.ts` is imported first by its module and, like this, imports no Lit.
 * The elements already in the page then have their data and code on the way
 * while the rest of the file runs; each element joins these requests as it
 * connects (each is shared per URL). A failure here is left to the element,
 * which asks again and reports it.
 */

export const ignoreFailure = (): undefined => undefined;

/**
 * Calls `ask` for each `tag` element in the page, unless the element is
 * defined already (a second copy). Nothing here may throw: the element's
 * definition follows in the same module (a page may have replaced `fetch`
 * with one that throws, for instance).
 */
export function askEarly(tag: string, ask: (element: Element) => void): void {
  try {
    if (typeof document === 'undefined' || customElements.get(tag)) return;
    document.querySelectorAll(tag).forEach(ask);
  } catch {
    // The element asks for what it needs as it connects, and reports what fails.
  }
}

/** Asks for the element's `src`, unless it has its data inline or a page script set its `data` before it was defined. */
export function fetchDataEarly(element: Element): void {
  const src = element.getAttribute('src');
  if (!src || inlineJson(element) !== undefined) return;
  srcSeenEarly.add(element);
  if (!Object.hasOwn(element, 'data'))
    fetchJson(absoluteUrl(src, document.baseURI), new AbortController().signal).catch(ignoreFailure);
}

/** The locale the element will render in (as LocalizedElement negotiates it). */
export const earlyLocale = (element: Element): string => negotiateLocale(inheritedLang(element), allLocales);
