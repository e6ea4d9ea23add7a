// Types of builder-fields.js, for the tests that use the table.
export interface BuilderField {
  name: string;
  label: string;
  type: 'text' | 'url' | 'email' | 'number' | 'date' | 'checkbox' | 'select' | 'language';
  options?: string[];
  default?: string;
  value?: string;
  hint?: string;
  advanced?: boolean;
  /** Written only when this other attribute has a value. */
  needs?: string;
}
export interface BuilderElement {
  label: string;
  hint: string;
  attributes: BuilderField[];
}
export const commonFields: BuilderField[];
export const elementFields: Record<string, BuilderElement>;
export const linkTexts: Record<string, Record<string, string>>;
export const languages: [code: string, name: string][];
