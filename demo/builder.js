// The snippet builder: a CMS editor picks a widget and its settings and gets
// a snippet to paste. DOM is built with createElement/textContent only (the
// page runs under Trusted Types).
const common = [
  { name: 'lang', label: 'Language', type: 'select', options: ['', 'en', 'cs'], hint: 'Empty: the language of the page.' },
  { name: 'theme', label: 'Theme', type: 'select', options: ['light', 'dark', 'auto'] },
];

const elements = {
  'city-network-badge': {
    label: 'Network membership badge',
    hint: 'One membership from a memberships JSON file, or set by name alone.',
    attributes: [
      { name: 'src', label: 'Data file (memberships JSON)', type: 'text', value: '/data/memberships.json' },
      { name: 'network', label: 'Membership id', type: 'text', value: 'eurocities', hint: 'The id of the membership in the file; empty: the first.' },
      { name: 'variant', label: 'Look', type: 'select', options: ['card', 'pill'] },
      { name: 'name', label: 'Network name (without a data file)', type: 'text' },
      { name: 'href', label: 'Network web address (without a data file)', type: 'url' },
      { name: 'member', label: 'Member (without a data file)', type: 'text' },
      { name: 'member-role', label: 'Role (without a data file)', type: 'text' },
      { name: 'since', label: 'Since year (without a data file)', type: 'number' },
    ],
  },
  'city-conference-timeline': {
    label: 'Conference timeline',
    hint: 'The thematic conferences of a network, from a conferences JSON file.',
    attributes: [
      { name: 'src', label: 'Data file (conferences JSON)', type: 'text', value: '/data/conferences.json' },
      { name: 'order', label: 'Order', type: 'select', options: ['newest', 'oldest'] },
      { name: 'country', label: 'Only these countries (codes, comma-separated)', type: 'text', hint: 'For example AT,CZ' },
      { name: 'from', label: 'From year', type: 'number' },
      { name: 'to', label: 'To year', type: 'number' },
      { name: 'limit', label: 'Show at most', type: 'number' },
      { name: 'search', label: 'Show a search box', type: 'checkbox' },
      { name: 'highlight-city', label: 'Highlight the conferences of this city', type: 'text' },
      { name: 'layout', label: 'Layout', type: 'select', options: ['vertical', 'compact'] },
    ],
  },
  'city-member-map': {
    label: 'Member map and list',
    hint: 'Member cities on a map of Europe beside a list grouped by country.',
    attributes: [
      { name: 'src', label: 'Data file (members JSON)', type: 'text', value: '/data/members.json' },
      { name: 'view', label: 'Show', type: 'select', options: ['both', 'map', 'list'] },
      { name: 'highlight', label: 'Highlight these members (ids, comma-separated)', type: 'text', hint: 'For example brno,opava' },
      { name: 'height', label: 'Map height', type: 'text', hint: 'For example 400px' },
      { name: 'marker-labels', label: 'City names on the map', type: 'checkbox' },
    ],
  },
  'city-delegation-form': {
    label: 'Delegation visit request form',
    hint: 'Visiting delegations request a presentation. Without a sending address, it opens an e-mail.',
    attributes: [
      { name: 'src', label: 'Configuration file (delegation JSON, optional)', type: 'text', value: '/data/delegation.json' },
      { name: 'action', label: 'Sending address (URL that receives the request)', type: 'text', value: '/api/delegation-requests' },
      { name: 'contact-email', label: 'E-mail for requests without a sending address', type: 'email' },
      { name: 'privacy-url', label: 'Privacy policy page', type: 'text', value: '/privacy.html' },
      { name: 'encoding', label: 'Send as', type: 'select', options: ['json', 'form'] },
      { name: 'min-lead-days', label: 'Days of notice needed', type: 'number' },
    ],
  },
  'city-newsletter-signup': {
    label: 'Newsletter signup',
    hint: 'E-mail signup with explicit consent and double opt-in.',
    attributes: [
      { name: 'src', label: 'Configuration file (newsletter JSON, optional)', type: 'text', value: '/data/newsletter.json' },
      { name: 'action', label: 'Sending address (URL that receives the signup)', type: 'text', value: '/api/newsletter-signups' },
      { name: 'privacy-url', label: 'Privacy policy page', type: 'text', value: '/privacy.html' },
      { name: 'variant', label: 'Look', type: 'select', options: ['card', 'inline'] },
      { name: 'ask-name', label: 'Ask for a name', type: 'checkbox' },
      { name: 'encoding', label: 'Send as', type: 'select', options: ['json', 'form'] },
      { name: 'field-email', label: 'Field name of the e-mail (form encoding)', type: 'text' },
      { name: 'success-message', label: 'Message after signing up', type: 'text' },
    ],
  },
};

const form = document.getElementById('builder');
const elementSelect = document.getElementById('element');
const fieldset = document.getElementById('attributes');
const snippetBox = document.getElementById('snippet');
const preview = document.getElementById('preview');
const scriptUrl = document.getElementById('script-url');
scriptUrl.value = new URL('/dist/city-network-widgets.js', location.href).href;

for (const [tag, { label }] of Object.entries(elements)) {
  elementSelect.append(new Option(label, tag));
}

function field(definition, index) {
  const id = `attribute-${index}`;
  const wrapper = document.createElement('div');
  wrapper.className = definition.type === 'checkbox' ? 'field checkbox' : 'field';
  const label = document.createElement('label');
  label.htmlFor = id;
  label.textContent = `${definition.label} (${definition.name})`;
  let control;
  if (definition.type === 'select') {
    control = document.createElement('select');
    for (const option of definition.options) control.append(new Option(option || '(page language)', option));
  } else {
    control = document.createElement('input');
    control.type = definition.type;
    if (definition.value) control.value = definition.value;
  }
  control.id = id;
  control.dataset.attribute = definition.name;
  if (definition.type === 'checkbox') wrapper.append(control, label);
  else wrapper.append(label, control);
  if (definition.hint) {
    const hint = document.createElement('p');
    hint.className = 'hint';
    hint.id = `${id}-hint`;
    hint.textContent = definition.hint;
    control.setAttribute('aria-describedby', hint.id);
    wrapper.append(hint);
  }
  return wrapper;
}

function renderFields() {
  const definition = elements[elementSelect.value];
  document.getElementById('element-hint').textContent = definition.hint;
  fieldset.replaceChildren(fieldset.querySelector('legend'), ...[...definition.attributes, ...common].map(field));
  update();
}

const escapeAttribute = (value) => value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

function update() {
  const tag = elementSelect.value;
  const attributes = [];
  for (const control of fieldset.querySelectorAll('[data-attribute]')) {
    const name = control.dataset.attribute;
    if (control.type === 'checkbox') {
      if (control.checked) attributes.push([name, '']);
    } else if (control.value.trim() !== '') {
      attributes.push([name, control.value.trim()]);
    }
  }
  const attributeText = attributes.map(([name, value]) => (value === '' ? ` ${name}` : ` ${name}="${escapeAttribute(value)}"`)).join('');
  snippetBox.value =
    `<script type="module" src="${escapeAttribute(scriptUrl.value)}"></script>\n` +
    `<${tag}${attributeText}></${tag}>`;
  const element = document.createElement(tag);
  for (const [name, value] of attributes) element.setAttribute(name, value);
  preview.replaceChildren(element);
}

elementSelect.addEventListener('change', renderFields);
form.addEventListener('input', update);
form.addEventListener('change', update);
document.getElementById('copy').addEventListener('click', async () => {
  const status = document.getElementById('copy-status');
  try {
    await navigator.clipboard.writeText(snippetBox.value);
    status.textContent = 'Copied.';
  } catch {
    snippetBox.select();
    status.textContent = 'Select the snippet and copy it (Ctrl+C).';
  }
});
renderFields();
