/**
 * The attributes a placeholder link may set, per element: each element's
 * documented attributes as listed in `custom-elements.json` (a test fails when
 * the two differ). Space-separated strings keep `dist/loader.js` small.
 */
const common = 'src lang theme editor';
const forms = 'action encoding privacy-url min-fill-seconds timeout-seconds retries label';

const table: Record<string, string> = {
  'city-network-badge': 'network variant name full-name href member member-role since logo label heading-level',
  'city-conference-timeline': 'order country from to limit search highlight-city layout now heading-level',
  'city-member-map': 'view highlight height marker-labels selected geometry-src heading-level',
  'city-delegation-form': `${forms} contact-email min-lead-days`,
  'city-newsletter-signup': `${forms} variant pitch ask-name success-message field-email field-name field-lists`,
};

/** The tags a placeholder can name. */
export const placeholderTags = Object.keys(table);

/** The documented attributes of `tag`, or `undefined` when it is not one of ours. */
export function documentedAttributes(tag: string): string[] | undefined {
  // `hasOwn`, not `in`: a fragment naming "constructor" must not match.
  return Object.hasOwn(table, tag) ? `${common} ${table[tag]}`.split(' ') : undefined;
}

/** Attributes whose URL the widget fetches or sends data to: held to the origin allow-list. */
export const requestAttributes = ['src', 'action', 'geometry-src', 'logo'];

/** Attributes whose URL becomes a link for the reader: held to the safe-URL schemes. */
export const linkAttributes = ['href', 'privacy-url'];
