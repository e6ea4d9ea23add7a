import { msg, str } from '@lit/localize';
import type { FieldRulesTable } from '../core/forms/field-table.js';
import { textOf } from '../core/forms/field-table.js';
import { isoDateFromToday } from '../core/forms/fields.js';
import { emailProblem, isInternationalPhone } from '../core/forms/rules.js';
import { resolveText } from '../core/i18n/text.js';
import { longDateFormat } from '../core/i18n/long-date.js';
import type { DelegationConfig } from './delegation-form.data.js';
import type { Ctx, DelegationValues } from './delegation-form.fields.js';
import { hasInterests, leadDays } from './delegation-form.context.js';

/*
 * What the request's fields do after "Send request": their messages, checks,
 * values sent and confirmation rows. Loaded with the sending code
 * (delegation-form.lazy.ts); the fields themselves are delegation-form.fields.ts.
 */

/** A date in the reader's words ("22 November 2030"), or the ISO text when it is not a date. */
export function formatDate(iso: string, locale: string): string {
  const [year, month, day] = iso.split('-').map(Number);
  const date = new Date(Date.UTC(year, month - 1, day, 12));
  return Number.isNaN(date.getTime()) ? iso : longDateFormat(locale).format(date);
}

const isoDate = /^\d{4}-\d{2}-\d{2}$/;
const chosenInterest = ({ config, values }: Ctx) => config.interests.find((entry) => entry.id === values.interest);

export const delegationRules: FieldRulesTable<DelegationValues, DelegationConfig> = {
  institution: { missing: () => msg('Enter the name of the institution') },
  contactName: {
    missing: () => msg('Enter the name of the contact person'),
    row: (ctx) => [msg('Contact person'), textOf(ctx.values.contactName)],
  },
  email: {
    missing: () => msg('Enter an e-mail address'),
    check: emailProblem,
  },
  phone: {
    missing: () => msg('Enter a phone number'),
    check: (value) =>
      isInternationalPhone(value)
        ? undefined
        : msg('Enter a phone number in international form, like +420 123 456 789'),
    send: ({ values }) => textOf(values.phone).replace(/\s+/g, ' '),
  },
  date: {
    missing: () => msg('Enter the requested date'),
    check: (value, ctx) => {
      const earliest = isoDateFromToday(leadDays(ctx));
      // The receiver takes requests up to three years ahead (server/checks.ts): said here in the
      // reader's language, not by the server's English answer.
      const latest = isoDateFromToday(1095);
      if (!isoDate.test(value)) return msg('Enter a real date');
      return value < earliest
        ? msg(str`The requested date must be ${formatDate(earliest, ctx.locale)} or later`)
        : value > latest
          ? msg(str`The requested date must be ${formatDate(latest, ctx.locale)} or earlier`)
          : undefined;
    },
    row: (ctx) => [msg('Requested date'), formatDate(textOf(ctx.values.date), ctx.locale)],
  },
  time: { missing: () => msg('Enter the requested time') },
  interest: {
    missing: () => msg('Choose the main point of interest'),
    send: (ctx) => chosenInterest(ctx)?.id,
    row: false,
  },
  interestText: {
    missing: (ctx) =>
      hasInterests(ctx) ? msg('Describe the main point of interest') : msg('Enter the main point of interest'),
    row: (ctx) => {
      const chosen = chosenInterest(ctx);
      const text = [chosen ? resolveText(chosen.label, ctx.locale) : '', textOf(ctx.values.interestText)];
      return [msg('Main point of interest'), text.filter(Boolean).join(' – ')];
    },
  },
  groupSize: {
    missing: () => msg('Enter the size of the group'),
    check: (value, { config: { groupSize } }) =>
      /^\d+$/.test(value) && Number(value) >= groupSize.min && Number(value) <= groupSize.max
        ? undefined
        : msg(str`Enter the size of the group as a whole number from ${groupSize.min} to ${groupSize.max}`),
    send: ({ values }) => Number(textOf(values.groupSize)),
  },
  consent: {
    missing: () => msg('Agree to the processing of your personal data to send the request'),
    send: () => true,
    row: false,
  },
};
