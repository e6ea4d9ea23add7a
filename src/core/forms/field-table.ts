import type { Payload } from './submit.js';
import type { ResolvedText } from '../i18n/text.js';

/*
 * A form is described once, as a table from field name to what the field is:
 * the table drives rendering and the draft. What a field does after "Send"
 * (validation, the payload, the summary rows of the confirmation and the
 * e-mail body) is a second table, its rules, which loads with the sending code
 * and is merged with the first there (rules.ts). `V` lists the fields with
 * their value types in both, so a misspelt field name does not compile.
 */

export type FieldValue = string | boolean | string[];
export type PayloadValue = Payload[string];

/** What the table's functions see: the form's configuration, its values and its locale. */
export interface FieldContext<V, C> {
  config: C;
  values: Partial<V>;
  locale: string;
}

export interface FieldDef<V, C> {
  type: 'text' | 'email' | 'tel' | 'date' | 'time' | 'textarea' | 'radio' | 'checkbox' | 'consent';
  label(ctx: FieldContext<V, C>): string;
  hint?(ctx: FieldContext<V, C>): string | undefined;
  /** Fields without `required` are optional and say so. */
  required?: boolean | ((ctx: FieldContext<V, C>) => boolean);
  /** Choices of a radio or checkbox group; an empty list hides the field. */
  /** Each option's `text`, with the key of the translation it is (`lang`; none for a plain string). */
  options?(ctx: FieldContext<V, C>): ({ value: string } & ResolvedText)[];
  /** The value until the person changes it (e.g. lists ticked by default). */
  initial?(ctx: FieldContext<V, C>): FieldValue;
  /** Whether the field is shown at all (default: yes). */
  shown?(ctx: FieldContext<V, C>): boolean;
  /** False for values never kept in a draft (the consent, asked each time). */
  draft?: false;
  autocomplete?: string;
  inputmode?: 'text' | 'email' | 'tel' | 'numeric' | 'decimal';
  min?(ctx: FieldContext<V, C>): string;
  /** Extra class names, e.g. `short` for a narrow field. */
  size?: string;
  /** Consecutive fields with the same wrap are rendered together (a fieldset, a row). */
  wrap?: string;
}

export type FieldTable<V, C> = { [K in keyof V]-?: FieldDef<V, C> };

/** What a field does once "Send" is pressed; each is optional. */
export interface FieldRules<V, C> {
  /** The message when a required field is empty. */
  missing?(ctx: FieldContext<V, C>): string;
  /** A message when a filled-in value is wrong. */
  check?(value: string, ctx: FieldContext<V, C>): string | undefined;
  /** The value sent (default: the trimmed text, or nothing when empty). */
  send?(ctx: FieldContext<V, C>): PayloadValue;
  /** The label/value row of the confirmation and the e-mail; false for none (default: label and sent value). */
  row?: false | ((ctx: FieldContext<V, C>) => [string, PayloadValue]);
}

/** A form's rules, by field: only fields of `V`, and only those with a rule. */
export type FieldRulesTable<V, C> = { [K in keyof V]?: FieldRules<V, C> };

/** A field as the sending code sees it: its definition and its rules. */
export type SendingField<V, C> = FieldDef<V, C> & FieldRules<V, C>;
export type SendingTable<V, C> = { [K in keyof V]-?: SendingField<V, C> };

/** A validation error; the message is rendered lazily so it follows the current locale. */
export interface FieldError {
  field: string;
  message: () => string;
}

/** A field's value: what the person entered, else its initial value. */
export const valueOf = <V, C>(field: keyof V, def: FieldDef<V, C>, ctx: FieldContext<V, C>): unknown =>
  ctx.values[field] ?? def.initial?.(ctx);

/** The trimmed text of a field ('' for none). */
export const textOf = (value: unknown): string => (typeof value === 'string' ? value.trim() : '');

const isShown = <V, C>(def: FieldDef<V, C>, ctx: FieldContext<V, C>) =>
  (def.shown?.(ctx) ?? true) && (!def.options || def.options(ctx).length > 0);

export const isRequired = <V, C>(def: FieldDef<V, C>, ctx: FieldContext<V, C>): boolean =>
  typeof def.required === 'function' ? def.required(ctx) : def.required === true;

/** The shown fields of a table, in order. */
export function shownFields<V, C, D extends FieldDef<V, C> = FieldDef<V, C>>(
  table: { [K in keyof V]-?: D },
  ctx: FieldContext<V, C>,
): [keyof V & string, D][] {
  return (Object.entries(table) as [keyof V & string, D][]).filter(([, def]) => isShown(def, ctx));
}

/** The values worth keeping in a draft. */
export function draftOf<V, C>(table: FieldTable<V, C>, values: Partial<V>): Record<string, FieldValue> {
  return Object.fromEntries(
    Object.entries(values).filter(([field, value]) => value !== undefined && table[field as keyof V]?.draft !== false),
  ) as Record<string, FieldValue>;
}
