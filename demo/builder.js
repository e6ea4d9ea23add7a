// The snippet builder: a CMS editor picks a widget and its settings and gets
// two snippets, a placeholder link for the rich-text editor and an element
// for a page template. DOM is built with createElement/textContent only (the
// page runs under Trusted Types). The preview is upgraded by the site script.
import { commonFields, elementFields, languages, linkTexts } from './builder-fields.js';
import {
  chosenAttributes,
  loaderSnippet,
  placeholderUrl,
  richTextSnippet,
  templateSnippet,
} from './builder-snippet.js';

/** The rich-text snippet's link address: what a paste as plain text gets. */
let richTextAddress = '';
/** The link text the builder suggested last (the element's, in the chosen language). */
let suggestedText = '';
/** Attributes whose URL the widget fetches or sends to: a site lets placeholders use only its own origin and those it allows. */
const requestAttributes = ['src', 'action', 'geometry-src', 'logo'];

const $ = (id) => document.getElementById(id);
const form = $('builder');
const elementSelect = $('element');
const siteInput = $('site');
const preview = $('preview');

// A builder opened from a developer's machine must not hand out addresses that only work there,
// nor an example's: the field starts empty, the snippets show the example address until it is
// filled in, and Copy asks for the real one first.
const exampleSite = 'https://www.city.example';
const local = /^(localhost|127\.|\[::1\]|0\.0\.0\.0|10\.|192\.168\.|172\.(1[6-9]|2\d|3[01])\.)|\.local$/.test(
  location.hostname,
);
siteInput.value = local ? '' : location.origin;

for (const [tag, { label }] of Object.entries(elementFields)) elementSelect.append(new Option(label, tag));

function control(definition, id) {
  if (definition.type === 'select' || definition.type === 'language') {
    const select = document.createElement('select');
    if (definition.type === 'language') {
      select.append(new Option('(the language of the page)', ''));
      for (const [code, name] of languages) {
        const option = new Option(`${name} (${code})`, code);
        option.lang = code;
        select.append(option);
      }
    } else {
      for (const option of definition.options)
        select.append(new Option(option, option, false, option === definition.default));
    }
    select.id = id;
    return select;
  }
  const input = document.createElement('input');
  input.type = definition.type;
  input.id = id;
  if (definition.type === 'checkbox') input.checked = definition.default === 'true';
  else input.value = definition.value ?? definition.default ?? '';
  return input;
}

function field(definition, index) {
  const id = `attribute-${index}`;
  const wrapper = document.createElement('div');
  wrapper.className = definition.type === 'checkbox' ? 'field checkbox' : 'field';
  const label = document.createElement('label');
  label.htmlFor = id;
  label.textContent = `${definition.label} (${definition.name})`;
  const input = control(definition, id);
  input.dataset.attribute = definition.name;
  if (definition.type === 'checkbox') wrapper.append(input, label);
  else wrapper.append(label, input);
  if (definition.hint) {
    const hint = document.createElement('p');
    hint.className = 'hint';
    hint.id = `${id}-hint`;
    hint.textContent = definition.hint;
    input.setAttribute('aria-describedby', hint.id);
    wrapper.append(hint);
  }
  return wrapper;
}

const fieldsOf = (tag) => [...elementFields[tag].attributes, ...commonFields];

/** Suggests the element's link text in the chosen language, unless the editor wrote their own. */
function suggestLinkText(force = false) {
  const texts = linkTexts[elementSelect.value];
  const text = texts[form.querySelector('[data-attribute="lang"]')?.value || 'en'] ?? texts.en;
  if (force || $('link-text').value === suggestedText) $('link-text').value = text;
  suggestedText = text;
}

function renderFields() {
  const definition = elementFields[elementSelect.value];
  $('element-hint').textContent = definition.hint;
  const fields = fieldsOf(elementSelect.value).map((entry, index) => [entry, field(entry, index)]);
  $('basic-fields').replaceChildren(...fields.filter(([entry]) => !entry.advanced).map(([, node]) => node));
  $('advanced-fields').replaceChildren(...fields.filter(([entry]) => entry.advanced).map(([, node]) => node));
  suggestLinkText(true);
  update();
}

/** The form's state, as the snippet functions take it. */
function currentChoice() {
  const tag = elementSelect.value;
  const values = {};
  for (const input of form.querySelectorAll('[data-attribute]')) {
    values[input.dataset.attribute] = input.type === 'checkbox' ? input.checked : input.value;
  }
  // Until the field holds a web address (being typed, or "www.brno.cz"), the snippets show the example's.
  const typed = siteInput.value.trim();
  const site = isWebAddress(typed) ? typed : exampleSite;
  const scriptFolder = new URL($('script-folder').value.trim() || '/dist/', site).href.replace(/\/?$/, '/');
  return {
    tag,
    values,
    site,
    scriptFolder,
    text: $('link-text').value.trim() || suggestedText,
    readerUrl: $('reader-url').value.trim(),
  };
}

function update() {
  const choice = currentChoice();
  const fields = fieldsOf(choice.tag);
  const attributes = chosenAttributes(fields, choice.values, choice.site);
  const file = choice.tag.replace(/^city-/, '');
  $('rich-text').value = richTextSnippet({ ...choice, attributes });
  // Pasted as plain text, the snippet is its link's address, which editors turn into a link
  // (and the loader into the element), not HTML source that readers would see as text.
  richTextAddress = placeholderUrl(choice.tag, attributes, choice.site, choice.readerUrl);
  $('template').value = templateSnippet({
    ...choice,
    attributes,
    scriptUrl: new URL(`${file}.js`, choice.scriptFolder).href,
  });
  const foreign = foreignOrigins(attributes, choice.site);
  $('loader-snippet').textContent =
    loaderSnippet(choice.scriptFolder) +
    (foreign.length ? `\n<meta name="city-network-widgets" content="allow-origins=${foreign.join(' ')}">` : '');
  updatePreview(choice, fields, foreign);
}

/** The origins, other than the site's, that the widget would fetch from or send to. */
function foreignOrigins(attributes, site) {
  const siteOrigin = new URL(site).origin;
  const origins = new Set();
  for (const [name, value] of attributes) {
    if (!requestAttributes.includes(name) || !value) continue;
    try {
      const { origin } = new URL(value, site);
      if (origin !== siteOrigin) origins.add(origin);
    } catch {
      // Not an address: the widget reports it.
    }
  }
  return [...origins];
}

/**
 * The preview holds the placeholder link itself; the page's site script
 * upgrades it, as on the published page. With another site's address than
 * this page's (the example's, or the city's), this page's sample data stands
 * in for the site's.
 */
function updatePreview(choice, fields, foreign) {
  const siteOrigin = new URL(choice.site).origin;
  // This page may load data only from its own site (its Content-Security-Policy): a city's own
  // address is previewed with the sample data too, not refused and blamed on CORS.
  const previewSite = siteOrigin === location.origin ? choice.site : location.origin;
  const attributes = chosenAttributes(fields, choice.values, previewSite);
  // The preview assumes the web team allows the other addresses, as the note below asks.
  allowOrigins([new URL(previewSite).origin, ...foreign]);
  const data =
    previewSite === choice.site
      ? `The preview loads its data from ${siteOrigin}, this page's own site.`
      : siteOrigin === new URL(exampleSite).origin
        ? `The preview uses this page's sample data in place of ${choice.site}.`
        : `The preview uses this page's sample data in place of ${siteOrigin}: this page may load data only from its own site.`;
  const note = foreign.length
    ? `${data} On your site, the link becomes the widget only if the site allows ${foreign.join(' and ')}: ` +
      'your web team adds the meta line shown under "Added once to the site template" (and that server must let your site read or send to it, CORS).'
    : data;
  // A status region: announced when it changes, not on every keystroke.
  if ($('preview-note').textContent !== note) $('preview-note').textContent = note;
  const link = document.createElement('a');
  link.href = placeholderUrl(
    choice.tag,
    attributes,
    previewSite,
    choice.readerUrl && new URL(choice.readerUrl, previewSite).href,
  );
  link.textContent = choice.text;
  preview.replaceChildren(link);
}

/** Lets the site script upgrade the preview's placeholder when its data is on these origins. */
function allowOrigins(origins) {
  let meta = document.querySelector('meta[name="city-network-widgets"]');
  if (!meta) {
    meta = document.createElement('meta');
    meta.name = 'city-network-widgets';
    document.head.append(meta);
  }
  meta.content = `allow-origins=${origins.join(' ')}`;
}

// The upgraded preview element shows problems with the data to the editor.
new MutationObserver(() => {
  for (const element of preview.children) if (element.localName.startsWith('city-')) element.setAttribute('editor', '');
}).observe(preview, { childList: true });

/**
 * What a copy of each snippet puts on the clipboard. Rich-text editors paste the HTML: for both
 * snippets that is the link (an element pasted as code would show on the page as text). Code
 * fields paste the plain text: the link's address, or the element's code.
 */
const clipboardOf = (kind) => ({
  'text/html': $('rich-text').value,
  'text/plain': kind === 'rich-text' ? richTextAddress : $(kind).value,
});

/** Whether `typed` is an http(s) address with a host, which the snippets can start with. */
const isWebAddress = (typed) => /^https?:\/\/[^/]+/i.test(typed) && URL.canParse(typed);

/** The site's address as typed, or why it cannot be used (empty, the example's, not a web address). */
function siteProblem() {
  const typed = siteInput.value.trim();
  if (!typed || (isWebAddress(typed) && new URL(typed).origin === new URL(exampleSite).origin))
    return "Enter your site's address, like https://www.brno.cz: every address in the snippets starts with it.";
  if (!isWebAddress(typed)) return "Enter your site's address with https://, like https://www.brno.cz.";
  return '';
}

/** Shows or clears the site field's error, GOV.UK style: the message above the field, linked to it. */
function showSiteError(message) {
  const error = $('site-error');
  error.hidden = !message;
  error.querySelector('span:last-child').textContent = message;
  siteInput.setAttribute('aria-invalid', String(Boolean(message)));
  siteInput.setAttribute('aria-describedby', message ? 'site-error site-hint' : 'site-hint');
}

async function copy(kind) {
  const status = $(`${kind}-status`);
  const problem = siteProblem();
  showSiteError(problem);
  if (problem) {
    status.textContent = "Not copied: enter your site's address first.";
    siteInput.focus();
    return;
  }
  try {
    const items = Object.fromEntries(
      Object.entries(clipboardOf(kind)).map(([type, text]) => [type, new Blob([text], { type })]),
    );
    await navigator.clipboard.write([new ClipboardItem(items)]);
    status.textContent = kind === 'rich-text' ? 'Copied. Paste it into the editing view.' : 'Copied.';
  } catch {
    $(kind).select();
    status.textContent = 'Copying was not allowed: the text is selected, press Ctrl+C (Cmd+C on a Mac).';
  }
}

// Copied by hand (the fallback above, or Ctrl+C on the whole snippet): the same two forms as the
// button gives, so an editor pasting as plain text still gets the address, not HTML source.
for (const kind of ['rich-text', 'template']) {
  $(kind).addEventListener('copy', (event) => {
    const field = $(kind);
    if (!event.clipboardData || field.selectionStart !== 0 || field.selectionEnd !== field.value.length) return;
    for (const [type, text] of Object.entries(clipboardOf(kind))) event.clipboardData.setData(type, text);
    event.preventDefault();
  });
}

elementSelect.addEventListener('change', renderFields);
form.addEventListener('input', (event) => {
  if (event.target === elementSelect) return;
  if (event.target === siteInput && !$('site-error').hidden) showSiteError(siteProblem());
  if (event.target.dataset.attribute === 'lang') suggestLinkText();
  update();
});
$('copy-rich-text').addEventListener('click', () => copy('rich-text'));
$('copy-template').addEventListener('click', () => copy('template'));
renderFields();
