import { html } from 'lit';
import { msg } from '@lit/localize';
import type { FormHooks } from '../core/forms/sending.js';
import { confirmationTemplate } from '../core/forms/confirmation.js';
import { resolveText } from '../core/i18n/text.js';
import { safeUrl } from '../core/safe-url.js';
import type { CityNewsletterSignup } from './newsletter-signup.element.js';
import type { SignupSettings, SignupValues } from './newsletter-signup.fields.js';
import { signupRules } from './newsletter-signup.rules.js';

/*
 * Loaded apart from the signup, when a person starts on it (sending, proof of
 * consent, the confirmation) or when it has a JSON configuration (its loader
 * and checker): one module, so the shared loading code comes in one piece.
 */
export { FormSender } from '../core/forms/sending.js';
export { FormConfigController } from '../core/forms/config.js';
export { checkNewsletter as check } from './newsletter-signup.data.js';

export const hooks: FormHooks<SignupValues, SignupSettings, CityNewsletterSignup> = {
  rules: signupRules,
  /** Proof of consent: the exact sentence shown, the policy it linked to, and the lists (always an array). */
  extraPayload(element, ctx, table) {
    const privacy = safeUrl(ctx.config.privacyUrl);
    return {
      lists: [],
      consentText: table.consent.label(ctx).replace(/\s+/g, ' ').trim(),
      privacyUrl: privacy && new URL(privacy, element.ownerDocument.baseURI).href,
    };
  },
  fieldNames: (element) => ({
    email: element.fieldEmail ?? '',
    name: element.fieldName ?? '',
    lists: element.fieldLists ?? '',
  }),
  failureMessage: (failure) =>
    'status' in failure && failure.status === 409 ? msg('This address is already subscribed.') : undefined,
  renderSent(element, { config, locale }, { reset }) {
    const message =
      element.successMessage ??
      (resolveText(config.successMessage, locale) || msg('Check your inbox to confirm your subscription.'));
    return confirmationTemplate(msg('Thank you'), html`<p>${message}</p>`, {
      label: msg('Subscribe another address'),
      locale,
      reset,
    });
  },
};
