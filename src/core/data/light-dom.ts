import { html } from 'lit';
import type { TemplateResult } from 'lit';
import { msg } from '@lit/localize';

/*
 * What an element shows for its light DOM while it loads, apart from the
 * loading code itself: a form shows these before (or without) loading its
 * configuration.
 */
export { hasFallbackContent, inlineJson } from './inline.js';

/**
 * Loading without a word: the element's light-DOM fallback when it has one,
 * else an empty box that holds the skeleton's height (for the first moment of
 * loading, and while the widget's texts in its language are on their way).
 */
export const renderHeld = (hasFallback: boolean): TemplateResult =>
  hasFallback
    ? html`<div part="loading" class="loading" aria-busy="true"><slot></slot></div>`
    : html`<div part="loading" class="loading skeleton" aria-busy="true"></div>`;

/**
 * Loading: the element's light-DOM fallback when it has one (it stays visible
 * until the widget has rendered), else a skeleton that reserves the height.
 */
export function renderLoading(hasFallback: boolean, lines: number): TemplateResult {
  if (hasFallback) return renderHeld(true);
  // prettier-ignore
  return html`<div part="loading" class="loading skeleton" role="status" aria-busy="true"><span class="visually-hidden">${msg('Loading…')}</span>${
    Array.from({ length: lines }, () => html`<span class="skeleton-line" aria-hidden="true"></span>`)}</div>`;
}
