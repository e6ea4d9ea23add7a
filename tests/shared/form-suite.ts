import { expect, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { captureWarnings, expectAccessible, shadowQuery, uniqueKey, visibleText, waitForText } from '../helpers.js';

/**
 * What both forms must do, run against each of them: rendering without JSON,
 * the config JSON, GOV.UK validation (summary first and focused, errors by
 * their fields, values kept, nothing on blur), each server answer, retries
 * under one idempotency key, drafts, spam checks, events and axe in every state.
 */
export interface FormSuiteOptions {
  tag: string;
  /** tests/fixtures/<name>.json, the reference configuration. */
  fixture: string;
  /** Text that shows the configuration was applied (English). */
  configText: string;
  /** A configuration with a schema error and the JSON path the message must name. */
  invalid: { data: unknown; path: string };
  submitLabel: string;
  /** The errors an empty submission shows, in English, in order. */
  requiredErrors: string[];
  /** The Czech text of the first required error. */
  czechFirstError: string;
  /** Fills every field with valid values (consent included). */
  fill: (element: FormElement) => Promise<void> | void;
  /** A field the draft must restore, and a value for it. */
  draftField: { name: string; value: string };
  /** Text of the confirmation (English). */
  sentText: string;
  /** Another valid value for `draftField`. */
  editedValue: string;
  /** Whether the confirmation lists the values sent. */
  showsValues: boolean;
}

export type FormElement = HTMLElement & { updateComplete: Promise<unknown> };

export interface ServerLog {
  received: {
    key: string;
    contentType: string;
    idempotencyHeader?: string;
    body: Record<string, unknown>;
    raw: string;
  }[];
  stored: Record<string, unknown>[];
}

/** What the test endpoint received and stored for a bucket. */
export async function serverLog(bucket: string): Promise<ServerLog> {
  return (await (await fetch(`/api/test/forms/log?bucket=${encodeURIComponent(bucket)}`)).json()) as ServerLog;
}

/** An action URL of the test endpoint. */
export const endpoint = (mode: string, bucket: string, extra = ''): string =>
  `/api/test/forms/submit?mode=${mode}&bucket=${bucket}${extra}`;

/** Sets a field as a person would (the input event included). */
export function setField(element: Element, name: string, value: string | boolean): void {
  const input = shadowQuery<HTMLInputElement>(
    element,
    `[name="${name}"]${typeof value === 'string' && name !== 'website' ? ':not([type="radio"])' : ''}`,
  );
  if (typeof value === 'boolean') {
    input.checked = value;
    input.dispatchEvent(new Event('change', { bubbles: true, composed: true }));
  } else {
    input.value = value;
    input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  }
}

/** Checks the radio or checkbox of a group with the given value. */
export function choose(element: Element, name: string, value: string, checked = true): void {
  const input = shadowQuery<HTMLInputElement>(element, `[name="${name}"][value="${value}"]`);
  input.checked = checked;
  input.dispatchEvent(new Event('change', { bubbles: true, composed: true }));
}

/** A clock time as the test browser's English writes it: "2:32:05 PM". */
const clockTime = '\\d{1,2}:\\d{2}:\\d{2}\\s(AM|PM)';
const containers: HTMLElement[] = [];
afterEach(() => containers.splice(0).forEach((container) => container.remove()));

/**
 * A container in the page, removed after the test. (open-wc's fixture() of a
 * plain element waits for an animation frame, which never comes while the
 * runner keeps this page in the background beside another test file.)
 */
export function container(attributes: Record<string, string> = {}): HTMLDivElement {
  const div = document.createElement('div');
  for (const [name, value] of Object.entries(attributes)) div.setAttribute(name, value);
  document.body.append(div);
  containers.push(div);
  return div;
}

export interface PlaceOptions {
  lang?: string;
  /** Sends to the test endpoint in this mode, under a new bucket. */
  mode?: string;
  attributes?: Record<string, string>;
  data?: unknown;
}

/** Places a form (no minimum fill time) and waits until it has rendered. */
export async function placeForm<T extends HTMLElement>(
  tag: string,
  { lang = 'en', mode, attributes = {}, data }: PlaceOptions = {},
): Promise<{ element: T; bucket: string }> {
  const bucket = uniqueKey();
  const element = document.createElement(tag) as T & { data?: unknown };
  const all = { lang, 'min-fill-seconds': '0', ...(mode ? { action: endpoint(mode, bucket) } : {}), ...attributes };
  for (const [name, value] of Object.entries(all)) element.setAttribute(name, value);
  if (data !== undefined) element.data = data;
  container().append(element);
  await waitUntil(() => element.shadowRoot?.querySelector('[part~="submit-button"]'), `<${tag}> never rendered`);
  return { element, bucket };
}

export const submitButton = (element: Element) => shadowQuery<HTMLButtonElement>(element, '[part~="submit-button"]');
export const activeInShadow = (element: Element) => element.shadowRoot!.activeElement;

export function runFormSuite(options: FormSuiteOptions): void {
  const { tag } = options;

  async function mount(attributes: string, lang = 'en'): Promise<FormElement> {
    const wrapper = container();
    wrapper.innerHTML = `<${tag} lang="${lang}" min-fill-seconds="0" ${attributes}></${tag}>`;
    const element = wrapper.firstElementChild as FormElement;
    await element.updateComplete;
    await waitUntil(() => element.shadowRoot?.querySelector('[part~="submit-button"]'), 'the form never rendered');
    return element;
  }

  async function filledForm(attributes: string): Promise<FormElement> {
    const element = await mount(attributes);
    await options.fill(element);
    await element.updateComplete;
    return element;
  }

  const waitForSent = (element: Element) => waitForText(element, options.sentText, 6000);

  describe(`<${tag}> form behaviour (shared suite)`, () => {
    beforeEach(() => sessionStorage.clear());

    describe('rendering and configuration', () => {
      it('renders a complete, accessible form without any JSON', async () => {
        const element = await mount('');
        expect(submitButton(element).textContent?.trim()).to.equal(options.submitLabel);
        const form = shadowQuery<HTMLFormElement>(element, 'form');
        expect(form.noValidate).to.equal(true);
        for (const input of Array.from(element.shadowRoot!.querySelectorAll('input:not([data-trap]), textarea'))) {
          expect(element.shadowRoot!.querySelector(`label[for="${input.id}"]`), `label of ${input.id}`).not.to.equal(
            null,
          );
        }
        await expectAccessible(element);
      });

      it('applies the JSON configuration from src', async () => {
        const element = await mount(`src="/tests/fixtures/${options.fixture}.json"`);
        await waitForText(element, options.configText);
      });

      it('applies an inline <script type="application/json"> configuration', async () => {
        const json = await (await fetch(`/tests/fixtures/${options.fixture}.json`)).text();
        const wrapper = container();
        wrapper.innerHTML = `<${tag} lang="en"><script type="application/json">${json}</script></${tag}>`;
        await waitForText(wrapper.firstElementChild!, options.configText);
      });

      it('keeps working with its defaults when the configuration cannot be loaded, and says so', async () => {
        const warnings = captureWarnings();
        try {
          const element = await mount('src="/tests/fixtures/does-not-exist.json"');
          await waitUntil(() => element.shadowRoot?.textContent?.includes('HTTP 404'), 'the 404 is never named');
          expect(visibleText(element)).to.include('problems in its settings');
          expect(submitButton(element).textContent?.trim()).to.equal(options.submitLabel);
          expect(warnings.messages.join('\n')).to.include('does-not-exist.json');
        } finally {
          warnings.restore();
        }
      });

      it('names the JSON path of a configuration error', async () => {
        const warnings = captureWarnings();
        try {
          const wrapper = container({ lang: 'en' });
          const element = document.createElement(tag) as FormElement & { data: unknown };
          element.data = options.invalid.data;
          wrapper.append(element);
          // The path is in the widget (inside the collapsed list of problems) and in the console.
          await waitUntil(
            () => element.shadowRoot?.textContent?.includes(options.invalid.path),
            'the path is never named',
          );
          expect(warnings.messages.join('\n')).to.include(options.invalid.path);
          expect(visibleText(element)).to.include('problems in its settings');
          // The list's styles come with the code that reads the settings (a browser's list indent is 40 px).
          const list = getComputedStyle(shadowQuery(element, '[part~="issues"] ul'));
          expect(parseFloat(list.paddingInlineStart)).to.be.closeTo(parseFloat(list.fontSize) * 1.25, 0.5);
          expect(submitButton(element).textContent?.trim()).to.equal(options.submitLabel);
        } finally {
          warnings.restore();
        }
      });

      it('marks every field that validation requires as required, and says "(optional)" on every other', async () => {
        const element = await mount(`src="/tests/fixtures/${options.fixture}.json"`);
        await waitForText(element, options.configText);
        // Nothing is invalid before the person sends: the unticked consent is not announced as an error.
        expect(shadowQuery(element, '[part~="consent"] input').matches(':invalid')).to.equal(false);
        submitButton(element).click();
        await waitForText(element, 'There is a problem');
        const root = element.shadowRoot!;
        const inError = new Set(
          Array.from(root.querySelectorAll('[part~="error-summary"] a'), (link) => link.getAttribute('href')!.slice(1)),
        );
        for (const control of Array.from(root.querySelectorAll<HTMLInputElement>('input:not([data-trap]), textarea'))) {
          const label = (control.closest('fieldset.choices')?.querySelector('legend') ??
            root.querySelector(`label[for="${control.id}"]`))!.textContent!;
          // The consent says so with aria-required: a native `required` checkbox is announced as
          // invalid before the person has done anything.
          const required = control.required || control.getAttribute('aria-required') === 'true';
          if (inError.has(control.id)) expect(required, `${control.id} is required`).to.equal(true);
          if (control.type === 'checkbox' && control.name !== 'consent' && !control.closest('.choices')) continue;
          const optional = control.closest('.consent') === null && !required;
          expect(label.includes('(optional)'), `${control.id}: "${label.trim()}"`).to.equal(optional);
        }
      });

      it('gives the error summary a name and an alert, without aria-labelledby on a role-less element', async () => {
        const element = await mount('');
        submitButton(element).click();
        await waitForText(element, 'There is a problem');
        const summary = shadowQuery(element, '[part~="error-summary"]');
        expect(summary.getAttribute('role')).to.equal('group');
        expect(element.shadowRoot!.getElementById(summary.getAttribute('aria-labelledby')!)!.textContent).to.equal(
          'There is a problem',
        );
        expect(summary.querySelector('[role="alert"]')).not.to.equal(null);
        for (const labelled of Array.from(element.shadowRoot!.querySelectorAll('[aria-labelledby]'))) {
          expect(labelled.getAttribute('role') ?? labelled.localName, 'labelled element has a role').to.not.equal(
            'div',
          );
        }
      });

      it('draws date, time and text fields at one height, with a focus ring of at least 2 px', async () => {
        const element = await mount('');
        const heights = new Set(
          Array.from(element.shadowRoot!.querySelectorAll<HTMLInputElement>('input[part~="input"]'), (input) =>
            Math.round(input.getBoundingClientRect().height),
          ),
        );
        expect([...heights], 'one height').to.have.length(1);
        const first = shadowQuery<HTMLInputElement>(element, 'input[part~="input"]');
        first.focus();
        // A text field matches :focus-visible however it got focus.
        expect(first.matches(':focus-visible')).to.equal(true);
        expect(parseFloat(getComputedStyle(first).outlineWidth)).to.be.at.least(2);
      });

      it('never pre-ticks the consent and hides the honeypot from people and assistive technology', async () => {
        const element = await mount('');
        expect(shadowQuery<HTMLInputElement>(element, '[name="consent"]').checked).to.equal(false);
        const trap = shadowQuery<HTMLInputElement>(element, '[data-trap]');
        expect(trap.tabIndex).to.equal(-1);
        expect(trap.closest('[aria-hidden="true"]')).not.to.equal(null);
        // Invisible where it stands (not moved off screen, which can widen the page).
        expect(getComputedStyle(trap).visibility).to.equal('hidden');
        expect(getComputedStyle(trap.closest('.trap')!).clipPath).to.equal('inset(50%)');
        expect(trap.closest('.trap')!.getBoundingClientRect().width).to.be.at.most(1);
        expect(visibleText(element)).not.to.include('Website');
      });
    });

    describe('validation (GOV.UK pattern)', () => {
      it('shows no error when a field is only left (blur)', async () => {
        const element = await mount('');
        const first = shadowQuery<HTMLInputElement>(element, 'input:not([data-trap])');
        first.focus();
        first.blur();
        await element.updateComplete;
        expect(visibleText(element)).not.to.include('There is a problem');
        expect(element.shadowRoot!.querySelector('[aria-invalid="true"]')).to.equal(null);
      });

      it('lists every error in a focused summary, each also beside its field, and sends nothing', async () => {
        const bucket = uniqueKey();
        const element = await mount(`action="${endpoint('201', bucket)}"`);
        submitButton(element).click();
        await waitForText(element, 'There is a problem');
        const summary = shadowQuery(element, '[part~="error-summary"]');
        await waitUntil(() => activeInShadow(element) === summary, 'the summary never took focus');
        const links = Array.from(summary.querySelectorAll('a')).map((link) => link.textContent?.trim());
        expect(links).to.deep.equal(options.requiredErrors);
        for (const link of Array.from(summary.querySelectorAll('a'))) {
          const id = link.getAttribute('href')!.slice(1);
          const target = element.shadowRoot!.getElementById(id)!;
          expect(target, `#${id} exists in the same shadow root`).not.to.equal(null);
          const described =
            (target.closest('fieldset')?.getAttribute('aria-describedby') ?? '') +
            ' ' +
            (target.getAttribute('aria-describedby') ?? '');
          const errorId = described.split(' ').find((token) => token.endsWith('-error'));
          expect(errorId, `${id} is described by its error`).to.be.a('string');
          expect(element.shadowRoot!.getElementById(errorId!)!.textContent).to.include(link.textContent!.trim());
        }
        await expectAccessible(element);
        expect((await serverLog(bucket)).received).to.have.length(0);
      });

      it('focuses the field when its link in the summary is followed', async () => {
        const element = await mount('');
        submitButton(element).click();
        await waitForText(element, 'There is a problem');
        const link = shadowQuery<HTMLAnchorElement>(element, '[part~="error-summary"] a');
        link.click();
        const id = link.getAttribute('href')!.slice(1);
        expect(activeInShadow(element)?.getAttribute('name')).to.equal(
          element.shadowRoot!.getElementById(id)!.getAttribute('name'),
        );
      });

      it('keeps every value after an error', async () => {
        const element = await mount('');
        await options.fill(element);
        setField(element, 'consent', false);
        submitButton(element).click();
        await waitForText(element, 'There is a problem');
        const field = shadowQuery<HTMLInputElement>(element, `[name="${options.draftField.name}"]`);
        expect(field.value).to.equal(options.draftField.value);
      });

      it('speaks Czech when lang="cs"', async () => {
        const element = await mount('', 'cs');
        submitButton(element).click();
        await waitForText(element, 'Opravte prosím tyto údaje:');
        expect(visibleText(element)).to.include(options.czechFirstError);
      });
    });

    describe('sending', () => {
      it('sends once with an idempotency key (header and body), confirms and focuses the confirmation', async () => {
        const bucket = uniqueKey();
        const element = await filledForm(`action="${endpoint('201', bucket)}"`);
        const submitEvent = oneEvent(element, 'city-submit');
        const submittedEvent = oneEvent(element, 'city-submitted');
        // The events are typed for a page's TypeScript (HTMLElementEventMap): this compiles only so.
        const viaSeen: ('http' | 'mailto')[] = [];
        element.addEventListener('city-submitted', (event) => viaSeen.push(event.detail.via));
        submitButton(element).click();
        const submitDetail = (await submitEvent).detail as { submissionId: string; payload: Record<string, unknown> };
        const submitted = (await submittedEvent).detail as { status: number; via: string };
        expect(submitted.status).to.equal(201);
        expect(submitted.via).to.equal('http');
        expect(viaSeen).to.deep.equal(['http']);
        await waitForSent(element);
        await waitUntil(
          () => activeInShadow(element) === shadowQuery(element, '[part~="confirmation"]'),
          'the confirmation never took focus',
        );
        // Focus announces its title once; the recap is not one long live region read out on top.
        const confirmation = shadowQuery(element, '[part~="confirmation"]');
        expect(confirmation.getAttribute('role')).to.equal('group');
        expect(confirmation.querySelector('[role="status"], [role="alert"], [aria-live]')).to.equal(null);
        const title = element.shadowRoot!.getElementById(confirmation.getAttribute('aria-labelledby')!);
        expect(title?.textContent?.trim()).to.match(/^(Request sent|Thank you|Your request is ready to send)/);
        const log = await serverLog(bucket);
        expect(log.stored).to.have.length(1);
        expect(log.received[0].idempotencyHeader).to.equal(submitDetail.submissionId);
        expect(log.received[0].body.submissionId).to.equal(submitDetail.submissionId);
        expect(log.received[0].contentType).to.include('application/json');
        expect(log.received[0].body.consent).to.equal(true);
        await expectAccessible(element);
      });

      it('shows the sending state, ignores a second click, then confirms', async () => {
        const bucket = uniqueKey();
        const element = await filledForm(`action="${endpoint('slow', bucket, '&ms=1500')}"`);
        const button = submitButton(element);
        button.focus();
        button.click();
        await waitForText(element, 'Sending');
        expect(button.getAttribute('aria-disabled')).to.equal('true');
        // Still focusable: a keyboard user keeps their place while the request is under way.
        expect(element.shadowRoot!.activeElement).to.equal(button);
        expect(shadowQuery(element, 'form').getAttribute('aria-busy')).to.equal('true');
        button.click();
        shadowQuery<HTMLFormElement>(element, 'form').requestSubmit();
        await expectAccessible(element);
        await waitForSent(element);
        expect((await serverLog(bucket)).received).to.have.length(1);
      });

      it('keeps what is being sent from changing: fields read-only and the consent as it is, until the answer', async () => {
        const bucket = uniqueKey();
        const element = await filledForm(`action="${endpoint('slow', bucket, '&ms=1500')}"`);
        const field = shadowQuery<HTMLInputElement>(element, `[name="${options.draftField.name}"]`);
        const consent = shadowQuery<HTMLInputElement>(element, '[part~="consent"] input');
        submitButton(element).click();
        await waitForText(element, 'Sending');
        expect(field.readOnly, 'read-only while sending').to.equal(true);
        expect(consent.getAttribute('aria-readonly'), 'the consent says it is locked').to.equal('true');
        field.focus();
        await sendKeys({ type: 'typed while sending' });
        consent.click();
        consent.focus();
        await sendKeys({ press: 'Space' });
        expect(field.value).to.equal(options.draftField.value);
        expect(consent.checked, 'the consent stays given').to.equal(true);
        await waitForSent(element);
        const log = await serverLog(bucket);
        expect(log.received).to.have.length(1);
        expect(log.received[0].body[options.draftField.name]).to.equal(options.draftField.value);
        expect(sessionStorage.length, 'the draft is gone after the confirmation').to.equal(0);
      });

      it('keeps the reason in view while "Try again" waits for the time a busy server gave', async () => {
        const bucket = uniqueKey();
        const element = await filledForm(`retries="0" action="${endpoint('429', bucket, '&after=3')}"`);
        submitButton(element).click();
        await waitUntil(() => new RegExp(`you can send them again at ${clockTime}\\.`).test(visibleText(element)));
        const retry = shadowQuery<HTMLButtonElement>(element, '[part~="retry-button"]');
        retry.focus();
        retry.click();
        // Nothing is sent before then, and the status says so instead of "Sending…".
        await waitUntil(() =>
          new RegExp(`Waiting for the server: the form will be sent by itself at ${clockTime}\\.`).test(
            visibleText(element),
          ),
        );
        expect(visibleText(element)).not.to.include('Sending…');
        expect(visibleText(element)).to.include('you can send them again');
        expect(retry.isConnected, 'the focused button stays').to.equal(true);
        expect(activeInShadow(element)).to.equal(retry);
        expect(retry.getAttribute('aria-disabled')).to.equal('true');
        retry.click();
        expect(shadowQuery<HTMLInputElement>(element, `[name="${options.draftField.name}"]`).readOnly).to.equal(true);
        await waitForSent(element);
        expect((await serverLog(bucket)).received, 'the wait, then one more request').to.have.length(2);
      });

      it('says "in a moment" instead of a countdown once the time a busy server gave has passed', async () => {
        const element = await filledForm(`retries="0" action="${endpoint('429', uniqueKey(), '&after=1')}"`);
        submitButton(element).click();
        await waitUntil(() => new RegExp(`you can send them again at ${clockTime}`).test(visibleText(element)));
        await waitForText(element, 'try again in a moment', 3000);
        expect(visibleText(element)).not.to.include('again at');
      });

      it('shows the server message of a 422 answer and keeps every field', async () => {
        const bucket = uniqueKey();
        const element = await filledForm(`action="${endpoint('422', bucket)}"`);
        const errorEvent = oneEvent(element, 'city-submit-error');
        submitButton(element).click();
        const detail = (await errorEvent).detail as { reason: string; status: number; message: string };
        expect(detail).to.include({ reason: 'http', status: 422, message: 'The requested date is not available.' });
        await waitForText(element, 'The requested date is not available.');
        expect(element.shadowRoot!.querySelector('[part~="retry-button"]'), 'no retry for a 4xx').to.equal(null);
        expect(shadowQuery<HTMLInputElement>(element, `[name="${options.draftField.name}"]`).value).to.equal(
          options.draftField.value,
        );
        expect((await serverLog(bucket)).received, 'a 4xx is never retried').to.have.length(1);
      });

      it('retries a 500 by itself and stores exactly one request', async () => {
        const bucket = uniqueKey();
        const element = await filledForm(`action="${endpoint('500-then-201', bucket)}"`);
        submitButton(element).click();
        await waitForSent(element);
        const log = await serverLog(bucket);
        expect(log.received).to.have.length(2);
        expect(log.received[0].key).to.equal(log.received[1].key);
        expect(log.stored).to.have.length(1);
      });

      it('fails after the retries with every field kept, focused, accessible, and a retry that stores once', async () => {
        const bucket = uniqueKey();
        const element = await filledForm(`retries="1" action="${endpoint('cut-after-store', bucket)}"`);
        // retries="1": the first attempt is cut after the server stored it; the
        // automatic retry under the same key is answered 201 without a second record.
        submitButton(element).click();
        await waitForSent(element);
        expect((await serverLog(bucket)).stored).to.have.length(1);

        const bucket2 = uniqueKey();
        const failing = await filledForm(`retries="0" action="${endpoint('cut-after-store', bucket2)}"`);
        const errorEvent = oneEvent(failing, 'city-submit-error');
        submitButton(failing).click();
        expect(((await errorEvent).detail as { reason: string }).reason).to.equal('network');
        await waitForText(failing, 'could not be sent');
        const failure = shadowQuery(failing, '[part~="failure"]');
        await waitUntil(() => activeInShadow(failing) === failure, 'the failure message never took focus');
        expect(shadowQuery<HTMLInputElement>(failing, `[name="${options.draftField.name}"]`).value).to.equal(
          options.draftField.value,
        );
        await expectAccessible(failing);
        shadowQuery<HTMLButtonElement>(failing, '[part~="retry-button"]').click();
        await waitForSent(failing);
        const log = await serverLog(bucket2);
        expect(log.received).to.have.length(2);
        expect(log.received[1].key).to.equal(log.received[0].key);
        expect(log.stored).to.have.length(1);
      });

      it('gives up on a server that keeps failing, with backoff between attempts', async () => {
        const bucket = uniqueKey();
        const element = await filledForm(`retries="1" action="${endpoint('500', bucket)}"`);
        submitButton(element).click();
        await waitForText(element, 'The server could not take the form just now', 6000);
        expect(visibleText(element)).not.to.include('check the connection');
        expect((await serverLog(bucket)).received).to.have.length(2);
        expect(shadowQuery(element, '[part~="retry-button"]').textContent?.trim()).to.equal('Try again');
      });

      it('times out a request that takes too long', async () => {
        const bucket = uniqueKey();
        const element = await filledForm(
          `retries="0" timeout-seconds="1" action="${endpoint('slow', bucket, '&ms=3000')}"`,
        );
        const errorEvent = oneEvent(element, 'city-submit-error');
        submitButton(element).click();
        expect(((await errorEvent).detail as { reason: string }).reason).to.equal('timeout');
        // The request went out and the server was slow: the person is not sent to check their connection.
        await waitForText(element, 'The server could not take the form just now');
        expect(visibleText(element)).not.to.include('check the connection');
      });

      it('lets the host page take over by cancelling city-submit', async () => {
        const bucket = uniqueKey();
        const element = await filledForm(`action="${endpoint('201', bucket)}"`);
        const seen: unknown[] = [];
        element.addEventListener('city-submit', (event) => {
          seen.push((event as CustomEvent).detail);
          event.preventDefault();
        });
        submitButton(element).click();
        await waitUntil(() => seen.length === 1);
        await new Promise((resolve) => setTimeout(resolve, 200));
        expect((await serverLog(bucket)).received).to.have.length(0);
        expect(visibleText(element)).not.to.include(options.sentText);
      });

      it('sends form encoding when encoding="form"', async () => {
        const bucket = uniqueKey();
        const element = await filledForm(`encoding="form" action="${endpoint('201', bucket)}"`);
        submitButton(element).click();
        await waitForSent(element);
        const [request] = (await serverLog(bucket)).received;
        expect(request.contentType).to.include('application/x-www-form-urlencoded');
        expect(request.body.submissionId).to.equal(request.idempotencyHeader);
        expect(request.body.consent).to.equal('true');
      });
    });

    describe('the sending code, loaded apart from the form', () => {
      type Lazy = () => Promise<unknown>;
      type FormClass = new () => FormElement & { loadLazyModule(): Promise<unknown> };
      let defined = 0;
      /** A copy of the form under a new tag whose lazy module comes from `load` (given the real loader). */
      function tagLoading(load: (real: Lazy) => Promise<unknown>): string {
        const Base = customElements.get(tag) as unknown as FormClass;
        const name = `${tag}-lazy-${++defined}-${Math.random().toString(36).slice(2, 7)}`;
        customElements.define(
          name,
          class extends Base {
            override loadLazyModule() {
              return load(() => super.loadLazyModule());
            }
          },
        );
        return name;
      }

      /** That copy, rendered and filled in, posting to the test endpoint. */
      async function formLoading(load: (real: Lazy) => Promise<unknown>, bucket: string): Promise<FormElement> {
        const name = tagLoading(load);
        const wrapper = container();
        wrapper.innerHTML = `<${name} lang="en" min-fill-seconds="0" action="${endpoint('201', bucket)}"></${name}>`;
        const element = wrapper.firstElementChild as FormElement;
        await waitUntil(() => element.shadowRoot?.querySelector('[part~="submit-button"]'), 'the form never rendered');
        await options.fill(element);
        await element.updateComplete;
        return element;
      }

      it('when the code that reads its configuration cannot be loaded, works with its defaults and says so; "Send" loads it again and shows the settings before sending', async () => {
        const warnings = captureWarnings();
        const bucket = uniqueKey();
        let reachable = false;
        try {
          const name = tagLoading((real) =>
            reachable ? real() : Promise.reject(new TypeError('Failed to fetch dynamically imported module')),
          );
          const element = document.createElement(name) as FormElement & { data?: unknown };
          element.setAttribute('lang', 'en');
          element.setAttribute('min-fill-seconds', '0');
          element.setAttribute('action', endpoint('201', bucket));
          element.data = (await (await fetch(`/tests/fixtures/${options.fixture}.json`)).json()) as unknown;
          container().append(element);
          await waitUntil(
            () => element.shadowRoot?.querySelector('[part~="submit-button"]'),
            'the form never rendered',
          );
          expect(shadowQuery(element, '[part~="issues"]').textContent).to.include(
            'The settings could not be loaded; sending the form tries again.',
          );
          expect(visibleText(element)).not.to.include(options.configText);
          expect(warnings.messages.join('\n')).to.include('could not load the code that reads its settings');
          // The connection is back: "Send" reads the settings and shows them, and sends nothing yet.
          reachable = true;
          submitButton(element).focus();
          submitButton(element).click();
          await waitForText(element, options.configText);
          expect(Boolean(element.shadowRoot!.querySelector('[part~="issues"]')), 'the note of problems stays').to.equal(
            false,
          );
          expect((await serverLog(bucket)).received).to.have.length(0);
          // It says why nothing was sent, and the submit button has the focus again (not <body>).
          expect(shadowQuery(element, '[role="status"]').textContent).to.include('Check the form, then send it again.');
          await waitUntil(() => element.shadowRoot!.activeElement === submitButton(element), 'the focus was lost');
          // Sent now, the note is gone (the settings may ask for a choice the defaults did not have).
          await options.fill(element);
          element.shadowRoot!.querySelector<HTMLInputElement>('input[type="radio"]')?.click();
          submitButton(element).click();
          await waitForSent(element);
          expect(visibleText(element)).not.to.include('The settings are loaded now.');
        } finally {
          warnings.restore();
        }
      });

      it('starts loading on the first focus in the form, before any click on "Send"', async () => {
        let calls = 0;
        // Never idle here: only the focus can have started it.
        const idle = window.requestIdleCallback;
        window.requestIdleCallback = () => 0;
        try {
          const element = await formLoading((real) => (calls++, real()), uniqueKey());
          const before = calls;
          shadowQuery(element, 'input:not([data-trap])').focus();
          expect(calls - before).to.equal(1);
        } finally {
          window.requestIdleCallback = idle;
        }
      });

      it('a submission before the code has arrived says "Sending…" and waits for it, then sends once', async () => {
        const bucket = uniqueKey();
        let release = () => {};
        const gate = new Promise<void>((resolve) => (release = resolve));
        const element = await formLoading((real) => gate.then(real), bucket);
        submitButton(element).click();
        await waitForText(element, 'Sending');
        submitButton(element).click();
        expect((await serverLog(bucket)).received).to.have.length(0);
        release();
        await waitForSent(element);
        expect((await serverLog(bucket)).stored).to.have.length(1);
      });

      it('when the code cannot be loaded, says so, keeps every field, and "Try again" sends', async () => {
        const bucket = uniqueKey();
        let offline = true;
        const element = await formLoading(
          (real) => (offline ? Promise.reject(new TypeError('Failed to fetch dynamically imported module')) : real()),
          bucket,
        );
        submitButton(element).click();
        await waitForText(element, 'could not be sent');
        const failure = shadowQuery(element, '[part~="failure"]');
        await waitUntil(() => activeInShadow(element) === failure, 'the failure never took focus');
        expect(shadowQuery<HTMLInputElement>(element, `[name="${options.draftField.name}"]`).value).to.equal(
          options.draftField.value,
        );
        await expectAccessible(element);
        offline = false;
        shadowQuery<HTMLButtonElement>(element, '[part~="retry-button"]').click();
        await waitForSent(element);
        expect((await serverLog(bucket)).stored).to.have.length(1);
      });
    });

    describe('spam measures that never refuse a person', () => {
      it('sends a form filled faster than min-fill-seconds when the time is up, saying "Sending…" meanwhile', async () => {
        const bucket = uniqueKey();
        const wrapper = container();
        wrapper.innerHTML = `<${tag} lang="en" min-fill-seconds="2" action="${endpoint('201', bucket)}"></${tag}>`;
        const element = wrapper.firstElementChild as FormElement;
        await waitUntil(() => element.shadowRoot?.querySelector('[part~="submit-button"]'), 'the form never rendered');
        await options.fill(element);
        const started = performance.now();
        submitButton(element).click();
        await waitForText(element, 'Sending');
        expect((await serverLog(bucket)).received, 'nothing sent before the time is up').to.have.length(0);
        await waitForSent(element);
        expect(performance.now() - started).to.be.at.least(1500);
        const [request] = (await serverLog(bucket)).received;
        expect(request.body.fillMs).to.be.a('number').and.at.least(2000);
      });

      it('sends the honeypot silently for the receiver to judge, and the person sees the usual confirmation', async () => {
        const bucket = uniqueKey();
        const element = await filledForm(`action="${endpoint('201', bucket)}"`);
        setField(element, 'website', 'http://spam.example');
        submitButton(element).click();
        await waitForSent(element);
        const [request] = (await serverLog(bucket)).received;
        expect(request.body).to.include({ website: 'http://spam.example', locale: 'en' });
        expect(Number.isInteger(request.body.fillMs)).to.equal(true);
      });
    });

    describe('answers a probe found wrong', () => {
      it('treats a redirect to an HTML sign-in page as a failure that keeps every field', async () => {
        const bucket = uniqueKey();
        const element = await filledForm(`action="${endpoint('redirect-html', bucket)}"`);
        const errorEvent = oneEvent(element, 'city-submit-error');
        submitButton(element).click();
        expect(((await errorEvent).detail as { reason: string }).reason).to.equal('redirect');
        await waitForText(element, 'answered with a web page');
        expect(visibleText(element)).not.to.include(options.sentText);
        expect(shadowQuery<HTMLInputElement>(element, `[name="${options.draftField.name}"]`).value).to.equal(
          options.draftField.value,
        );
        expect((await serverLog(bucket)).stored).to.have.length(0);
        expect(sessionStorage.length, 'the draft is kept').to.be.above(0);
      });

      it('waits a short Retry-After of a 429 by itself, and offers "Try again" with a long one', async () => {
        const bucket = uniqueKey();
        const element = await filledForm(`action="${endpoint('429', bucket, '&after=1')}"`);
        submitButton(element).click();
        await waitForSent(element);
        expect((await serverLog(bucket)).received).to.have.length(2);

        const busy = await filledForm(`action="${endpoint('429', uniqueKey(), '&after=60')}"`);
        const errorEvent = oneEvent(busy, 'city-submit-error');
        submitButton(busy).click();
        const detail = (await errorEvent).detail as { status: number; retryAt: number };
        expect(detail.status).to.equal(429);
        expect(detail.retryAt - Date.now()).to.be.within(55000, 61000);
        // The clock time (it stays true while the reader waits), in the reader's format.
        const time = new Intl.DateTimeFormat('en', { timeStyle: 'medium' }).format(detail.retryAt);
        await waitForText(busy, `you can send them again at ${time}.`);
        expect(shadowQuery(busy, '[part~="retry-button"]').textContent?.trim()).to.equal('Try again');

        const dayLong = await filledForm(`action="${endpoint('429', uniqueKey(), '&after=86400')}"`);
        submitButton(dayLong).click();
        await waitForText(dayLong, 'you can send them again in 24 hours');
      });

      for (const mode of ['422-fields', 'problem', '422-keyed']) {
        it(`shows each field error of a ${mode} answer at its field and in the focused summary`, async () => {
          const element = await filledForm(`action="${endpoint(mode, uniqueKey())}"`);
          submitButton(element).click();
          await waitForText(element, 'There is a problem');
          const message =
            {
              problem: 'must be a work address',
              '422-keyed': 'The email has already been taken.',
            }[mode] ?? 'This address cannot receive mail.';
          const summary = shadowQuery(element, '[part~="error-summary"]');
          await waitUntil(() => activeInShadow(element) === summary, 'the summary never took focus');
          expect(summary.querySelector('a')?.textContent?.trim()).to.equal(message);
          expect(shadowQuery(element, '#f-email-error').textContent).to.include(message);
          expect(shadowQuery(element, '[name="email"]').getAttribute('aria-invalid')).to.equal('true');
          expect(visibleText(element)).not.to.include('HTTP 422');
          await expectAccessible(element);
        });
      }

      it('says what a person can do when the address refuses the form (403, 404, 405) or finds it too long (413)', async () => {
        for (const code of [403, 404, 405]) {
          const element = await filledForm(`action="${endpoint('refuse', uniqueKey(), `&code=${code}`)}"`);
          submitButton(element).click();
          await waitForText(element, `its address refused it (HTTP ${code})`);
          expect(visibleText(element)).to.include("please let the website's editors know");
          // Trying again cannot help: no button that suggests it; every value stays.
          expect(element.shadowRoot!.querySelector('[part~="retry-button"]'), String(code)).to.equal(null);
          const field = shadowQuery<HTMLInputElement>(element, `[name="${options.draftField.name}"]`);
          expect(field.value).to.equal(options.draftField.value);
          element.remove();
        }
        const long = await filledForm(`action="${endpoint('refuse', uniqueKey(), '&code=413')}"`);
        submitButton(long).click();
        await waitForText(long, 'The form is too long for its address (HTTP 413).');
        expect(long.shadowRoot!.querySelector('[part~="retry-button"]')).not.to.equal(null);
      });

      it('sends values edited after a lost answer as a new submission that replaces the first, and confirms those', async () => {
        const bucket = uniqueKey();
        const element = await filledForm(`retries="0" action="${endpoint('cut-after-store', bucket, '&once=bucket')}"`);
        submitButton(element).click();
        await waitForText(element, 'could not be sent');
        setField(element, options.draftField.name, options.editedValue);
        shadowQuery<HTMLButtonElement>(element, '[part~="retry-button"]').click();
        await waitForSent(element);
        const [first, second] = (await serverLog(bucket)).received;
        expect(second.key).not.to.equal(first.key);
        expect(second.body.replaces).to.equal(first.key);
        expect(second.body[options.draftField.name]).to.equal(options.editedValue);
        if (options.showsValues) expect(visibleText(element)).to.include(options.editedValue);
      });

      it('after a lost answer and a reload, sends the same values under the same key, edited ones naming it in replaces', async () => {
        for (const edit of [false, true]) {
          const bucket = uniqueKey();
          const action = endpoint('cut-after-store', bucket, '&once=bucket');
          const first = await filledForm(`retries="0" action="${action}"`);
          submitButton(first).click();
          await waitForText(first, 'could not be sent');
          // The page is loaded again: a new element, its values from the draft, the consent ticked again.
          const parent = first.parentElement!;
          first.remove();
          parent.innerHTML = `<${tag} lang="en" min-fill-seconds="0" retries="0" action="${action}"></${tag}>`;
          const again = parent.firstElementChild as FormElement;
          await again.updateComplete;
          expect(shadowQuery<HTMLInputElement>(again, `[name="${options.draftField.name}"]`).value).to.equal(
            options.draftField.value,
          );
          setField(again, 'consent', true);
          if (edit) setField(again, options.draftField.name, options.editedValue);
          submitButton(again).click();
          await waitForSent(again);
          const [lost, resent] = (await serverLog(bucket)).received;
          expect(resent.body.replaces, `edited: ${edit}`).to.equal(lost.key);
          if (edit) expect(resent.key).not.to.equal(lost.key);
          else expect(resent.key).to.equal(lost.key);
          // Answered: the next request is a new one, replacing nothing.
          again.remove();
          parent.innerHTML = `<${tag} lang="en" min-fill-seconds="0" action="${action}"></${tag}>`;
          const next = parent.firstElementChild as FormElement;
          await next.updateComplete;
          await options.fill(next);
          submitButton(next).click();
          await waitForSent(next);
          const newest = (await serverLog(bucket)).received.at(-1)!;
          expect(newest.body.replaces).to.equal(undefined);
          expect(newest.key).not.to.equal(lost.key);
          next.remove();
        }
      });
    });

    describe('drafts', () => {
      it('restores a draft (never the consent) after the element is created again, and clears it after a confirmed send', async () => {
        const bucket = uniqueKey();
        const first = await filledForm(`action="${endpoint('201', bucket)}"`);
        const parent = first.parentElement!;
        first.remove();
        parent.innerHTML = `<${tag} lang="en" min-fill-seconds="0" action="${endpoint('201', bucket)}"></${tag}>`;
        const second = parent.firstElementChild as FormElement;
        await second.updateComplete;
        const field = shadowQuery<HTMLInputElement>(second, `[name="${options.draftField.name}"]`);
        expect(field.value).to.equal(options.draftField.value);
        expect(shadowQuery<HTMLInputElement>(second, '[name="consent"]').checked).to.equal(false);
        setField(second, 'consent', true);
        submitButton(second).click();
        await waitForSent(second);
        second.remove();
        parent.innerHTML = `<${tag} lang="en"></${tag}>`;
        const third = parent.firstElementChild as FormElement;
        await third.updateComplete;
        expect(shadowQuery<HTMLInputElement>(third, `[name="${options.draftField.name}"]`).value).to.equal('');
      });
    });
  });
}
