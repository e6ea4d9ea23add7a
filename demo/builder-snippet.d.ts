// Types of builder-snippet.js, for the tests that use it.
import type { BuilderField } from './builder-fields.js';

export type Attribute = [name: string, value: string];
export interface SnippetChoice {
  tag: string;
  attributes: Attribute[];
  site: string;
  text: string;
  readerUrl?: string;
}
export const urlAttributes: Set<string>;
export function absoluteUrl(value: string, site: string): string;
export function chosenAttributes(
  fields: BuilderField[],
  values: Record<string, string | boolean | undefined>,
  site: string,
): Attribute[];
export function placeholderUrl(tag: string, attributes: Attribute[], site: string, readerUrl?: string): string;
export function richTextSnippet(choice: SnippetChoice): string;
export function templateSnippet(choice: SnippetChoice & { scriptUrl: string }): string;
export function loaderSnippet(scriptFolder: string): string;
