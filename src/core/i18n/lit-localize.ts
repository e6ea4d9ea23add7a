/*
 * The two functions the widgets take from @lit/localize, for the script-tag
 * build (vite.config.ts resolves `@lit/localize` here). The package's own
 * entry also evaluates its `configureLocalization` module, which keeps the
 * whole lookup (and its message hash) in every file, while the widgets find
 * translations in code that loads with a language other than English
 * (lookup.ts). Sources import `@lit/localize` as usual, so `lit-localize
 * extract` finds every msg().
 */
export { msg } from '@lit/localize/init/install.js';
export { str } from '@lit/localize/internal/str-tag.js';
