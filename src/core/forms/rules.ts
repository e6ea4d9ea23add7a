import { msg } from '@lit/localize';
import type {
  FieldContext,
  FieldRulesTable,
  FieldTable,
  PayloadValue,
  SendingField,
  SendingTable,
} from './field-table.js';
import { shownFields, textOf, valueOf } from './field-table.js';
import type { Payload } from './submit.js';

/*
 * What the fields do after "Send": their rules merged into the table, the
 * values sent, and the checks the rules share. Loaded with the sending code,
 * never with the form (field-table.ts describes what the form shows).
 */

/** The table with each field's rules added, as the sending code reads it. */
export function withRules<V, C>(table: FieldTable<V, C>, rules: FieldRulesTable<V, C>): SendingTable<V, C> {
  return Object.fromEntries(
    Object.entries(table).map(([field, def]) => [field, { ...(def as object), ...rules[field as keyof V] }]),
  ) as SendingTable<V, C>;
}

/** The value a field sends (the trimmed text by default, nothing when empty). */
export const sentValue = <V, C>(def: SendingField<V, C>, field: keyof V, ctx: FieldContext<V, C>): PayloadValue =>
  def.send ? def.send(ctx) : textOf(valueOf(field, def, ctx)) || undefined;

/** The values to send, by field name. */
export function payloadOf<V, C>(table: SendingTable<V, C>, ctx: FieldContext<V, C>): Payload {
  return Object.fromEntries(shownFields(table, ctx).map(([field, def]) => [field, sentValue(def, field, ctx)]));
}

const invisible = /[\p{Cf}\p{Cc}]/u;

/**
 * An e-mail address of the usual shape (the server has the last word): no empty part between dots,
 * no domain part that starts or ends with "-" (".a@c.cz" and "a@-c.cz" were sent, and mail servers
 * refused them, so the person never got a reply). An invisible character (a zero-width space pasted
 * with it) makes it none, as the receiver says too. The request schemas hold the same pattern.
 */
export const isEmail = (value: string): boolean =>
  /^[^\s@.]+(\.[^\s@.]+)*@[^\s@.-]([^\s@.]*[^\s@.-])?(\.[^\s@.-]([^\s@.]*[^\s@.-])?)+$/.test(value) &&
  !invisible.test(value);

/** What is wrong with an e-mail address, for its field's error; undefined when nothing. */
export function emailProblem(value: string): string | undefined {
  if (isEmail(value)) return undefined;
  // It looks right on screen: say what to do about it.
  return invisible.test(value)
    ? msg('This e-mail address contains an invisible character (such as a zero-width space): type it again.')
    : msg('Enter an e-mail address in the correct format, like name@example.org');
}

/** A phone number in international form: `+`, country code, digits; spaces allowed. */
export const isInternationalPhone = (value: string): boolean => /^\+[1-9]\d{6,14}$/.test(value.replace(/ /g, ''));
