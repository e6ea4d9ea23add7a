import { msg } from '@lit/localize';
import type { FieldContext, FieldTable } from '../core/forms/field-table.js';
import { emailProblem } from '../core/forms/fields.js';
import { resolveText } from '../core/i18n/text.js';
import type { NewsletterConfig } from './newsletter-signup.data.js';

/** The fields of a signup and their values; the table below describes each. */
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

const defaultLists = ({ config }: Ctx) => config.lists.filter((list) => list.default).map((list) => list.id);

export const signupFields: FieldTable<SignupValues, SignupSettings> = {
  email: {
    type: 'email',
    label: () => msg('E-mail address'),
    required: true,
    missing: () => msg('Enter your e-mail address'),
    check: emailProblem,
    autocomplete: 'email',
  },
  name: { type: 'text', label: () => msg('Name'), shown: ({ config }) => config.askName, autocomplete: 'name' },
  lists: {
    type: 'checkbox',
    label: () => msg('Newsletters'),
    options: ({ config, locale }) =>
      config.lists.map((list) => ({ value: list.id, label: resolveText(list.label, locale) })),
    initial: defaultLists,
    // Only lists the configuration offers; always an array (the receiver's consent record names them).
    send: (ctx) => {
      const chosen = ctx.values.lists ?? defaultLists(ctx);
      return ctx.config.lists.filter((list) => chosen.includes(list.id)).map((list) => list.id);
    },
  },
  consent: {
    type: 'consent',
    label: () => msg('I agree to the processing of my e-mail address to receive the newsletter'),
    required: true,
    missing: () => msg('Agree to the processing of your e-mail address to subscribe'),
    send: () => true,
    draft: false,
  },
};
