import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import '../src/conference-timeline/conference-timeline.js';
import conferences from '../demo/data/conferences.json';
import { forcedColorsStory, langControl, rightToLeftPage } from './story-options.js';

interface TimelineArgs {
  src?: string;
  order: 'newest' | 'oldest';
  layout: 'vertical' | 'compact';
  country?: string;
  from?: number;
  to?: number;
  limit?: number;
  search: boolean;
  'highlight-city'?: string;
  now?: string;
  theme: 'light' | 'dark' | 'auto';
  editor?: boolean;
  'heading-level'?: number;
  lang?: string;
  data?: unknown;
  width?: number;
}

/** The reference data with a few conferences after the story's `now`, one of them with exact dates. */
const withUpcoming = {
  ...conferences,
  conferences: [
    {
      start: '2026-10-07',
      end: '2026-10-09',
      city: { cs: 'České Budějovice', de: 'Budweis', en: 'České Budějovice' },
      country: 'CZ',
      topic: { cs: 'Veřejná doprava ve městech střední velikosti', en: 'Public transport in medium-sized cities' },
      url: 'https://example.org/conference-2026',
      summary: { cs: 'Tři dny přednášek a exkurzí.', en: 'Three days of talks and study visits.' },
    },
    {
      date: '2026-04-22',
      city: 'Opava',
      country: 'CZ',
      topic: { cs: 'Zelená infrastruktura', en: 'Green infrastructure' },
    },
    ...conferences.conferences,
  ],
};

const seasons = ['spring', 'summer', 'autumn', 'winter'];
const countries = ['AT', 'CZ', 'DE', 'HU', 'PL', 'SK', 'FR', 'IT', 'RO', 'BG', 'HR', 'AL', 'SI'];
const many = (count: number) => ({
  network: conferences.network,
  conferences: Array.from({ length: count }, (_, index) => ({
    year: 1990 + (index % 40),
    season: seasons[index % 4],
    city: `City ${index + 1}`,
    country: countries[index % countries.length],
    topic: { cs: `Téma ${index + 1}`, en: `Topic ${index + 1}` },
  })),
});

const meta: Meta<TimelineArgs> = {
  title: 'Elements/Conference timeline',
  component: 'city-conference-timeline',
  args: {
    src: 'data/conferences.json',
    order: 'newest',
    layout: 'vertical',
    search: false,
    theme: 'light',
    now: '2026-01-01',
  },
  argTypes: {
    order: { control: 'inline-radio', options: ['newest', 'oldest'] },
    layout: { control: 'inline-radio', options: ['vertical', 'compact'] },
    theme: { control: 'inline-radio', options: ['light', 'dark', 'auto'] },
    editor: { control: 'boolean' },
    'heading-level': { control: { type: 'number', min: 1, max: 6 } },
    lang: langControl,
    country: { control: 'text' },
    from: { control: { type: 'number', min: 2000, max: 2030 } },
    to: { control: { type: 'number', min: 2000, max: 2030 } },
    limit: { control: { type: 'number', min: 0, max: 50 } },
    'highlight-city': { control: 'text' },
    now: { control: 'text' },
    width: { control: { type: 'range', min: 320, max: 1200, step: 10 } },
    data: { control: 'object' },
  },
  render: (args) =>
    html`<div style=${args.width ? `width:${args.width}px` : ''}>
      <city-conference-timeline
        src=${ifDefined(args.src)}
        order=${args.order}
        layout=${args.layout}
        country=${ifDefined(args.country)}
        from=${ifDefined(args.from)}
        to=${ifDefined(args.to)}
        limit=${ifDefined(args.limit)}
        ?search=${args.search}
        highlight-city=${ifDefined(args['highlight-city'])}
        now=${ifDefined(args.now)}
        theme=${args.theme}
        ?editor=${args.editor}
        heading-level=${ifDefined(args['heading-level'])}
        lang=${ifDefined(args.lang)}
        .data=${args.data ?? nothing}
      ></city-conference-timeline>
    </div>`,
};
export default meta;

type Story = StoryObj<TimelineArgs>;

// Layouts
export const Vertical: Story = {};
export const Compact: Story = { args: { layout: 'compact' } };
export const Czech: Story = { args: { lang: 'cs' } };
export const CzechCompact: Story = { args: { lang: 'cs', layout: 'compact' } };

// Options
export const OldestFirst: Story = { args: { order: 'oldest' } };
export const Search: Story = { args: { search: true } };
export const SearchCzech: Story = { args: { search: true, lang: 'cs' } };
export const CountryHungary: Story = { args: { country: 'HU' } };
export const CountriesAustriaCzechia: Story = { args: { country: 'AT,CZ' } };
export const Years2010To2012: Story = { args: { from: 2010, to: 2012 } };
export const LimitFive: Story = { args: { limit: 5 } };
export const HighlightOpava: Story = { args: { 'highlight-city': 'Opava' } };
export const UpcomingAndExactDates: Story = {
  args: { src: undefined, data: withUpcoming, now: '2026-01-01', search: true },
};
export const UpcomingFromSpring2013: Story = { args: { now: '2013-01-01' } };
export const Dark: Story = {
  args: { theme: 'dark', search: true, 'highlight-city': 'Opava' },
  decorators: [(story) => html`<div style="background:#111;padding:1em">${story()}</div>`],
};
export const Narrow320px: Story = { args: { width: 320, search: true } };
export const Wide1200px: Story = { args: { width: 1200, layout: 'compact' } };
export const ForcedColors: Story = { ...forcedColorsStory, args: { 'highlight-city': 'Opava', now: '2013-01-01' } };

// States
/** The skeleton shown while the data loads (its request never answers here). */
export const Loading: Story = {
  render: () => {
    const element = document.createElement('city-conference-timeline');
    // A request that never answers: the skeleton stays (see .storybook/preview.ts).
    element.setAttribute('src', '/storybook-pending/conferences.json');
    return element;
  },
};
export const InlineData: Story = {
  args: { src: undefined },
  render: () =>
    html`<city-conference-timeline now="2026-01-01"
      ><script type="application/json">
        ${JSON.stringify(conferences)}
      </script></city-conference-timeline
    >`,
};
export const Empty: Story = { args: { src: undefined, data: { conferences: [] } } };
export const NothingMatches: Story = { args: { country: 'FR' } };
export const TenThousandConferences: Story = { args: { src: undefined, data: many(10000), limit: 50, search: true } };
export const NotFound: Story = { args: { src: 'data/missing.json' } };
export const NetworkError: Story = { args: { src: 'http://127.0.0.1:9/conferences.json' } };
export const InvalidJson: Story = {
  args: { src: undefined },
  render: () =>
    html`<city-conference-timeline
      ><script type="application/json">
        { "conferences": [ }
      </script></city-conference-timeline
    >`,
};
/** Some entries are unusable or doubtful: the rest is shown, the problems are listed. */
export const BadEntries: Story = {
  args: {
    src: undefined,
    data: {
      conferences: [
        { season: 'spring', city: 'Missing year', country: 'CZ', topic: 'Skipped: no year' },
        {
          year: 2015,
          season: 'monsoon',
          city: 'Leoben',
          country: 'AT',
          topic: 'Unknown season: the year alone is shown',
        },
        {
          year: 2014,
          season: 'spring',
          city: 'Wels',
          country: 'Austria',
          topic: 'Malformed country code, shown as written',
        },
        {
          year: 2013,
          season: 'autumn',
          city: 'Opava',
          country: 'CZ',
          topic: 'Unsafe link dropped',
          url: 'javascript:alert(1)',
        },
      ],
    },
  },
};
/** No conference is usable: the data is reported as wrong, with the JSON paths. */
export const SchemaError: Story = {
  args: {
    src: undefined,
    data: { conferences: [{ year: '20x6', season: 'spring', city: 'Opava', country: 'CZ', topic: 'T' }] },
  },
};
export const NotAList: Story = { args: { src: undefined, data: { conferences: 'none' } } };
export const NoDataSource: Story = { args: { src: undefined } };
/** On a right-to-left page: the widget keeps its left-to-right inside (none of its languages is written right to left). */
export const RightToLeftPage: Story = { decorators: [rightToLeftPage] };
