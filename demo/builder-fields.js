// The snippet builder's fields: every documented attribute of every element,
// with a label an editor understands. tests/cms/builder-fields.test.ts fails
// when this table and custom-elements.json disagree (names, defaults, kinds).
// `default` is the element's own default: a field left at it is not written.
// `value` is a starting value for the editor (the demo's sample data).

const forms = [
  { name: 'privacy-url', label: 'Privacy policy page', type: 'url', value: '/privacy.html' },
  { name: 'encoding', label: 'Send as', type: 'select', options: ['json', 'form'], default: 'json', advanced: true },
  { name: 'min-fill-seconds', label: 'Seconds before a submission counts as human', type: 'number', default: '3', advanced: true },
  { name: 'timeout-seconds', label: 'Time limit of one attempt to send (seconds)', type: 'number', default: '10', advanced: true },
  { name: 'retries', label: 'Extra attempts after a network error', type: 'number', default: '2', advanced: true },
  { name: 'label', label: 'Name of the form for screen readers (two forms on one page)', type: 'text', advanced: true },
];

/** `lang`, `theme` and `editor`, shared by every element. */
export const commonFields = [
  { name: 'lang', label: 'Language', type: 'language', hint: 'Empty: the language of the page.' },
  { name: 'theme', label: 'Theme', type: 'select', options: ['light', 'dark', 'auto'], default: 'light' },
  {
    name: 'editor',
    label: 'Show the details of data problems on the page',
    type: 'checkbox',
    default: 'false',
    advanced: true,
    hint: 'For a preview or staging page only: readers get a short message. This preview always shows the details.',
  },
];

/** `heading-level`, on the elements that have headings. */
const headingLevel = {
  name: 'heading-level',
  label: 'Heading level',
  type: 'number',
  default: '3',
  advanced: true,
  hint: '1 to 6: one level below the heading of the section the widget is in (3 under an h2).',
};

export const elementFields = {
  'city-network-badge': {
    label: 'Network membership badge',
    hint: 'One membership from a memberships JSON file, or set by name alone (empty data file).',
    attributes: [
      { name: 'src', label: 'Data file (memberships JSON)', type: 'url', value: '/data/memberships.json' },
      {
        name: 'network',
        label: 'Membership id',
        type: 'text',
        value: 'eurocities',
        needs: 'src',
        hint: 'The id of the membership in the data file; empty: the first. Not written without a data file.',
      },
      { name: 'variant', label: 'Look', type: 'select', options: ['card', 'pill'], default: 'card' },
      { name: 'name', label: 'Network name (without a data file)', type: 'text' },
      { name: 'full-name', label: 'Network full name (without a data file)', type: 'text', advanced: true },
      { name: 'href', label: 'Network web address (without a data file)', type: 'url' },
      { name: 'member', label: 'Member (without a data file)', type: 'text' },
      { name: 'member-role', label: 'Role (without a data file)', type: 'text' },
      { name: 'since', label: 'Since year (without a data file)', type: 'number' },
      { name: 'logo', label: 'Network logo (without a data file)', type: 'url', advanced: true },
      { name: 'label', label: 'Name of the badge for screen readers (two badges of one network on a page)', type: 'text', advanced: true },
      headingLevel,
    ],
  },
  'city-conference-timeline': {
    label: 'Conference timeline',
    hint: 'The thematic conferences of a network, from a conferences JSON file.',
    attributes: [
      { name: 'src', label: 'Data file (conferences JSON)', type: 'url', value: '/data/conferences.json' },
      { name: 'order', label: 'Order', type: 'select', options: ['newest', 'oldest'], default: 'newest' },
      { name: 'country', label: 'Only these countries (codes, comma-separated)', type: 'text', hint: 'For example AT,CZ' },
      { name: 'from', label: 'From year', type: 'number' },
      { name: 'to', label: 'To year', type: 'number' },
      { name: 'limit', label: 'Show at most', type: 'number' },
      { name: 'search', label: 'Show a search box', type: 'checkbox', default: 'false' },
      { name: 'highlight-city', label: 'Highlight the conferences of this city', type: 'text' },
      { name: 'layout', label: 'Layout', type: 'select', options: ['vertical', 'compact'], default: 'vertical' },
      { name: 'now', label: 'Take this date as today (for testing)', type: 'date', advanced: true },
      headingLevel,
    ],
  },
  'city-member-map': {
    label: 'Member map and list',
    hint: 'Member cities on a map of Europe beside a list grouped by country.',
    attributes: [
      { name: 'src', label: 'Data file (members JSON)', type: 'url', value: '/data/members.json' },
      { name: 'view', label: 'Show', type: 'select', options: ['both', 'map', 'list'], default: 'both' },
      { name: 'highlight', label: 'Highlight these members (ids, comma-separated)', type: 'text', default: '', hint: 'For example brno,opava' },
      { name: 'height', label: 'Map height', type: 'text', hint: 'For example 400px' },
      { name: 'marker-labels', label: 'City names on the map', type: 'checkbox', default: 'false' },
      { name: 'selected', label: 'Member chosen at first (id)', type: 'text', advanced: true },
      { name: 'geometry-src', label: 'Map outlines file', type: 'url', advanced: true, hint: 'Empty: europe.paths.json next to the script. A TopoJSON file with a countries object also works.' },
      headingLevel,
    ],
  },
  'city-delegation-form': {
    label: 'Delegation visit request form',
    hint: 'Visiting delegations request a presentation. Without a sending address, it opens an e-mail.',
    attributes: [
      { name: 'src', label: 'Configuration file (delegation JSON, optional)', type: 'url', value: '/data/delegation.json' },
      { name: 'action', label: 'Sending address (URL that receives the request)', type: 'url', value: '/api/delegation-requests' },
      { name: 'contact-email', label: 'E-mail for requests without a sending address', type: 'email' },
      ...forms,
      { name: 'min-lead-days', label: 'Days of notice needed', type: 'number' },
    ],
  },
  'city-newsletter-signup': {
    label: 'Newsletter signup',
    hint: 'E-mail signup with explicit consent and double opt-in.',
    attributes: [
      { name: 'src', label: 'Configuration file (newsletter JSON, optional)', type: 'url', value: '/data/newsletter.json' },
      { name: 'action', label: 'Sending address (URL that receives the signup)', type: 'url', value: '/api/newsletter-signups' },
      ...forms,
      { name: 'variant', label: 'Look', type: 'select', options: ['card', 'inline'], default: 'card' },
      { name: 'pitch', label: 'Why to subscribe (card look only)', type: 'text' },
      { name: 'ask-name', label: 'Ask for a name', type: 'checkbox', default: 'false' },
      { name: 'success-message', label: 'Message after signing up', type: 'text' },
      { name: 'field-email', label: 'Field name of the e-mail (form encoding)', type: 'text', advanced: true },
      { name: 'field-name', label: 'Field name of the name (form encoding)', type: 'text', advanced: true },
      { name: 'field-lists', label: 'Field name of the lists (form encoding)', type: 'text', advanced: true },
    ],
  },
};

/**
 * Each element's default link text in each language: what readers without
 * JavaScript, feeds and the editor's own view show. (Written for this demo;
 * a native speaker's review is welcome.)
 */
export const linkTexts = {
  'city-network-badge': {
    en: 'Our membership in the network',
    cs: 'Naše členství v síti',
    de: 'Unsere Mitgliedschaft im Netzwerk',
    sk: 'Naše členstvo v sieti',
    pl: 'Nasze członkostwo w sieci',
    hu: 'Tagságunk a hálózatban',
    fr: 'Notre adhésion au réseau',
    it: 'La nostra adesione alla rete',
    ro: 'Calitatea noastră de membru în rețea',
    bg: 'Нашето членство в мрежата',
    hr: 'Naše članstvo u mreži',
    sl: 'Naše članstvo v mreži',
    sq: 'Anëtarësimi ynë në rrjet',
  },
  'city-conference-timeline': {
    en: 'Conferences of the network',
    cs: 'Konference sítě',
    de: 'Konferenzen des Netzwerks',
    sk: 'Konferencie siete',
    pl: 'Konferencje sieci',
    hu: 'A hálózat konferenciái',
    fr: 'Conférences du réseau',
    it: 'Conferenze della rete',
    ro: 'Conferințele rețelei',
    bg: 'Конференции на мрежата',
    hr: 'Konferencije mreže',
    sl: 'Konference mreže',
    sq: 'Konferencat e rrjetit',
  },
  'city-member-map': {
    en: 'Member cities of the network',
    cs: 'Členská města sítě',
    de: 'Mitgliedsstädte des Netzwerks',
    sk: 'Členské mestá siete',
    pl: 'Miasta członkowskie sieci',
    hu: 'A hálózat tagvárosai',
    fr: 'Villes membres du réseau',
    it: 'Città membri della rete',
    ro: 'Orașele membre ale rețelei',
    bg: 'Градове членове на мрежата',
    hr: 'Gradovi članovi mreže',
    sl: 'Mesta članice mreže',
    sq: 'Qytetet anëtare të rrjetit',
  },
  'city-delegation-form': {
    en: 'Request a delegation visit',
    cs: 'Požádat o návštěvu delegace',
    de: 'Delegationsbesuch anfragen',
    sk: 'Požiadať o návštevu delegácie',
    pl: 'Zgłoś wizytę delegacji',
    hu: 'Delegációs látogatás kérése',
    fr: 'Demander une visite de délégation',
    it: 'Richiedi una visita di delegazione',
    ro: 'Solicitați vizita unei delegații',
    bg: 'Заявете посещение на делегация',
    hr: 'Zatražite posjet izaslanstva',
    sl: 'Zaprosite za obisk delegacije',
    sq: 'Kërkoni një vizitë delegacioni',
  },
  'city-newsletter-signup': {
    en: 'Subscribe to our newsletter',
    cs: 'Přihlásit se k odběru našeho zpravodaje',
    de: 'Unseren Newsletter abonnieren',
    sk: 'Prihlásiť sa na odber nášho newslettera',
    pl: 'Zapisz się do naszego newslettera',
    hu: 'Iratkozzon fel hírlevelünkre',
    fr: 'Abonnez-vous à notre lettre d’information',
    it: 'Iscriviti alla nostra newsletter',
    ro: 'Abonați-vă la buletinul nostru informativ',
    bg: 'Абонирайте се за нашия бюлетин',
    hr: 'Pretplatite se na naš bilten',
    sl: 'Naročite se na naše novice',
    sq: 'Abonohuni në buletinin tonë',
  },
};

/**
 * The 13 languages of the widgets, each named in itself (written out:
 * browsers' Intl.DisplayNames lack some endonyms, Albanian among them).
 */
export const languages = [
  ['cs', 'čeština'],
  ['en', 'English'],
  ['de', 'Deutsch'],
  ['sk', 'slovenčina'],
  ['pl', 'polski'],
  ['hu', 'magyar'],
  ['fr', 'français'],
  ['it', 'italiano'],
  ['ro', 'română'],
  ['bg', 'български'],
  ['hr', 'hrvatski'],
  ['sl', 'slovenščina'],
  ['sq', 'shqip'],
];
