import { html } from 'lit';
import type { TemplateResult } from 'lit';
import { msg, str } from '@lit/localize';
import type { Issue } from './validate.js';

/*
 * The lists of problems by JSON path: a chunk of their own, asked for only
 * when data has problems, so that no element file carries them.
 */

const shownIssues = 8;

/** Problems by JSON path, the first eight (the console has all): the one printer of issue lists. */
export function renderIssueList(issues: readonly Issue[]): TemplateResult {
  // Sentences without a count's plural: the plural rules live in the lists' chunks, and shared
  // with this one they became a chunk of their own, a round trip after the list's code.
  // prettier-ignore
  return html`<ul class="issue-list">${issues.slice(0, shownIssues).map((issue) => html`<li><code>${issue.path}</code>: ${issue.message}</li>`)}${
    issues.length > shownIssues ? html`<li>${msg('…and more: see the browser console.')}</li>` : ''}</ul>`;
}

/** Entries skipped from data that was usable otherwise: a sentence (for editors, their count), opening on the list. */
export function renderIssueDetails(issues: readonly Issue[], editor: boolean): TemplateResult {
  const summary = editor ? msg(str`Problems in the data: ${issues.length}`) : msg('Some entries could not be shown.');
  return html`<details part="issues" class="issues">
    <summary>${summary}</summary>
    ${renderIssueList(issues)}
  </details>`;
}
