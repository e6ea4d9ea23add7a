
    // Do not modify this file by hand!
    // Re-generate this file by running lit-localize

    
    const str = (strings: TemplateStringsArray, ...values: unknown[]) => ({ strTag: true as const, strings, values });

    /* eslint-disable no-irregular-whitespace */
    /* eslint-disable @typescript-eslint/no-explicit-any */

    export const templates = {
      'badge-cities.few': str`${0} města`,
'badge-cities.many': str`${0} města`,
'badge-cities.one': str`${0} město`,
'badge-cities.other': str`${0} měst`,
'badge-countries.few': str`${0} zemí`,
'badge-countries.many': str`${0} země`,
'badge-countries.one': str`${0} země`,
'badge-countries.other': str`${0} zemí`,
'data-problems.few': str`${0} problémy v datech`,
'data-problems.many': str`${0} problému v datech`,
'data-problems.one': str`${0} problém v datech`,
'data-problems.other': str`${0} problémů v datech`,
's11b7bcc50ad5b3b8': str`${0} odpověděl chybou (HTTP ${1}).`,
's1ae7f9fbce18ad6e': str`Členství s id „${0}“ neexistuje.`,
's20a62e0d99436a59': str`${0} nebyl nalezen (HTTP 404). Zkontrolujte adresu v atributu src.`,
's2e953222ece2c3f2': str`Členství v ${0}`,
's2ec3e88e4625ac04': `Data nemají očekávaný formát.`,
's3c02a1f4dc5c23c2': str`V ${0}:`,
's5e1de486b519e16c': `Člen sítě`,
's648d0c691560d9bf': `Žádné členství v sítích k zobrazení.`,
's6ebc9bd6feae62a3': `Načítání…`,
's7e769af71e9a3cff': str`Členem od roku ${0}`,
's890ff5db6d05bcfa': str`${0} z ${1}`,
's8b008e2f652cbddb': str`od roku ${0}`,
's8ed9ab7d862b9339': str`${0} neodpovídá. Zkontrolujte připojení a zkuste to znovu.`,
'sa2e6078b5af81ed6': str`Nastavte atribut network na jednu z hodnot: ${0}.`,
'sc49390052c2d3274': str`Logo ${0}`,
'sc733fb1d97b7d173': `Data nejsou platný JSON.`,
'scd1dd6ff53d0d01a': `Zkusit znovu`,
'scf2b5c95abe57fa3': str`${0} je členem sítě`,
'sd4ff99fb13d411fc': str`Doplňte do &lt;${0}&gt; atribut src s adresou dat JSON, nebo vložený &lt;script type="application/json"&gt;.`,
'se31a75c61098994e': `Žádná data k zobrazení.`,
'se4c11ac001544238': `Data se nepodařilo načíst.`,
'se5708dc70a80478d': str`…a ${0} dalších (viz konzole prohlížeče).`,
    };
  