// What the snippet builder writes, as pure functions (the page and the tests
// share them). A snippet is made from the chosen element, its attributes that
// differ from their defaults, and the site's address, which makes every URL
// absolute: rich-text editors rewrite or drop relative ones.

/** Attributes holding a URL: written absolute. */
export const urlAttributes = new Set(['src', 'action', 'privacy-url', 'href', 'logo', 'geometry-src']);

const escapeHtml = (value) =>
  String(value).replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** `value` made absolute against the site's address (unchanged when it cannot be). */
export function absoluteUrl(value, site) {
  try {
    return new URL(value, site).href;
  } catch {
    return value;
  }
}

/**
 * The attributes to write: those with a value other than the field's default,
 * URLs made absolute; a checkbox that is on becomes a bare (boolean) name.
 * `values` maps attribute names to the form's values (`true`/`false` for checkboxes).
 * A field that `needs` another (the badge's membership id needs a data file) is
 * left out while that one is empty.
 */
export function chosenAttributes(fields, values, site) {
  const chosen = [];
  for (const field of fields) {
    const raw = values[field.name];
    if (field.needs && !String(values[field.needs] ?? '').trim()) continue;
    if (raw === undefined || raw === false || raw === '') continue;
    const value = raw === true ? '' : String(raw).trim();
    if (raw !== true && value === '') continue;
    if (field.default !== undefined && String(raw) === field.default) continue;
    chosen.push([field.name, urlAttributes.has(field.name) && value !== '' ? absoluteUrl(value, site) : value]);
  }
  return chosen;
}

/**
 * The placeholder's URL: the data file (`src`), or a page people can read
 * (`readerUrl`), with the element and its attributes in the fragment. `src`
 * is written in the fragment too, encoded: TinyMCE's default `relative_urls`
 * rewrites a link to the CMS's own host relative to the editor's page, which
 * is wrong on the published page, but no editor touches a fragment.
 */
export function placeholderUrl(tag, attributes, site, readerUrl = '') {
  const valueOf = (wanted) => attributes.find(([name]) => name === wanted)?.[1] ?? '';
  const src = valueOf('src');
  // Without a data file, the badge's own link (the network's website) is the best fallback.
  const linkTarget = readerUrl ? absoluteUrl(readerUrl, site) : src || valueOf('href') || absoluteUrl('/', site);
  const fragment = [tag, src ? `src=${encodeURIComponent(src)}` : 'src'];
  for (const [name, value] of attributes) {
    if (name !== 'src') fragment.push(value === '' ? name : `${name}=${encodeURIComponent(value)}`);
  }
  return `${linkTarget.split('#')[0]}#${fragment.join('&')}`;
}

/** "For the rich-text editor": one plain link that every editor keeps. */
export function richTextSnippet({ tag, attributes, site, text, readerUrl }) {
  return `<a href="${escapeHtml(placeholderUrl(tag, attributes, site, readerUrl))}">${escapeHtml(text)}</a>`;
}

/** "For the page template": the element's script and the element, the link inside as fallback. */
export function templateSnippet({ tag, attributes, site, text, readerUrl, scriptUrl }) {
  const attributeText = attributes
    .map(([name, value]) => (value === '' ? ` ${name}` : ` ${name}="${escapeHtml(value)}"`))
    .join('');
  const fallbackUrl = readerUrl ? absoluteUrl(readerUrl, site) : placeholderUrl(tag, attributes, site);
  return (
    `<script type="module" src="${escapeHtml(scriptUrl)}"></script>\n` +
    `<${tag}${attributeText}>\n  <a href="${escapeHtml(fallbackUrl)}">${escapeHtml(text)}</a>\n</${tag}>`
  );
}

/** The one script tag the web team adds to the site template for placeholders. */
export function loaderSnippet(scriptFolder) {
  return `<script type="module" src="${escapeHtml(new URL('loader.js', scriptFolder).href)}"></script>`;
}
