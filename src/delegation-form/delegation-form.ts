import { defineElement } from '../core/define.js';
import { CityDelegationForm } from './delegation-form.element.js';

export { CityDelegationForm };
export type { DelegationConfig, Interest } from './delegation-form.data.js';
export type { SubmitEventDetail, SubmittedEventDetail, SubmitErrorEventDetail } from '../core/forms/form-element.js';

defineElement('city-delegation-form', CityDelegationForm);

declare global {
  interface HTMLElementTagNameMap {
    'city-delegation-form': CityDelegationForm;
  }
}
