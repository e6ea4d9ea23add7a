// The snippet builder: a CMS editor picks a widget and its settings and gets
// two snippets, a placeholder link for the rich-text editor and an element
// for a page template. DOM is built with createElement/textContent only (the
// page runs under Trusted Types). The preview is upgraded by the site script.
import { commonFields, elementFields, languages } from './builder-fields.js';
import {
  chosenAttributes,
  loaderSnippet,
  placeholderUrl,
  richTextSnippet,
  templateSnippet,
} from './builder-snippet.js';

/** The rich-text snippet's link address: what a paste as plain text gets. */
let richTextAddress = '';

const $ = (id) => document.getElementById(id);
const form = $('builder');
const elementSelect = $('element');
const siteInput = $('site');
const preview = $('preview');

// A builder opened from a developer's machine must not hand out addresses
// that only work there: it suggests an example site address instead.
const exampleSite = 'https://www.city.example';
const local = /^(localhost|127\.|\[::1\]|0\.0\.0\.0|10\.|192\.168\.|172\.(1[6-9]|2\d|3[01])\.)|\.local$/.test(location.hostname);
siteInput.value = local ? exampleSite : location.origin;

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
      for (const option of definition.options) select.append(new Option(option, option, false, option === definition.default));
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

function renderFields() {
  const definition = elementFields[elementSelect.value];
  $('element-hint').textContent = definition.hint;
  $('link-text').value = definition.linkText;
  const fields = fieldsOf(elementSelect.value).map((entry, index) => [entry, field(entry, index)]);
  $('basic-fields').replaceChildren(...fields.filter(([entry]) => !entry.advanced).map(([, node]) => node));
  $('advanced-fields').replaceChildren(...fields.filter(([entry]) => entry.advanced).map(([, node]) => node));
  update();
}

/** The form's state, as the snippet functions take it. */
function currentChoice() {
  const tag = elementSelect.value;
  const values = {};
  for (const input of form.querySelectorAll('[data-attribute]')) {
    values[input.dataset.attribute] = input.type === 'checkbox' ? input.checked : input.value;
  }
  const site = siteInput.value.trim() || exampleSite;
  const scriptFolder = new URL($('script-folder').value.trim() || '/dist/', site).href.replace(/\/?$/, '/');
  return {
    tag,
    values,
    site,
    scriptFolder,
    text: $('link-text').value.trim() || elementFields[tag].linkText,
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
  $('template').value = templateSnippet({ ...choice, attributes, scriptUrl: new URL(`${file}.js`, choice.scriptFolder).href });
  $('loader-snippet').textContent = loaderSnippet(choice.scriptFolder);
  updatePreview(choice, fields);
}

/**
 * The preview holds the placeholder link itself; the page's site script
 * upgrades it, as on the published page. With the example address, this
 * page's sample data stands in for the site's.
 */
function updatePreview(choice, fields) {
  const siteOrigin = new URL(choice.site).origin;
  const previewSite = siteOrigin === new URL(exampleSite).origin ? location.origin : choice.site;
  const attributes = chosenAttributes(fields, choice.values, previewSite);
  allowOrigin(new URL(previewSite).origin);
  const note =
    previewSite !== choice.site
      ? `The preview uses this page's sample data in place of ${choice.site}.`
      : siteOrigin === location.origin
        ? `The preview loads its data from ${siteOrigin}, this page's own site.`
        : `The preview loads its data from ${siteOrigin}; that server must allow this page to read it (CORS).`;
  // A status region: announced when it changes, not on every keystroke.
  if ($('preview-note').textContent !== note) $('preview-note').textContent = note;
  const link = document.createElement('a');
  link.href = placeholderUrl(choice.tag, attributes, previewSite, choice.readerUrl && new URL(choice.readerUrl, previewSite).href);
  link.textContent = choice.text;
  preview.replaceChildren(link);
}

/** Lets the site script upgrade the preview's placeholder when its data is on the site's origin. */
function allowOrigin(origin) {
  let meta = document.querySelector('meta[name="city-network-widgets"]');
  if (!meta) {
    meta = document.createElement('meta');
    meta.name = 'city-network-widgets';
    document.head.append(meta);
  }
  meta.content = `allow-origins=${origin}`;
}

// The upgraded preview element shows problems with the data to the editor.
new MutationObserver(() => {
  for (const element of preview.children) if (element.localName.startsWith('city-')) element.setAttribute('editor', '');
}).observe(preview, { childList: true });

async function copy(kind, html) {
  const text = $(kind).value;
  const status = $(`${kind}-status`);
  try {
    const plain = html ? richTextAddress : text;
    const items = { 'text/plain': new Blob([plain], { type: 'text/plain' }) };
    if (html) items['text/html'] = new Blob([text], { type: 'text/html' });
    await navigator.clipboard.write([new ClipboardItem(items)]);
    status.textContent = html ? 'Copied. Paste it into the editing view.' : 'Copied.';
  } catch {
    $(kind).select();
    status.textContent = 'Copying was not allowed: the text is selected, press Ctrl+C (Cmd+C on a Mac).';
  }
}

// Copied by hand (the fallback above, or Ctrl+C on the whole snippet): the same two forms as the
// button gives, so an editor pasting as plain text still gets the address, not HTML source.
$('rich-text').addEventListener('copy', (event) => {
  const field = $('rich-text');
  if (!event.clipboardData || field.selectionStart !== 0 || field.selectionEnd !== field.value.length) return;
  event.clipboardData.setData('text/html', field.value);
  event.clipboardData.setData('text/plain', richTextAddress);
  event.preventDefault();
});

elementSelect.addEventListener('change', renderFields);
form.addEventListener('input', (event) => event.target !== elementSelect && update());
$('copy-rich-text').addEventListener('click', () => copy('rich-text', true));
$('copy-template').addEventListener('click', () => copy('template', false));
renderFields();
