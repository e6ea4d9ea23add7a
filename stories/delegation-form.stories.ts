import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import '../src/delegation-form/delegation-form.js';
import delegation from '../demo/data/delegation.json';
import { forcedColorsStory, langControl, rightToLeftPage } from './story-options.js';

/*
 * Storybook has no server: actions under /story-api/ are answered here, in the
 * preview frame only (201, 422, 500, or a send that never ends).
 */
const realFetch = window.fetch.bind(window);
if (!(window as { storyApi?: boolean }).storyApi) {
  (window as { storyApi?: boolean }).storyApi = true;
  window.fetch = (input, init) => {
    const url = new URL(String(input instanceof Request ? input.url : input), location.href);
    if (!url.pathname.startsWith('/story-api/')) return realFetch(input, init);
    const status = url.pathname.split('/')[2];
    if (status === 'slow') return new Promise(() => undefined);
    const message =
      status === '422' ? 'The requested date is not available.' : status === '409' ? 'Already subscribed.' : 'Stored';
    return Promise.resolve(
      new Response(JSON.stringify({ message }), {
        status: Number(status),
        headers: { 'Content-Type': 'application/json' },
      }),
    );
  };
}

const inFuture = (days: number) => {
  const date = new Date();
  date.setDate(date.getDate() + days);
  return date.toISOString().slice(0, 10);
};

/** Fills the form as a person would (input events included). */
function fill(element: Element): void {
  const values: Record<string, string | boolean> = {
    institution: 'Magistrat der Stadt Wels',
    contactName: 'Anna Huber',
    email: 'anna.huber@wels.example',
    phone: '+43 7242 235 0',
    date: inFuture(30),
    time: '10:30',
    interestText: 'Public transport and planning',
    groupSize: '12',
    consent: true,
  };
  for (const [name, value] of Object.entries(values)) {
    const input = element.shadowRoot?.querySelector<HTMLInputElement>(`[name="${name}"]:not([type="radio"])`);
    if (!input) continue;
    if (typeof value === 'boolean') input.checked = value;
    else input.value = value;
    input.dispatchEvent(new Event(typeof value === 'boolean' ? 'change' : 'input', { bubbles: true, composed: true }));
  }
  element.shadowRoot?.querySelector<HTMLInputElement>('[name="interest"]')?.click();
}

async function ready(canvas: HTMLElement): Promise<HTMLElement> {
  const element = canvas.querySelector<HTMLElement & { updateComplete: Promise<unknown> }>('city-delegation-form')!;
  sessionStorage.clear();
  for (let i = 0; i < 50 && !element.shadowRoot?.querySelector('[part~="submit-button"]'); i++) {
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  return element;
}

async function fillAndSend(canvas: HTMLElement, filled = true): Promise<void> {
  const element = await ready(canvas);
  if (filled) fill(element);
  element.shadowRoot!.querySelector<HTMLButtonElement>('[part~="submit-button"]')!.click();
}

interface DelegationArgs {
  src?: string;
  action?: string;
  encoding: 'json' | 'form';
  'privacy-url'?: string;
  'contact-email'?: string;
  'min-lead-days'?: number;
  'min-fill-seconds'?: number;
  'timeout-seconds'?: number;
  retries?: number;
  label?: string;
  theme: 'light' | 'dark' | 'auto';
  editor?: boolean;
  lang?: string;
  data?: unknown;
  width?: number;
}

const meta: Meta<DelegationArgs> = {
  title: 'Elements/Delegation form',
  component: 'city-delegation-form',
  args: {
    src: 'data/delegation.json',
    action: '/story-api/201',
    encoding: 'json',
    'privacy-url': '/privacy.html',
    'min-fill-seconds': 0,
    theme: 'light',
  },
  argTypes: {
    encoding: { control: 'inline-radio', options: ['json', 'form'] },
    theme: { control: 'inline-radio', options: ['light', 'dark', 'auto'] },
    editor: { control: 'boolean' },
    lang: langControl,
    action: {
      control: 'select',
      options: [undefined, '/story-api/201', '/story-api/422', '/story-api/500', '/story-api/slow'],
    },
    width: { control: { type: 'range', min: 280, max: 1200, step: 10 } },
    data: { control: 'object' },
  },
  render: (args) =>
    html`<div style=${args.width ? `width:${args.width}px` : ''}>
      <city-delegation-form
        src=${ifDefined(args.src)}
        action=${ifDefined(args.action)}
        encoding=${args.encoding}
        privacy-url=${ifDefined(args['privacy-url'])}
        contact-email=${ifDefined(args['contact-email'])}
        min-lead-days=${ifDefined(args['min-lead-days'])}
        min-fill-seconds=${ifDefined(args['min-fill-seconds'])}
        timeout-seconds=${ifDefined(args['timeout-seconds'])}
        retries=${ifDefined(args.retries)}
        label=${ifDefined(args.label)}
        theme=${args.theme}
        ?editor=${args.editor}
        lang=${ifDefined(args.lang)}
        .data=${args.data ?? nothing}
      ></city-delegation-form>
    </div>`,
};
export default meta;

type Story = StoryObj<DelegationArgs>;

/** The empty form with the IPR Prague configuration. */
export const Empty: Story = {};
export const Czech: Story = { args: { lang: 'cs' } };
/** No JSON at all: the interest is free text, the group 1–100. */
export const WithoutJson: Story = { args: { src: undefined } };
export const InlineData: Story = { args: { src: undefined, data: delegation } };
/** Submitted empty: the error summary takes focus, each error sits by its field. */
export const Errors: Story = { play: ({ canvasElement }) => fillAndSend(canvasElement, false) };
export const ErrorsCzech: Story = {
  args: { lang: 'cs' },
  play: ({ canvasElement }) => fillAndSend(canvasElement, false),
};
/** A send that does not end: the button is disabled and the form busy. */
export const Sending: Story = {
  args: { action: '/story-api/slow' },
  play: ({ canvasElement }) => fillAndSend(canvasElement),
};
/** Confirmed: a summary of the request takes focus. */
export const Sent: Story = { play: ({ canvasElement }) => fillAndSend(canvasElement) };
/** The server keeps failing: every field kept, a retry button. */
export const Failed: Story = {
  args: { action: '/story-api/500', retries: 0 },
  play: ({ canvasElement }) => fillAndSend(canvasElement),
};
/** A 4xx answer: its message is shown, no retry. */
export const Rejected: Story = {
  args: { action: '/story-api/422' },
  play: ({ canvasElement }) => fillAndSend(canvasElement),
};
/** Without action: an e-mail to contact-email, also shown as a link. */
export const MailtoFallback: Story = {
  args: { action: undefined, 'contact-email': 'international@ipr.praha.eu' },
  play: async ({ canvasElement }) => {
    const element = await ready(canvasElement);
    // The story shows the confirmation without opening the e-mail program.
    Object.assign(element, { openMailto: () => undefined });
    fill(element);
    element.shadowRoot!.querySelector<HTMLButtonElement>('[part~="submit-button"]')!.click();
  },
};
export const ConfigNotFound: Story = { args: { src: 'data/missing.json' } };
/** While its settings (`src`) load: the request never answers here (see .storybook/preview.ts). */
export const Loading: Story = { args: { src: '/storybook-pending/settings.json' } };
export const Dark: Story = {
  args: { theme: 'dark' },
  decorators: [(story) => html`<div style="background:#111;padding:1em">${story()}</div>`],
};
export const Narrow320px: Story = { args: { width: 320 } };
export const ForcedColors: Story = forcedColorsStory;
/** On a right-to-left page: the widget keeps its left-to-right inside (none of its languages is written right to left). */
export const RightToLeftPage: Story = { decorators: [rightToLeftPage] };
