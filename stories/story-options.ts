import { html } from 'lit';
import { allLocales } from '../src/locales/locale-codes.js';

/**
 * The `lang` control: the page's language (unset), every shipped language, and two tags with a
 * region (their counts and dates follow it).
 */
export const langControl = {
  control: 'select',
  options: [undefined, ...allLocales, 'cs-CZ', 'en-GB'],
} as const;

/** Storybook cannot switch the system's forced colours: said on the ForcedColors stories. */
export const forcedColorsStory = {
  parameters: {
    chromatic: { forcedColors: 'active' },
    docs: {
      description: {
        story:
          "Storybook cannot switch on the system's forced colours: to see this state, open the browser's " +
          'DevTools › Rendering › "Emulate CSS media feature forced-colors: active" (Chromatic takes its screenshot so).',
      },
    },
  },
};

/**
 * A right-to-left page around the story: the widgets, whose languages are all left to right,
 * keep their inside as it is and sit where the page puts them (README, Known limits).
 */
export const rightToLeftPage = (story: () => unknown) =>
  html`<div dir="rtl" style="padding:1em;border:1px dashed #8a94a3">${story()}</div>`;
