import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import '../src/newsletter-signup/newsletter-signup.js';
import newsletter from '../demo/data/newsletter.json';
import { forcedColorsStory, langControl, rightToLeftPage } from './story-options.js';

/*
 * Storybook has no server: actions under /story-api/ are answered here, in the
 * preview frame only (201, 409, 500, or a send that never ends).
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

async function fillAndSend(canvas: HTMLElement, filled = true): Promise<void> {
  const element = canvas.querySelector('city-newsletter-signup')!;
  sessionStorage.clear();
  for (let i = 0; i < 50 && !element.shadowRoot?.querySelector('[part~="submit-button"]'); i++) {
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  const root = element.shadowRoot!;
  if (filled) {
    const email = root.querySelector<HTMLInputElement>('[name="email"]')!;
    email.value = 'reader@brno.example';
    email.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    root.querySelector<HTMLInputElement>('[name="consent"]')!.click();
  }
  root.querySelector<HTMLButtonElement>('[part~="submit-button"]')!.click();
}

interface SignupArgs {
  src?: string;
  action?: string;
  variant: 'card' | 'inline';
  encoding: 'json' | 'form';
  pitch?: string;
  'ask-name': boolean;
  'success-message'?: string;
  'privacy-url'?: string;
  'field-email'?: string;
  'field-name'?: string;
  'field-lists'?: string;
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

const meta: Meta<SignupArgs> = {
  title: 'Elements/Newsletter signup',
  component: 'city-newsletter-signup',
  args: {
    src: 'data/newsletter.json',
    action: '/story-api/201',
    variant: 'card',
    encoding: 'json',
    'ask-name': false,
    'min-fill-seconds': 0,
    theme: 'light',
  },
  argTypes: {
    variant: { control: 'inline-radio', options: ['card', 'inline'] },
    encoding: { control: 'inline-radio', options: ['json', 'form'] },
    theme: { control: 'inline-radio', options: ['light', 'dark', 'auto'] },
    editor: { control: 'boolean' },
    lang: langControl,
    action: {
      control: 'select',
      options: [undefined, '/story-api/201', '/story-api/409', '/story-api/500', '/story-api/slow'],
    },
    width: { control: { type: 'range', min: 280, max: 1200, step: 10 } },
    data: { control: 'object' },
  },
  render: (args) =>
    html`<div style=${args.width ? `width:${args.width}px` : ''}>
      <city-newsletter-signup
        src=${ifDefined(args.src)}
        action=${ifDefined(args.action)}
        variant=${args.variant}
        encoding=${args.encoding}
        pitch=${ifDefined(args.pitch)}
        ?ask-name=${args['ask-name']}
        success-message=${ifDefined(args['success-message'])}
        privacy-url=${ifDefined(args['privacy-url'])}
        field-email=${ifDefined(args['field-email'])}
        field-name=${ifDefined(args['field-name'])}
        field-lists=${ifDefined(args['field-lists'])}
        min-fill-seconds=${ifDefined(args['min-fill-seconds'])}
        timeout-seconds=${ifDefined(args['timeout-seconds'])}
        retries=${ifDefined(args.retries)}
        label=${ifDefined(args.label)}
        theme=${args.theme}
        ?editor=${args.editor}
        lang=${ifDefined(args.lang)}
        .data=${args.data ?? nothing}
      ></city-newsletter-signup>
    </div>`,
};
export default meta;

type Story = StoryObj<SignupArgs>;

export const Card: Story = {};
export const Czech: Story = { args: { lang: 'cs' } };
/** One row for a footer; it stacks on narrow screens. */
export const Inline: Story = { args: { variant: 'inline', width: 900 } };
export const InlineNarrow: Story = { args: { variant: 'inline', width: 300 } };
export const WithName: Story = { args: { 'ask-name': true } };
export const WithoutJson: Story = { args: { src: undefined, 'privacy-url': '/privacy.html' } };
export const InlineData: Story = { args: { src: undefined, data: newsletter } };
/** While its settings (`src`) load: the request never answers here (see .storybook/preview.ts). */
export const Loading: Story = { args: { src: '/storybook-pending/settings.json' } };
/** Submitted empty: the error summary takes focus. */
export const Errors: Story = { play: ({ canvasElement }) => fillAndSend(canvasElement, false) };
export const Sending: Story = {
  args: { action: '/story-api/slow' },
  play: ({ canvasElement }) => fillAndSend(canvasElement),
};
/** The double opt-in message. */
export const Sent: Story = { play: ({ canvasElement }) => fillAndSend(canvasElement) };
export const SentCustomMessage: Story = {
  args: { 'success-message': 'You are on the list. See you next month!' },
  play: ({ canvasElement }) => fillAndSend(canvasElement),
};
/** HTTP 409: "This address is already subscribed". */
export const AlreadySubscribed: Story = {
  args: { action: '/story-api/409' },
  play: ({ canvasElement }) => fillAndSend(canvasElement),
};
/** Other failures keep the address and offer a retry. */
export const Failed: Story = {
  args: { action: '/story-api/500', retries: 0 },
  play: ({ canvasElement }) => fillAndSend(canvasElement),
};
export const Dark: Story = {
  args: { theme: 'dark' },
  decorators: [(story) => html`<div style="background:#111;padding:1em">${story()}</div>`],
};
export const ForcedColors: Story = forcedColorsStory;
/** On a right-to-left page: the widget keeps its left-to-right inside (none of its languages is written right to left). */
export const RightToLeftPage: Story = { decorators: [rightToLeftPage] };
