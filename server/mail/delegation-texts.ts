// The requester's confirmation in the language the form was filled in: the
// 13 locales of the widgets. {ref}, {date}, {time} and {name} are filled in; the
// greeting names the person only where that needs no grammatical gender.
export interface ConfirmationText {
  subject: string;
  greeting: string;
  body: string;
  closing: string;
}

export const confirmationTexts: Record<string, ConfirmationText> = {
  en: {
    subject: 'Your visit request {ref}',
    greeting: 'Dear {name},',
    body: 'we have received your request for a delegation visit on {date} at {time}. Your reference is {ref}; please quote it in any reply. The office will contact you soon.',
    closing: 'This message was sent automatically.',
  },
  cs: {
    subject: 'Vaše žádost o návštěvu {ref}',
    greeting: 'Dobrý den,',
    body: 'přijali jsme Vaši žádost o návštěvu delegace dne {date} v {time}. Číslo Vaší žádosti je {ref}; uveďte je prosím v každé odpovědi. Úřad se Vám brzy ozve.',
    closing: 'Tato zpráva byla odeslána automaticky.',
  },
  de: {
    subject: 'Ihre Besuchsanfrage {ref}',
    greeting: 'Guten Tag,',
    body: 'wir haben Ihre Anfrage für einen Delegationsbesuch am {date} um {time} erhalten. Ihr Aktenzeichen lautet {ref}; bitte geben Sie es bei jeder Antwort an. Das Büro meldet sich in Kürze bei Ihnen.',
    closing: 'Diese Nachricht wurde automatisch versandt.',
  },
  sk: {
    subject: 'Vaša žiadosť o návštevu {ref}',
    greeting: 'Dobrý deň,',
    body: 'prijali sme Vašu žiadosť o návštevu delegácie dňa {date} o {time}. Číslo Vašej žiadosti je {ref}; uveďte ho, prosím, v každej odpovedi. Úrad sa Vám čoskoro ozve.',
    closing: 'Táto správa bola odoslaná automaticky.',
  },
  pl: {
    subject: 'Państwa wniosek o wizytę {ref}',
    greeting: 'Dzień dobry,',
    body: 'Otrzymaliśmy Państwa wniosek o wizytę delegacji w dniu {date} o godz. {time}. Numer wniosku to {ref}; prosimy podawać go w każdej odpowiedzi. Biuro wkrótce się z Państwem skontaktuje.',
    closing: 'Ta wiadomość została wysłana automatycznie.',
  },
  hu: {
    subject: 'Látogatási kérelme: {ref}',
    greeting: 'Tisztelt {name}!',
    body: 'Megkaptuk delegációs látogatásra vonatkozó kérelmét ({date}, {time}). Ügyszáma: {ref}; kérjük, minden válaszában hivatkozzon rá. Az iroda hamarosan felveszi Önnel a kapcsolatot.',
    closing: 'Ezt az üzenetet automatikusan küldtük.',
  },
  fr: {
    subject: 'Votre demande de visite {ref}',
    greeting: 'Bonjour,',
    body: 'Nous avons bien reçu votre demande de visite de délégation le {date} à {time}. Votre référence est {ref} ; merci de la rappeler dans toute réponse. Le bureau vous contactera prochainement.',
    closing: 'Ce message a été envoyé automatiquement.',
  },
  it: {
    subject: 'La Sua richiesta di visita {ref}',
    greeting: 'Gentile {name},',
    body: 'abbiamo ricevuto la Sua richiesta di visita di una delegazione il {date} alle {time}. Il numero di riferimento è {ref}; La preghiamo di indicarlo in ogni risposta. L’ufficio La contatterà a breve.',
    closing: 'Questo messaggio è stato inviato automaticamente.',
  },
  ro: {
    subject: 'Cererea dumneavoastră de vizită {ref}',
    greeting: 'Bună ziua,',
    body: 'Am primit cererea dumneavoastră pentru o vizită a delegației în data de {date}, ora {time}. Numărul de referință este {ref}; vă rugăm să îl menționați în orice răspuns. Biroul vă va contacta în curând.',
    closing: 'Acest mesaj a fost trimis automat.',
  },
  bg: {
    subject: 'Вашето искане за посещение {ref}',
    greeting: 'Здравейте,',
    body: 'Получихме Вашето искане за посещение на делегация на {date} в {time}. Вашият номер е {ref}; моля, посочвайте го във всеки отговор. Служителите ще се свържат с Вас скоро.',
    closing: 'Това съобщение е изпратено автоматично.',
  },
  hr: {
    subject: 'Vaš zahtjev za posjet {ref}',
    greeting: 'Poštovani,',
    body: 'zaprimili smo Vaš zahtjev za posjet izaslanstva {date} u {time}. Broj Vašeg zahtjeva je {ref}; molimo navedite ga u svakom odgovoru. Ured će Vam se uskoro javiti.',
    closing: 'Ova je poruka poslana automatski.',
  },
  sl: {
    subject: 'Vaša prošnja za obisk {ref}',
    greeting: 'Spoštovani,',
    body: 'prejeli smo Vašo prošnjo za obisk delegacije dne {date} ob {time}. Številka Vaše prošnje je {ref}; prosimo, navedite jo v vsakem odgovoru. Urad se Vam bo kmalu oglasil.',
    closing: 'To sporočilo je bilo poslano samodejno.',
  },
  sq: {
    subject: 'Kërkesa juaj për vizitë {ref}',
    greeting: 'Përshëndetje,',
    body: 'Kemi marrë kërkesën tuaj për një vizitë delegacioni më {date} në orën {time}. Numri i referencës është {ref}; ju lutemi ta përmendni në çdo përgjigje. Zyra do t’ju kontaktojë së shpejti.',
    closing: 'Ky mesazh u dërgua automatikisht.',
  },
};

/**
 * The closest locale we have a text for: "cs-CZ" → cs, anything unknown → en. An Accept-Language
 * list ("cs,sk;q=0.8,en;q=0.3", Firefox's Czech default) gives its most wanted language that has texts.
 */
export function pickLocale(locale: string | undefined, known: Record<string, unknown>): string {
  const wanted = (locale ?? '')
    .split(',')
    .map((part, order) => {
      const [tag = '', ...parameters] = part.trim().split(';');
      const weight = Number(/^\s*q=([\d.]+)/.exec(parameters.join(';'))?.[1] ?? 1);
      return { base: tag.trim().toLowerCase().split('-')[0] ?? '', weight, order };
    })
    .filter(({ weight }) => weight > 0)
    .sort((a, b) => b.weight - a.weight || a.order - b.order);
  return wanted.find(({ base }) => Object.hasOwn(known, base))?.base ?? 'en';
}

export function fill(template: string, values: Record<string, string>): string {
  return template.replace(/\{(\w+)\}/g, (whole, key: string) => values[key] ?? whole);
}

/** A name the configuration gives as text or as texts by language tag (a form's host, a newsletter's publisher, a list's label). */
export type LocalizedName = string | Record<string, string>;

/** `name` in `locale` (else in English, else the first given), on one line; '' when there is none. */
export function nameIn(name: LocalizedName | undefined, locale: string): string {
  const oneLine = (text: string) => text.replace(/[\r\n\u2028\u2029]+/g, ' ').trim();
  if (typeof name === 'string') return oneLine(name);
  if (name === null || typeof name !== 'object') return '';
  const names = Object.fromEntries(
    Object.entries(name)
      .filter(([, value]) => typeof value === 'string' && value.trim())
      .map(([tag, value]) => [tag.toLowerCase(), oneLine(value)]),
  );
  return names[locale.toLowerCase()] ?? names[pickLocale(locale, names)] ?? Object.values(names)[0] ?? '';
}
