import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import '../src/member-map/member-map.js';
import members from '../demo/data/members.json';
// The geometry as a Storybook asset (the element fetches it next to its own
// module in dist/, which a Storybook bundle does not have).
import geometryUrl from '../src/member-map/europe.paths.json?url';
import { manyMembers } from '../tests/member-map/member-map-fixtures.js';
import { forcedColorsStory, langControl, rightToLeftPage } from './story-options.js';

interface MapArgs {
  src?: string;
  view: 'both' | 'map' | 'list';
  highlight?: string;
  height?: string;
  'marker-labels': boolean;
  selected?: string;
  'geometry-src'?: string;
  theme: 'light' | 'dark' | 'auto';
  editor?: boolean;
  'heading-level'?: number;
  lang?: string;
  data?: unknown;
  width?: number;
}

const meta: Meta<MapArgs> = {
  title: 'Elements/Member map',
  component: 'city-member-map',
  args: {
    src: 'data/members.json',
    view: 'both',
    'marker-labels': false,
    'geometry-src': geometryUrl,
    theme: 'light',
  },
  argTypes: {
    view: { control: 'inline-radio', options: ['both', 'map', 'list'] },
    theme: { control: 'inline-radio', options: ['light', 'dark', 'auto'] },
    editor: { control: 'boolean' },
    'heading-level': { control: { type: 'number', min: 1, max: 6 } },
    lang: langControl,
    selected: { control: 'select', options: [undefined, 'brno', 'opava', 'st-poelten', 'unknown-id'] },
    width: { control: { type: 'range', min: 280, max: 1400, step: 10 } },
    data: { control: 'object' },
  },
  render: (args) =>
    html`<div style=${args.width ? `width:${args.width}px` : ''}>
      <city-member-map
        src=${ifDefined(args.src)}
        view=${args.view}
        highlight=${ifDefined(args.highlight)}
        height=${ifDefined(args.height)}
        ?marker-labels=${args['marker-labels']}
        selected=${ifDefined(args.selected)}
        geometry-src=${ifDefined(args['geometry-src'])}
        theme=${args.theme}
        ?editor=${args.editor}
        heading-level=${ifDefined(args['heading-level'])}
        lang=${ifDefined(args.lang)}
        .data=${args.data ?? nothing}
        @city-member-select=${(event: CustomEvent) => console.info('city-member-select', event.detail)}
      ></city-member-map>
    </div>`,
};
export default meta;

type Story = StoryObj<MapArgs>;

export const Default: Story = {};
/** What the Opava page shows: Czech names, Czech collation, Opava emphasised. */
export const CzechOpava: Story = { args: { lang: 'cs', highlight: 'opava' } };
export const HighlightBrnoOpava: Story = { args: { highlight: 'brno,opava' } };
export const MarkerLabels: Story = { args: { 'marker-labels': true, height: '32em' } };
export const Selected: Story = { args: { selected: 'st-poelten' } };
export const ListOnly: Story = { args: { view: 'list' } };
export const MapOnly: Story = { args: { view: 'map', height: '30em' } };
export const Dark: Story = {
  args: { theme: 'dark' },
  decorators: [(story) => html`<div style="background:#111;padding:1em">${story()}</div>`],
};
export const Narrow320px: Story = { args: { width: 320 } };
export const Wide1400px: Story = { args: { width: 1400, height: '36em' } };
export const InlineData: Story = { args: { src: undefined, data: members } };
export const WithoutNetworkTotals: Story = {
  args: { src: undefined, data: { ...members, network: { name: members.network.name, founded: 1995 } } },
};
export const TwoThousandMembers: Story = { args: { src: undefined, data: manyMembers(2000) } };
/** The cap: 10,050 members, of which the first 10,000 are shown (the rest reported), rendered in steps. */
export const TenThousandMembers: Story = { args: { src: undefined, data: manyMembers(10050), 'marker-labels': true } };
/** Country headings one level lower, for a map inside an h3 section. */
export const HeadingLevel4: Story = {
  args: { view: 'list' },
  render: (args) =>
    html`<h3>Members</h3>
      <city-member-map src=${ifDefined(args.src)} view="list" heading-level="4"></city-member-map>`,
};
/** Problems in the data: a city without coordinates, one outside Europe, an unknown country, a duplicate id. */
export const BadData: Story = {
  args: {
    src: undefined,
    data: {
      network: members.network,
      members: [
        ...members.members.slice(0, 12),
        { id: 'nowhere', city: 'Nowhere', country: 'CZ' },
        { id: 'far', city: 'Far away', country: 'AT', lat: 10, lon: 120 },
        { id: 'unknown', city: 'Unknown land', country: 'XX', lat: 48, lon: 15 },
        { ...members.members[0] },
      ],
    },
  },
};
export const NoMembers: Story = { args: { src: undefined, data: { network: members.network, members: [] } } };
export const SchemaError: Story = { args: { src: undefined, data: { network: members.network, members: 'none' } } };
/** The outlines could not be loaded: the cities are still placed. */
export const GeometryMissing: Story = { args: { 'geometry-src': 'data/missing.topo.json' } };
/** The skeleton shown while the data loads (its request never answers here). */
export const Loading: Story = {
  render: () => {
    const element = document.createElement('city-member-map');
    // A request that never answers: the skeleton stays (see .storybook/preview.ts).
    element.setAttribute('src', '/storybook-pending/members.json');
    return element;
  },
};
export const NotFound: Story = { args: { src: 'data/missing.json' } };
export const ForcedColors: Story = forcedColorsStory;
/** On a right-to-left page: the widget keeps its left-to-right inside (none of its languages is written right to left). */
export const RightToLeftPage: Story = { decorators: [rightToLeftPage] };
/** Long city names in the list and on the map. */
export const LongNames: Story = {
  args: {
    src: undefined,
    'marker-labels': true,
    data: {
      network: members.network,
      members: [
        { id: 'a', city: 'Sankt Pölten-Wagram-Oberradlberg an der Traisen', country: 'AT', lat: 48.2, lon: 15.63 },
        {
          id: 'b',
          city: 'Frýdek-Místek a Dobrovolný svazek obcí Mikroregion Frýdlantsko',
          country: 'CZ',
          lat: 49.68,
          lon: 18.35,
        },
        {
          id: 'c',
          city: 'Llanfairpwllgwyngyllgogerychwyrndrobwllllantysiliogogogoch',
          country: 'GB',
          lat: 53.22,
          lon: -4.2,
        },
        { id: 'd', city: 'Hódmezővásárhely', country: 'HU', lat: 46.42, lon: 20.33, founding: true, joined: 1995 },
      ],
    },
  },
};
