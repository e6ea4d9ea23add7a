import { msg } from '@lit/localize';
import type { FieldContext, FieldTable } from '../core/forms/field-table.js';
import { resolveLocalized } from '../core/i18n/text.js';
import type { NewsletterConfig } from './newsletter-signup.data.js';

/** The fields of a signup and their values; the table below describes each (their rules: newsletter-signup.rules.ts). */
export interface SignupValues {
  email: string;
  name: string;
  lists: string[];
  consent: boolean;
}

/** The configuration with the element's attributes applied. */
export interface SignupSettings extends NewsletterConfig {
  askName: boolean;
}

type Ctx = FieldContext<SignupValues, SignupSettings>;

export const defaultLists = ({ config }: Ctx) => config.lists.filter((list) => list.default).map((list) => list.id);

export const signupFields: FieldTable<SignupValues, SignupSettings> = {
  email: {
    type: 'email',
    label: () => msg('E-mail address'),
    required: true,
    autocomplete: 'email',
  },
  name: { type: 'text', label: () => msg('Name'), shown: ({ config }) => config.askName, autocomplete: 'name' },
  lists: {
    type: 'checkbox',
    label: () => msg('Newsletters'),
    options: ({ config, locale }) =>
      config.lists.map((list) => ({ value: list.id, ...resolveLocalized(list.label, locale) })),
    initial: defaultLists,
  },
  consent: {
    type: 'consent',
    label: () => msg('I agree to the processing of my e-mail address to receive the newsletter'),
    required: true,
    draft: false,
  },
};
