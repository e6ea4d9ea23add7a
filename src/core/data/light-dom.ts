import { html } from 'lit';
import type { TemplateResult } from 'lit';
import { msg } from '@lit/localize';

/*
 * What an element reads from and shows for its light DOM while it loads, apart
 * from the loading code itself: a form shows these before (or without)
 * loading its configuration.
 */

/** The text of an inline `<script type="application/json">` child, if there is one. */
export function inlineJson(host: Element): string | undefined {
  for (const child of Array.from(host.children)) {
    if (child instanceof HTMLScriptElement && child.type.trim().toLowerCase() === 'application/json') {
      return child.textContent ?? '';
    }
  }
  return undefined;
}

/** Whether the element has light-DOM content to show as a no-JavaScript fallback. */
export function hasFallbackContent(host: Element): boolean {
  return Array.from(host.childNodes).some(
    (node) =>
      (node instanceof Element && !(node instanceof HTMLScriptElement) && !(node instanceof HTMLTemplateElement)) ||
      (node.nodeType === Node.TEXT_NODE && (node.textContent ?? '').trim() !== ''),
  );
}

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
