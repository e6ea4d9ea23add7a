import type { Preview } from '@storybook/web-components-vite';
import { setCustomElementsManifest } from '@storybook/web-components-vite';
import customElements from '../custom-elements.json';
import tokensSource from '../src/core/styles/tokens.css.ts?raw';
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

/** The shared `--city-*` tokens, from tokens.css.ts's `@cssproperty` lines (the manifest keeps them for classes only). */
const sharedTokens = [...tokensSource.matchAll(/@cssproperty \[(--city-[\w-]+)(?:=([^\]]*))?\][ \t]*([^\n]*)/g)].map(
  ([, name, value, description]) => ({
    name,
    default: value,
    description: `${description} (shared by every widget)`.trim(),
  }),
);

interface Declaration {
  customElement?: boolean;
  members?: { name: string; privacy?: string; type?: { text: string } }[];
  attributes?: { name: string; type?: { text: string } }[];
  cssParts?: { name: string }[];
  cssProperties?: { name: string }[];
}

/**
 * What the docs tables and controls show of each element: what a page can use (not the classes'
 * private and protected fields: skippedAll, memo…); its CSS parts as `::part(name)` (the tables key
 * rows by name, and a part named like an attribute, the badge's `name` or the forms' `label`, took
 * the attribute's row); the shared tokens beside its own; `string | undefined` as a text (it got a
 * JSON editor).
 */
function forDocs(manifest: typeof customElements): typeof customElements {
  const optional = <T extends { type?: { text: string } }>(entry: T): T =>
    entry.type ? { ...entry, type: { text: entry.type.text.replace(/ \| undefined$/, '') } } : entry;
  return {
    ...manifest,
    modules: manifest.modules.map((module) => ({
      ...module,
      declarations: (module.declarations as Declaration[] | undefined)?.map((declaration) =>
        declaration.customElement
          ? {
              ...declaration,
              members: declaration.members
                ?.filter((member) => !member.privacy || member.privacy === 'public')
                .map(optional),
              attributes: declaration.attributes?.map(optional),
              cssParts: declaration.cssParts?.map((part) => ({ ...part, name: `::part(${part.name})` })),
              cssProperties: [...(declaration.cssProperties ?? []), ...sharedTokens],
            }
          : declaration,
      ),
    })) as typeof manifest.modules,
  };
}

setCustomElementsManifest(tagsAsCode(forDocs(customElements)));

/**
 * URLs under this path never answer, so that the Loading stories show the loading state (the
 * sample data answered at once, and they showed the loaded widget). Storybook only.
 */
export const pendingPath = '/storybook-pending/';
const answering = globalThis.fetch.bind(globalThis);
globalThis.fetch = (input: RequestInfo | URL, init?: RequestInit) =>
  String(input instanceof Request ? input.url : input).includes(pendingPath)
    ? new Promise<Response>((_resolve, reject) =>
        init?.signal?.addEventListener('abort', () => reject(init.signal?.reason as Error)),
      )
    : answering(input, init);

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
