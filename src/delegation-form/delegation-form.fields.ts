import { msg, str } from '@lit/localize';
import type { FieldContext, FieldTable } from '../core/forms/field-table.js';
import { textOf } from '../core/forms/field-table.js';
import { emailProblem, isInternationalPhone, isoDateFromToday } from '../core/forms/fields.js';
import { plural } from '../core/i18n/localize.js';
import { resolveText } from '../core/i18n/text.js';
import type { DelegationConfig } from './delegation-form.data.js';

/** The fields of a delegation request and their values; the table below describes each. */
export interface DelegationValues {
  institution: string;
  contactName: string;
  email: string;
  phone: string;
  date: string;
  time: string;
  interest: string;
  interestText: string;
  groupSize: string;
  message: string;
  consent: boolean;
}

type Ctx = FieldContext<DelegationValues, DelegationConfig>;

/** Days ahead a visit must be requested (the attribute already applied to the config). */
export const leadDays = ({ config }: Ctx): number => {
  const days = config.minLeadDays ?? 0;
  return Number.isFinite(days) && days > 0 ? Math.floor(days) : 0;
};

/** A date in the reader's words ("22 November 2030"), or the ISO text when it is not a date. */
export function formatDate(iso: string, locale: string): string {
  const [year, month, day] = iso.split('-').map(Number);
  const date = new Date(year, month - 1, day);
  return Number.isNaN(date.getTime()) ? iso : new Intl.DateTimeFormat(locale, { dateStyle: 'long' }).format(date);
}

const isoDate = /^\d{4}-\d{2}-\d{2}$/;
const hasInterests = ({ config }: Ctx) => config.interests.length > 0;
const chosenInterest = ({ config, values }: Ctx) => config.interests.find((entry) => entry.id === values.interest);

export const delegationFields: FieldTable<DelegationValues, DelegationConfig> = {
  institution: {
    type: 'text',
    label: () => msg('Name of the institution'),
    required: true,
    missing: () => msg('Enter the name of the institution'),
    autocomplete: 'organization',
  },
  contactName: {
    type: 'text',
    wrap: 'contact',
    label: () => msg('Name'),
    required: true,
    missing: () => msg('Enter the name of the contact person'),
    autocomplete: 'name',
    row: (ctx) => [msg('Contact person'), textOf(ctx.values.contactName)],
  },
  email: {
    type: 'email',
    wrap: 'contact',
    label: () => msg('E-mail'),
    required: true,
    missing: () => msg('Enter an e-mail address'),
    check: emailProblem,
    autocomplete: 'email',
  },
  phone: {
    type: 'tel',
    wrap: 'contact',
    label: () => msg('Phone'),
    hint: () => msg('In international form, like +420 123 456 789'),
    required: true,
    missing: () => msg('Enter a phone number'),
    check: (value) =>
      isInternationalPhone(value)
        ? undefined
        : msg('Enter a phone number in international form, like +420 123 456 789'),
    send: ({ values }) => textOf(values.phone).replace(/\s+/g, ' '),
    autocomplete: 'tel',
  },
  date: {
    type: 'date',
    wrap: 'when',
    size: 'short',
    label: () => msg('Requested date'),
    hint: (ctx) => {
      const lead = leadDays(ctx);
      return lead > 0
        ? plural(lead, 'lead-days', [lead], {
            one: msg(str`At least ${lead} day in advance`, { id: 'lead-days.one' }),
            other: msg(str`At least ${lead} days in advance`, { id: 'lead-days.other' }),
          })
        : undefined;
    },
    required: true,
    missing: () => msg('Enter the requested date'),
    check: (value, ctx) => {
      const earliest = isoDateFromToday(leadDays(ctx));
      if (!isoDate.test(value)) return msg('Enter a real date');
      return value < earliest
        ? msg(str`The requested date must be ${formatDate(earliest, ctx.locale)} or later`)
        : undefined;
    },
    min: (ctx) => isoDateFromToday(leadDays(ctx)),
    row: (ctx) => [msg('Requested date'), formatDate(textOf(ctx.values.date), ctx.locale)],
  },
  time: {
    type: 'time',
    wrap: 'when',
    size: 'short',
    label: () => msg('Requested time'),
    required: true,
    missing: () => msg('Enter the requested time'),
  },
  interest: {
    type: 'radio',
    label: () => msg('Main point of interest'),
    options: ({ config, locale }) =>
      config.interests.map((entry) => ({ value: entry.id, label: resolveText(entry.label, locale) })),
    required: true,
    missing: () => msg('Choose the main point of interest'),
    send: (ctx) => chosenInterest(ctx)?.id,
    row: false,
  },
  interestText: {
    type: 'textarea',
    label: (ctx) => (hasInterests(ctx) ? msg('Details of your interest') : msg('Main point of interest')),
    hint: ({ config }) =>
      config.interests.some((entry) => entry.id === 'other') ? msg('Required if you choose Other') : undefined,
    required: (ctx) => !hasInterests(ctx) || ctx.values.interest === 'other',
    missing: (ctx) =>
      hasInterests(ctx) ? msg('Describe the main point of interest') : msg('Enter the main point of interest'),
    row: (ctx) => {
      const chosen = chosenInterest(ctx);
      const text = [chosen ? resolveText(chosen.label, ctx.locale) : '', textOf(ctx.values.interestText)];
      return [msg('Main point of interest'), text.filter(Boolean).join(' – ')];
    },
  },
  groupSize: {
    type: 'text',
    size: 'short',
    label: () => msg('Size of the group'),
    hint: ({ config }) => msg(str`Number of people, from ${config.groupSize.min} to ${config.groupSize.max}`),
    required: true,
    missing: () => msg('Enter the size of the group'),
    check: (value, { config: { groupSize } }) =>
      /^\d+$/.test(value) && Number(value) >= groupSize.min && Number(value) <= groupSize.max
        ? undefined
        : msg(str`Enter the size of the group as a whole number from ${groupSize.min} to ${groupSize.max}`),
    send: ({ values }) => Number(textOf(values.groupSize)),
    inputmode: 'numeric',
    autocomplete: 'off',
  },
  message: { type: 'textarea', label: () => msg('Message') },
  consent: {
    type: 'consent',
    label: () => msg('I agree to the processing of my personal data'),
    required: true,
    missing: () => msg('Agree to the processing of your personal data to send the request'),
    send: () => true,
    row: false,
    draft: false,
  },
};
