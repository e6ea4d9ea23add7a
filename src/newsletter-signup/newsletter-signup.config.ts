/** Loaded only when a signup has a JSON configuration: the loader and its checker. */
export { FormConfigController } from '../core/forms/config.js';
export { checkNewsletter as check } from './newsletter-signup.data.js';
