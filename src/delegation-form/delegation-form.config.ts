/** Loaded only when a delegation form has a JSON configuration: the loader and its checker. */
export { FormConfigController } from '../core/forms/config.js';
export { checkDelegation as check } from './delegation-form.data.js';
