import { defineElement } from '../core/define.js';
import { CityNewsletterSignup } from './newsletter-signup.element.js';

export { CityNewsletterSignup };
export type { SignupVariant } from './newsletter-signup.element.js';
export type { NewsletterConfig, NewsletterList } from './newsletter-signup.data.js';
export type { SubmitEventDetail, SubmittedEventDetail, SubmitErrorEventDetail } from '../core/forms/form-element.js';

defineElement('city-newsletter-signup', CityNewsletterSignup);

declare global {
  interface HTMLElementTagNameMap {
    'city-newsletter-signup': CityNewsletterSignup;
  }
}
