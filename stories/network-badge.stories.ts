import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import '../src/network-badge/network-badge.js';
import memberships from '../demo/data/memberships.json';
import { forcedColorsStory, langControl, rightToLeftPage } from './story-options.js';

interface BadgeArgs {
  src?: string;
  network?: string;
  variant: 'card' | 'pill';
  theme: 'light' | 'dark' | 'auto';
  editor?: boolean;
  'heading-level'?: number;
  lang?: string;
  name?: string;
  'full-name'?: string;
  href?: string;
  member?: string;
  'member-role'?: string;
  since?: number;
  logo?: string;
  label?: string;
  data?: unknown;
  width?: number;
}

const meta: Meta<BadgeArgs> = {
  title: 'Elements/Network badge',
  component: 'city-network-badge',
  args: { src: 'data/memberships.json', network: 'eurocities', variant: 'card', theme: 'light' },
  argTypes: {
    variant: { control: 'inline-radio', options: ['card', 'pill'] },
    theme: { control: 'inline-radio', options: ['light', 'dark', 'auto'] },
    editor: { control: 'boolean' },
    'heading-level': { control: { type: 'number', min: 1, max: 6 } },
    lang: langControl,
    network: { control: 'select', options: [undefined, 'metrex', 'eurocities', 'unknown-id'] },
    width: { control: { type: 'range', min: 200, max: 1200, step: 10 } },
    data: { control: 'object' },
  },
  render: (args) =>
    html`<div style=${args.width ? `width:${args.width}px` : ''}>
      <city-network-badge
        src=${ifDefined(args.src)}
        network=${ifDefined(args.network)}
        variant=${args.variant}
        theme=${args.theme}
        ?editor=${args.editor}
        heading-level=${ifDefined(args['heading-level'])}
        lang=${ifDefined(args.lang)}
        name=${ifDefined(args.name)}
        full-name=${ifDefined(args['full-name'])}
        href=${ifDefined(args.href)}
        member=${ifDefined(args.member)}
        member-role=${ifDefined(args['member-role'])}
        since=${ifDefined(args.since)}
        logo=${ifDefined(args.logo)}
        label=${ifDefined(args.label)}
        .data=${args.data ?? nothing}
      ></city-network-badge>
    </div>`,
};
export default meta;

type Story = StoryObj<BadgeArgs>;

export const Card: Story = {};
export const Czech: Story = { args: { lang: 'cs' } };
export const Pill: Story = { args: { variant: 'pill' } };
export const FirstMembership: Story = { args: { network: undefined } };
export const Dark: Story = {
  args: { theme: 'dark' },
  decorators: [(story) => html`<div style="background:#111;padding:1em">${story()}</div>`],
};
export const Narrow200px: Story = { args: { width: 200 } };
export const Wide1200px: Story = { args: { width: 1200 } };
export const AttributesOnly: Story = {
  args: {
    src: undefined,
    network: undefined,
    name: 'EUROCITIES',
    href: 'https://eurocities.eu/',
    member: 'Brno Metropolitan Area',
    'member-role': 'Chair, Working Group on Metropolitan Areas',
    since: 2022,
  },
};
export const InlineData: Story = { args: { src: undefined, data: memberships } };
/** The skeleton shown while the data loads (its request never answers here). */
export const Loading: Story = {
  render: () => {
    const element = document.createElement('city-network-badge');
    // A request that never answers: the skeleton stays (see .storybook/preview.ts).
    element.setAttribute('src', '/storybook-pending/memberships.json');
    return element;
  },
};
export const NotFound: Story = { args: { src: 'data/missing.json' } };
export const NetworkError: Story = { args: { src: 'http://127.0.0.1:9/memberships.json' } };
export const InvalidJson: Story = {
  args: { src: undefined, data: undefined },
  render: () =>
    html`<city-network-badge
      ><script type="application/json">
        { "memberships": [ }
      </script></city-network-badge
    >`,
};
export const SchemaError: Story = {
  args: { src: undefined, data: { memberships: [{ id: 'x', network: { name: 42 } }] } },
};
export const UnknownNetwork: Story = { args: { network: 'unknown-id' } };
export const NoMemberships: Story = { args: { src: undefined, data: { memberships: [] } } };
export const UnsafeUrlDropped: Story = {
  args: {
    src: undefined,
    network: undefined,
    data: { memberships: [{ network: { name: 'METREX', url: 'javascript:alert(1)' } }] },
  },
};
export const ForcedColors: Story = forcedColorsStory;
/** On a right-to-left page: the widget keeps its left-to-right inside (none of its languages is written right to left). */
export const RightToLeftPage: Story = { decorators: [rightToLeftPage] };
/** Long texts: a network's long name, full name and roles wrap inside the badge. */
export const LongTexts: Story = {
  args: {
    src: undefined,
    network: undefined,
    data: {
      member: 'Statutární město Frýdek-Místek a Dobrovolný svazek obcí Mikroregion Frýdlantsko-Beskydy',
      memberships: [
        {
          since: 1998,
          network: {
            name: 'Konferenz der Städte und Gemeinden an der mittleren Donau und ihren Nebenflüssen',
            fullName:
              'Arbeitsgemeinschaft der Donaustädte und -gemeinden für nachhaltige Stadtentwicklung, Verkehr und Umwelt',
            url: 'https://example.org/',
            memberCount: 140,
          },
          roles: [
            { title: 'Vorsitz der Arbeitsgruppe für grenzüberschreitende Raumplanung und Mobilität', since: 2019 },
            'Mitglied des erweiterten Vorstands',
          ],
        },
      ],
    },
  },
};
