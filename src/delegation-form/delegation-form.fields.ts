import { msg, str } from '@lit/localize';
import type { FieldContext, FieldTable } from '../core/forms/field-table.js';
import { isoDateFromToday } from '../core/forms/fields.js';
import { pluralByIntl } from '../core/i18n/localize.js';
import { resolveLocalized } from '../core/i18n/text.js';
import { hasInterests, leadDays } from './delegation-form.context.js';
import type { DelegationConfig } from './delegation-form.data.js';

/** The fields of a delegation request and their values; the table below describes each (their rules: delegation-form.rules.ts). */
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

export type Ctx = FieldContext<DelegationValues, DelegationConfig>;

export const delegationFields: FieldTable<DelegationValues, DelegationConfig> = {
  institution: {
    type: 'text',
    label: () => msg('Name of the institution'),
    required: true,
    autocomplete: 'organization',
  },
  contactName: {
    type: 'text',
    wrap: 'contact',
    label: () => msg('Name'),
    required: true,
    autocomplete: 'name',
  },
  email: {
    type: 'email',
    wrap: 'contact',
    label: () => msg('E-mail'),
    required: true,
    autocomplete: 'email',
  },
  phone: {
    type: 'tel',
    wrap: 'contact',
    label: () => msg('Phone'),
    hint: () => msg('In international form, like +420 123 456 789'),
    required: true,
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
        ? pluralByIntl(lead, 'lead-days', [lead], {
            one: msg(str`At least ${lead} day in advance`, { id: 'lead-days.one' }),
            other: msg(str`At least ${lead} days in advance`, { id: 'lead-days.other' }),
          })
        : undefined;
    },
    required: true,
    min: (ctx) => isoDateFromToday(leadDays(ctx)),
  },
  time: {
    type: 'time',
    wrap: 'when',
    size: 'short',
    label: () => msg('Requested time'),
    required: true,
  },
  interest: {
    type: 'radio',
    label: () => msg('Main point of interest'),
    options: ({ config, locale }) =>
      config.interests.map((entry) => ({ value: entry.id, ...resolveLocalized(entry.label, locale) })),
    required: true,
  },
  interestText: {
    type: 'textarea',
    label: (ctx) => (hasInterests(ctx) ? msg('Details of your interest') : msg('Main point of interest')),
    hint: ({ config }) =>
      config.interests.some((entry) => entry.id === 'other') ? msg('Required if you choose Other') : undefined,
    required: (ctx) => !hasInterests(ctx) || ctx.values.interest === 'other',
  },
  groupSize: {
    type: 'text',
    size: 'short',
    label: () => msg('Size of the group'),
    hint: ({ config }) => msg(str`Number of people, from ${config.groupSize.min} to ${config.groupSize.max}`),
    required: true,
    inputmode: 'numeric',
    autocomplete: 'off',
  },
  message: { type: 'textarea', label: () => msg('Message') },
  consent: {
    type: 'consent',
    label: () => msg('I agree to the processing of my personal data'),
    required: true,
    draft: false,
  },
};
