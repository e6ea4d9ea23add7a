import { html, nothing } from 'lit';
import type { TemplateResult } from 'lit';
import { msg, str } from '@lit/localize';
import type { LoadError } from './source.js';
import { isRetryable } from './source.js';
import type { Issue } from './validate.js';
import { plural } from '../i18n/localize.js';

const shownIssues = 8;

function renderIssueList(issues: Issue[]): TemplateResult {
  const rest = issues.length - shownIssues;
  const more = plural(rest, {
    one: msg(str`…and ${rest} more problem (see the browser console).`, { id: 'data-more.one' }),
    few: msg(str`…and ${rest} more problems (see the browser console).`, { id: 'data-more.few' }),
    many: msg(str`…and ${rest} more problems (see the browser console).`, { id: 'data-more.many' }),
    two: msg(str`…and ${rest} more problems (see the browser console).`, { id: 'data-more.two' }),
    other: msg(str`…and ${rest} more problems (see the browser console).`, { id: 'data-more.other' }),
  });
  return html`<ul class="issue-list">
    ${issues.slice(0, shownIssues).map((issue) => html`<li><code>${issue.path}</code>: ${issue.message}</li>`)}
    ${rest > 0 ? html`<li>${more}</li>` : nothing}
  </ul>`;
}

/**
 * Loading: the element's light-DOM fallback when it has one (it stays visible
 * until the widget has rendered), else a skeleton that reserves the height.
 */
export function renderLoading(hasFallback: boolean, lines: number): TemplateResult {
  if (hasFallback) {
    return html`<div part="loading" class="loading" aria-busy="true"><slot></slot></div>`;
  }
  return html`<div part="loading" class="loading skeleton" role="status" aria-busy="true">
    <span class="visually-hidden">${msg('Loading…')}</span>
    ${Array.from({ length: lines }, () => html`<span class="skeleton-line" aria-hidden="true"></span>`)}
  </div>`;
}

/** What went wrong, where (URL or JSON path), and a retry button when retrying can help. */
export function renderError(error: LoadError, retry: (() => void) | undefined): TemplateResult {
  let title: string;
  let detail: TemplateResult | string | typeof nothing = nothing;
  switch (error.kind) {
    case 'network':
      title = msg('The data could not be loaded.');
      detail = msg(str`No answer from ${error.url}. Check the connection and try again.`);
      break;
    case 'http':
      title = msg('The data could not be loaded.');
      detail =
        error.status === 404
          ? msg(str`${error.url} was not found (HTTP 404). Check the address in the src attribute.`)
          : msg(str`${error.url} answered with an error (HTTP ${error.status}).`);
      break;
    case 'json':
      title = msg('The data is not valid JSON.');
      detail = html`${msg(str`In ${error.source}:`)} <code>${error.message}</code>`;
      break;
    case 'invalid':
      title = msg('The data does not have the expected format.');
      detail = html`${msg(str`In ${error.source}:`)} ${renderIssueList(error.issues)}`;
      break;
  }
  return html`<div part="error" class="error" role="alert">
    <p class="error-title">${title}</p>
    <div class="error-detail">${detail}</div>
    ${
      retry && isRetryable(error)
        ? html`<button part="retry-button" class="button" type="button" @click=${retry}>${msg('Try again')}</button>`
        : nothing
    }
  </div>`;
}

/** The element was placed with no data source at all. */
export function renderNoSource(tagName: string): TemplateResult {
  return html`<div part="error" class="error" role="alert">
    <p class="error-title">${msg('No data to show.')}</p>
    <div class="error-detail">
      ${msg(str`Give <${tagName}> a src attribute with the URL of its JSON data, or an inline <script type="application/json">.`)}
    </div>
  </div>`;
}

/** Data that was usable, but with parts skipped: say what and where, without hiding the rest. */
export function renderIssues(issues: Issue[]): TemplateResult | typeof nothing {
  if (issues.length === 0) return nothing;
  const count = issues.length;
  return html`<details part="issues" class="issues">
    <summary>
      ${plural(count, {
        one: msg(str`${count} problem in the data`, { id: 'data-problems.one' }),
        few: msg(str`${count} problems in the data`, { id: 'data-problems.few' }),
        many: msg(str`${count} problems in the data`, { id: 'data-problems.many' }),
        two: msg(str`${count} problems in the data`, { id: 'data-problems.two' }),
        other: msg(str`${count} problems in the data`, { id: 'data-problems.other' }),
      })}
    </summary>
    ${renderIssueList(issues)}
  </details>`;
}

/** An empty list says so in a sentence. */
export function renderEmpty(text: string): TemplateResult {
  return html`<p part="empty" class="empty">${text}</p>`;
}
