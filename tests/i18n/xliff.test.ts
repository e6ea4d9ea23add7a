import { expect } from '@open-wc/testing';
import type { Unit } from './xliff-units.js';
import { loadUnits, pluralCategories, pluralGroups, renderPlural, targetLocales } from './xliff-units.js';

/** What a native reader expects for these counts (CLDR categories: cs 22 is "other", hr 21 is "one"…). */
const counts = { 'badge-cities': [1, 2, 5, 22], 'timeline-show-all': [3, 16, 21], 'lead-days': [1, 2, 14] };
type Expected = Record<keyof typeof counts, string[]>;
const expected: Record<string, Expected> = {
  cs: {
    'badge-cities': ['1 město', '2 města', '5 měst', '22 měst'],
    'timeline-show-all': [
      'Zobrazit všechny 3 konference',
      'Zobrazit všech 16 konferencí',
      'Zobrazit všech 21 konferencí',
    ],
    'lead-days': ['Nejméně 1 den předem', 'Nejméně 2 dny předem', 'Nejméně 14 dní předem'],
  },
  sk: {
    'badge-cities': ['1 mesto', '2 mestá', '5 miest', '22 miest'],
    'timeline-show-all': [
      'Zobraziť všetky 3 konferencie',
      'Zobraziť všetkých 16 konferencií',
      'Zobraziť všetkých 21 konferencií',
    ],
    'lead-days': ['Najmenej 1 deň vopred', 'Najmenej 2 dni vopred', 'Najmenej 14 dní vopred'],
  },
  pl: {
    'badge-cities': ['1 miasto', '2 miasta', '5 miast', '22 miasta'],
    'timeline-show-all': [
      'Pokaż wszystkie 3 konferencje',
      'Pokaż wszystkie 16 konferencji',
      'Pokaż wszystkie 21 konferencji',
    ],
    'lead-days': [1, 2, 14].map((days) => `Z co najmniej ${days}-dniowym wyprzedzeniem`),
  },
  de: {
    'badge-cities': ['1 Stadt', '2 Städte', '5 Städte', '22 Städte'],
    'timeline-show-all': [3, 16, 21].map((n) => `Alle ${n} Konferenzen anzeigen`),
    'lead-days': ['Mindestens 1 Tag im Voraus', 'Mindestens 2 Tage im Voraus', 'Mindestens 14 Tage im Voraus'],
  },
  fr: {
    'badge-cities': ['1 ville', '2 villes', '5 villes', '22 villes'],
    'timeline-show-all': [3, 16, 21].map((n) => `Afficher les ${n} conférences`),
    'lead-days': ['Au moins 1 jour à l’avance', 'Au moins 2 jours à l’avance', 'Au moins 14 jours à l’avance'],
  },
  hu: {
    'badge-cities': [1, 2, 5, 22].map((n) => `${n} város`),
    'timeline-show-all': [3, 16, 21].map((n) => `Összesen ${n} konferencia megjelenítése`),
    'lead-days': [1, 2, 14].map((n) => `Legalább ${n} nappal előre`),
  },
  it: {
    'badge-cities': [1, 2, 5, 22].map((n) => `${n} città`),
    'timeline-show-all': [3, 16, 21].map((n) => `Mostrare tutte le ${n} conferenze`),
    'lead-days': [
      'Con almeno 1 giorno di anticipo',
      'Con almeno 2 giorni di anticipo',
      'Con almeno 14 giorni di anticipo',
    ],
  },
  hr: {
    'badge-cities': ['1 grad', '2 grada', '5 gradova', '22 grada'],
    'timeline-show-all': [
      'Prikažite sve 3 konferencije',
      'Prikažite svih 16 konferencija',
      'Prikažite sve konferencije (21)',
    ],
    'lead-days': ['Najmanje 1 dan unaprijed', 'Najmanje 2 dana unaprijed', 'Najmanje 14 dana unaprijed'],
  },
  sl: {
    'badge-cities': ['1 mesto', '2 mesti', '5 mest', '22 mest'],
    'timeline-show-all': ['Prikažite vse 3 konference', 'Prikažite vseh 16 konferenc', 'Prikažite vseh 21 konferenc'],
    'lead-days': ['Vsaj 1 dan vnaprej', 'Vsaj 2 dneva vnaprej', 'Vsaj 14 dni vnaprej'],
  },
  ro: {
    'badge-cities': ['1 oraș', '2 orașe', '5 orașe', '22 de orașe'],
    'timeline-show-all': [
      'Afișați toate cele 3 conferințe',
      'Afișați toate cele 16 conferințe',
      'Afișați toate cele 21 de conferințe',
    ],
    'lead-days': ['Cu cel puțin 1 zi înainte', 'Cu cel puțin 2 zile înainte', 'Cu cel puțin 14 zile înainte'],
  },
  bg: {
    'badge-cities': ['1 град', '2 града', '5 града', '22 града'],
    'timeline-show-all': [3, 16, 21].map((n) => `Показване на всички ${n} конференции`),
    'lead-days': ['Най-малко 1 ден предварително', 'Най-малко 2 дни предварително', 'Най-малко 14 дни предварително'],
  },
  sq: {
    'badge-cities': ['1 qytet', '2 qytete', '5 qytete', '22 qytete'],
    'timeline-show-all': [3, 16, 21].map((n) => `Shfaqni të gjitha ${n} konferencat`),
    'lead-days': [1, 2, 14].map((n) => `Të paktën ${n} ditë përpara`),
  },
};

/** Second-person singular forms: public-sector sites address people formally (issue 14). */
const informal: Record<string, RegExp> = {
  cs: /(?<!\p{L})(Zadej|Vyber|Zkontroluj|Zkus|Popiš|Nastav|Doplň|tvůj|tvoje)(?!\p{L})/u,
  sk: /(?<!\p{L})(Zadaj|Vyber|Skontroluj|Skús|Opíš|Nastav|Doplň|tvoj|tvoje)(?!\p{L})/u,
  pl: /(?<!\p{L})(Podaj|Wybierz|Sprawdź|Opisz|Wpisz|Ustaw|Dodaj|użyj|wyraź|spróbuj|twój|twoje)(?!\p{L})/u,
  de: /(?<!\p{L})(du|dich|dir|dein|deine|deinen|prüfe|gib)(?!\p{L})/iu,
  fr: /(?<!\p{L})(tu|toi|ton|tes|saisis|vérifie|choisis)(?!\p{L})/iu,
  hu: /(?<!\p{L})(Add|Válaszd|Ellenőrizd|Próbáld|Írd|neked)(?!\p{L})/u,
  it: /(?<!\p{L})(Invia|Mostra|Riprova|Iscrivi|Cerca|Inserisci|Scegli|Controlla|tuo|tua)(?!\p{L})/u,
  hr: /(?<!\p{L})(Pošalji|Prikaži|Pretplati|Pokušaj|Pretraži|Odaberi|Unesi|Provjeri)(?!\p{L})/u,
  sl: /(?<!\p{L})(Pošlji|Prikaži|Prijavi|Poskusi|Vnesi|Izberi|Preveri)(?!\p{L})/u,
  ro: /(?<!\p{L})(Introdu|Alege|Verifică|Încearcă|Trimite|Afișează)(?!\p{L})/u,
  bg: /(?<!\p{L})(Въведи|Избери|Провери|Опитай|Изпрати)(?!\p{L})/u,
  sq: /(?<!\p{L})(Dërgo|Shfaq|Abonohu|Abono|Provo|Kërko|Shkruaj|Zgjidh|Kontrollo)(?!\p{L})/u,
};

/** Past participles that would give the network's name a gender ("založena", "fondée"…). */
const gendered =
  /(?<!\p{L})(založen[aáéoý]?|założon[aey]?|ustanovljen[aio]?|osnovan[aoi]?|fondat[aoie]|fondée?s?|înființat[aă]?|основан[аои]?)(?!\p{L})/iu;

const bySource = (units: Map<string, Unit>, source: string): Unit => {
  const unit = [...units.values()].find((candidate) => candidate.source === source);
  if (!unit) throw new Error(`no unit with the source "${source}"`);
  return unit;
};

describe('translations (xliff/*.xlf)', () => {
  for (const locale of targetLocales) {
    describe(locale, () => {
      let units: Map<string, Unit>;
      before(async () => {
        units = await loadUnits(locale);
      });

      it('keeps every placeholder of each source exactly once, and adds none', () => {
        const wrong = [...units.values()]
          .filter((unit) => unit.target !== undefined)
          .filter(
            (unit) => unit.targetPlaceholders.join() !== unit.sourcePlaceholders.join() || /\$\{/.test(unit.target!),
          )
          .map((unit) => `${unit.id}: "${unit.source}" → "${unit.target}"`);
        expect(wrong).to.deep.equal([]);
      });

      it('has every plural message in every category, with a target for each category the language uses', () => {
        const used = new Intl.PluralRules(locale).resolvedOptions().pluralCategories;
        const gaps: string[] = [];
        for (const [name, group] of pluralGroups(units)) {
          for (const category of pluralCategories) if (!group.has(category)) gaps.push(`${name}.${category} (source)`);
          for (const category of used) if (!group.get(category)?.target?.trim()) gaps.push(`${name}.${category}`);
        }
        // Seven plural messages (the badge's counts, the forms' and lists' counts): fewer means the file lost some.
        expect(pluralGroups(units).size).to.be.greaterThan(6);
        expect(gaps).to.deep.equal([]);
      });

      it('picks the grammatical form for each count', () => {
        const groups = pluralGroups(units);
        for (const [name, list] of Object.entries(counts) as [keyof typeof counts, number[]][]) {
          const shown = list.map((count) => renderPlural(groups.get(name)!, locale, count));
          expect(shown, `${name} in ${locale}`).to.deep.equal(expected[locale][name]);
        }
      });

      it('addresses the reader formally', () => {
        const pattern = informal[locale];
        const found = [...units.values()].filter((unit) => pattern.test(unit.target ?? '')).map((unit) => unit.target);
        expect(found).to.deep.equal([]);
      });

      it('does not guess the gender of the network name in "founded in"', () => {
        for (const source of ['{0} founded in {1}', 'Founded in {0}']) {
          expect(bySource(units, source).target).not.to.match(gendered);
        }
      });
    });
  }

  it('writes counts in digits without "de"/"di" in the French and Italian many forms', async () => {
    for (const locale of ['fr', 'it']) {
      for (const [name, group] of pluralGroups(await loadUnits(locale))) {
        expect(group.get('many')?.target, `${locale} ${name}.many`).to.equal(group.get('other')?.target);
      }
    }
  });

  it('asks for corrections in the error-summary heading instead of "There is a problem" word for word', async () => {
    for (const locale of targetLocales) {
      const heading = bySource(await loadUnits(locale), 'There is a problem').target;
      expect(heading, locale).to.match(/:$/);
    }
    expect(bySource(await loadUnits('de'), 'There is a problem').target).to.equal(
      'Bitte korrigieren Sie folgende Angaben:',
    );
  });

  it('says "not marked on the map", not "outside the map area"', async () => {
    for (const locale of ['pl', 'sk', 'fr', 'sq']) {
      const units = await loadUnits(locale);
      for (const source of ['not on the map', 'Not on the map: {0}.']) {
        expect(bySource(units, source).target, locale).not.to.match(/poza mapą|mimo mapy|hors carte|jashtë hartës/i);
      }
    }
  });

  it('uses the Czech wording of the issue: "platné datum", "Jméno a příjmení"', async () => {
    const cs = await loadUnits('cs');
    expect(bySource(cs, 'Enter a real date').target).to.equal('Zadejte platné datum');
    expect(bySource(cs, 'Name').target).to.equal('Jméno a příjmení');
  });
});
