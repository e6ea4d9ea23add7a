import { msg } from '@lit/localize';
import type { FieldRulesTable } from '../core/forms/field-table.js';
import { emailProblem } from '../core/forms/rules.js';
import type { SignupSettings, SignupValues } from './newsletter-signup.fields.js';
import { defaultLists } from './newsletter-signup.fields.js';

/** What the signup's fields do after "Subscribe": loaded with the sending code (newsletter-signup.lazy.ts). */
export const signupRules: FieldRulesTable<SignupValues, SignupSettings> = {
  email: {
    missing: () => msg('Enter your e-mail address'),
    check: emailProblem,
  },
  lists: {
    // Only lists the configuration offers; always an array (the receiver's consent record names them).
    send: (ctx) => {
      const chosen = ctx.values.lists ?? defaultLists(ctx);
      return ctx.config.lists.filter((list) => chosen.includes(list.id)).map((list) => list.id);
    },
  },
  consent: {
    missing: () => msg('Agree to the processing of your e-mail address to subscribe'),
    send: () => true,
  },
};
