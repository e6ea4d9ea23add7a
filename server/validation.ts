// Request bodies are checked against the same JSON Schemas the widgets and the
// `validate` command use (schemas/*.schema.json); Ajv's errors become the
// 422 body's { field, message } list, one entry per field.
import { readFileSync } from 'node:fs';
import { Ajv2020 } from 'ajv/dist/2020.js';
import type { ErrorObject, ValidateFunction } from 'ajv';
import { schemaFolder } from './paths.js';

export interface FieldError {
  field: string;
  message: string;
}

export type Body = Record<string, unknown>;

const ajv = new Ajv2020({ allErrors: true, strict: false });

function compile(name: string): ValidateFunction {
  return ajv.compile(JSON.parse(readFileSync(new URL(name, schemaFolder), 'utf8')) as object);
}

export const validators = {
  delegation: compile('delegation-request.schema.json'),
  newsletter: compile('newsletter-signup.schema.json'),
};

function fieldOf(error: ErrorObject): string {
  if (error.keyword === 'required') return String(error.params.missingProperty);
  if (error.keyword === 'additionalProperties') return String(error.params.additionalProperty);
  return error.instancePath.split('/')[1] ?? '';
}

function messageOf(error: ErrorObject): string {
  switch (error.keyword) {
    case 'required':
      return 'This field is required.';
    case 'additionalProperties':
      return 'This field is not part of the form.';
    case 'maxLength':
      return `This is too long: at most ${String(error.params.limit)} characters.`;
    case 'maxItems':
      return `Too many entries: at most ${String(error.params.limit)}.`;
    case 'minLength':
      return 'This field is required.';
    default:
      return 'This value is not valid.';
  }
}

/** One error per field, the most telling first (a length limit before a oneOf summary). */
export function fieldErrors(errors: ErrorObject[] | null | undefined): FieldError[] {
  const byField = new Map<string, FieldError>();
  const ranked = [...(errors ?? [])].sort((a, b) => rank(a) - rank(b));
  for (const error of ranked) {
    // anyOf [interest | interestText]: both missing reads as "interest is required".
    const field = error.schemaPath.startsWith('#/anyOf') ? 'interest' : fieldOf(error) || 'request';
    if (!byField.has(field)) byField.set(field, { field, message: messageOf(error) });
  }
  return [...byField.values()];
}

function rank(error: ErrorObject): number {
  return ['oneOf', 'anyOf', 'const', 'type'].includes(error.keyword) ? 1 : 0;
}

/** Numbers a form-encoded body (or a lax client's JSON) carries as text. */
const numberFields = ['groupSize', 'fillMs'];

/**
 * Checked as the numbers they stand for, so "9999" meets the same range as 9999 (the schemas'
 * text form allows more digits than the range). Text that is not a plain whole number stays text
 * and meets the schema's pattern.
 */
function numbersAsNumbers(body: Body): Body {
  const result = { ...body };
  for (const field of numberFields) {
    const value = result[field];
    if (typeof value === 'string' && /^(0|[1-9][0-9]{0,14})$/.test(value)) result[field] = Number(value);
  }
  return result;
}

export function validate(kind: keyof typeof validators, body: Body): FieldError[] {
  const check = validators[kind];
  return check(numbersAsNumbers(body)) ? [] : fieldErrors(check.errors);
}
