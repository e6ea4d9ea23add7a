import type { Ctx } from './delegation-form.fields.js';

/*
 * What the form's fields (delegation-form.fields.ts) and their rules, which
 * load with the sending code (delegation-form.rules.ts), both read from a
 * request's context. A module of its own: when the rules imported these from
 * the fields' module, the kit's build (city-network-widgets.js) split core
 * modules out of its file into three small shared chunks: three more requests
 * and some 1 KB more gzip on every page with the kit.
 */

/** Days ahead a visit must be requested (the attribute already applied to the config). */
export const leadDays = ({ config }: Ctx): number => {
  const days = config.minLeadDays ?? 0;
  return Number.isFinite(days) && days > 0 ? Math.floor(days) : 0;
};

/** Whether the configuration names points of interest to choose from. */
export const hasInterests = ({ config }: Ctx): boolean => config.interests.length > 0;
