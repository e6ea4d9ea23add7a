import type { Preview } from '@storybook/web-components-vite';
import { setCustomElementsManifest } from '@storybook/web-components-vite';
import customElements from '../custom-elements.json';
import { html } from 'lit';
import '../src/index.js';

/**
 * The docs tables render descriptions as Markdown, where a bare tag such as
 * "<body>" becomes a real element: React 19 then maps it onto the page's own
 * <body> and its event dispatch loops forever (the docs page froze). Shown as
 * code, a tag is text. Only descriptions change; type texts keep `Promise<void>`.
 */
function tagsAsCode(value: unknown, key = ''): unknown {
  if (typeof value === 'string') {
    if (key !== 'description' && key !== 'summary') return value;
    return value.replace(/(`[^`]*`)|<\/?[a-z][\w-]*(?:\s[^<>]*)?>/gi, (whole, code?: string) => code ?? `\`${whole}\``);
  }
  if (Array.isArray(value)) return value.map((item) => tagsAsCode(item));
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([name, item]) => [name, tagsAsCode(item, name)]));
  }
  return value;
}

setCustomElementsManifest(tagsAsCode(customElements));

function applyTheme(theme: string): void {
  for (const element of document.querySelectorAll('*')) {
    if (element.localName.startsWith('city-')) element.setAttribute('theme', theme);
  }
}

const preview: Preview = {
  tags: ['autodocs'],
  globalTypes: {
    theme: {
      description: "Widget theme (the story's own when unset)",
      toolbar: {
        title: 'Theme',
        icon: 'contrast',
        items: [
          { value: '', title: 'Story default' },
          { value: 'light', title: 'Light' },
          { value: 'dark', title: 'Dark' },
          { value: 'auto', title: 'Auto (system setting)' },
        ],
        dynamicTitle: true,
      },
    },
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
  initialGlobals: { lang: 'en', theme: '' },
  decorators: [
    (story, context) => {
      document.documentElement.lang = String(context.globals.lang ?? 'en');
      const theme = String(context.globals.theme ?? '');
      // After the story has rendered: every widget of the story (or of the
      // docs page) takes the toolbar's theme, however the story renders it.
      if (theme) setTimeout(() => applyTheme(theme));
      return theme === 'dark' ? html`<div style="background:#111;padding:1em">${story()}</div>` : story();
    },
  ],
  parameters: {
    controls: { expanded: true },
  },
};

export default preview;
