import { runtimeMsg } from '@lit/localize/internal/runtime-msg.js';
import type { LocaleModule } from '@lit/localize';

/*
 * What finds a translation, loaded with a widget's first locale other than
 * English (runtime.ts): @lit/localize's lookup, with the hash that gives a
 * msg() call without an id its id. English pages show the source text and
 * never load it.
 */
export { runtimeMsg };

/** The text with this id in `templates`, its expressions filled from `values` (in source order); undefined when there is none. */
export function byId(
  templates: LocaleModule['templates'] | undefined,
  id: string,
  values: readonly unknown[],
): string | undefined {
  if (!templates?.[id]) return undefined;
  const template = { strTag: true, strings: [] as unknown as TemplateStringsArray, values: [...values] } as const;
  return runtimeMsg(templates, template as Parameters<typeof runtimeMsg>[1], { id }) as string;
}
