import { html, nothing } from 'lit';
import { msg, str } from '@lit/localize';
import type { FieldContext } from '../core/forms/field-table.js';
import { textOf } from '../core/forms/field-table.js';
import type { FormHooks } from '../core/forms/sending.js';
import { confirmationTemplate } from '../core/forms/confirmation.js';
import { mailtoUrl } from '../core/forms/submit.js';
import { refusesForms } from '../core/forms/failure.js';
import type { DelegationConfig } from './delegation-form.data.js';
import type { DelegationValues } from './delegation-form.fields.js';
import { delegationRules } from './delegation-form.rules.js';

/*
 * Loaded apart from the form, when a person starts on it (sending, the e-mail
 * fallback, the confirmation) or when it has a JSON configuration (its loader
 * and checker): one module, so the shared loading code comes in one piece.
 */
export { FormSender } from '../core/forms/sending.js';
export { FormConfigController } from '../core/forms/config.js';
export { checkDelegation as check } from './delegation-form.data.js';

type Ctx = FieldContext<DelegationValues, DelegationConfig>;

/** The request as an e-mail to `contactEmail`, when there is no `action`. */
function mailto(ctx: Ctx, rows: [string, string][]): string | undefined {
  const to = ctx.config.contactEmail;
  if (!to) return undefined;
  const body = [msg('Request for a delegation visit'), '', ...rows.map(([label, value]) => `${label}: ${value}`)];
  const institution = textOf(ctx.values.institution);
  return mailtoUrl(to, msg(str`Delegation visit request: ${institution}`), body.join('\n'));
}

export const hooks: FormHooks<DelegationValues, DelegationConfig> = {
  rules: delegationRules,
  mailto,
  // An address that refuses the form: the office's own e-mail address is another way to it.
  failureMessage: (failure, ctx) => {
    const email = ctx?.config.contactEmail;
    return email && refusesForms(failure)
      ? msg(
          str`The form could not be delivered: its address refused it (HTTP ${failure.status}). Your entries are kept; you can write to ${email} instead.`,
        )
      : undefined;
  },
  renderSent(_element, ctx, { rows, status, reference, payload, reset }) {
    const link = status === 0 ? mailto(ctx, rows) : undefined;
    const summary = html`<dl part="summary" class="summary">
      ${rows.map(
        ([label, value]) =>
          html`<dt>${label}</dt>
            <dd>${value}</dd>`,
      )}
    </dl>`;
    const content = link
      ? html`<p>${msg('Your e-mail program should open with the request. If it did not, use this link:')}</p>
          <p>
            <a part="mailto-link" href=${link}>${msg(str`Send the request by e-mail to ${ctx.config.contactEmail}`)}</a>
          </p>
          ${summary}`
      : html`${reference ? html`<p part="reference" class="reference">${msg(str`Your reference is ${reference}`)}</p>` : nothing}
          <p>${msg(str`Thank you. We have received your request and will reply to ${String(payload.email)}.`)}</p>
          ${summary}`;
    return confirmationTemplate(link ? msg('Your request is ready to send') : msg('Request sent'), content, {
      label: msg('Send another request'),
      locale: ctx.locale,
      reset,
    });
  },
};
