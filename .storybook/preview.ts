import type { Preview } from '@storybook/web-components-vite';
import { setCustomElementsManifest } from '@storybook/web-components-vite';
import customElements from '../custom-elements.json';
import '../src/index.js';

setCustomElementsManifest(customElements);

const preview: Preview = {
  tags: ['autodocs'],
  globalTypes: {
    lang: {
      description: 'Widget language',
      toolbar: {
        title: 'Language',
        icon: 'globe',
        items: ['en', 'bg', 'cs', 'de', 'fr', 'hr', 'hu', 'it', 'pl', 'ro', 'sk', 'sl', 'sq'],
        dynamicTitle: true,
      },
    },
  },
  initialGlobals: { lang: 'en' },
  decorators: [
    (story, context) => {
      document.documentElement.lang = String(context.globals.lang ?? 'en');
      return story();
    },
  ],
  parameters: {
    controls: { expanded: true },
  },
};

export default preview;
