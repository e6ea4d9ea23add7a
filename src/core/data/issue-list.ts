import { html } from 'lit';
import type { TemplateResult } from 'lit';
import { msg, str } from '@lit/localize';
import { plural } from '../i18n/localize.js';
import type { Issue } from './validate.js';

/*
 * The lists of problems by JSON path: a chunk of their own, asked for only
 * when data has problems, so that no element file carries them.
 */

const shownIssues = 8;

/** Problems by JSON path, the first eight (the console has all): the one printer of issue lists. */
export function renderIssueList(issues: readonly Issue[]): TemplateResult {
  const rest = issues.length - shownIssues;
  const more = plural(rest, 'data-more', [rest], {
    one: msg(str`…and ${rest} more problem (see the browser console).`, { id: 'data-more.one' }),
    other: msg(str`…and ${rest} more problems (see the browser console).`, { id: 'data-more.other' }),
  });
  // prettier-ignore
  return html`<ul class="issue-list">${issues.slice(0, shownIssues).map((issue) => html`<li><code>${issue.path}</code>: ${issue.message}</li>`)}${
    rest > 0 ? html`<li>${more}</li>` : ''}</ul>`;
}

/** Entries skipped from data that was usable otherwise: a sentence (for editors, their count), opening on the list. */
export function renderIssueDetails(issues: readonly Issue[], editor: boolean): TemplateResult {
  const count = issues.length;
  const summary = editor
    ? plural(count, 'data-problems', [count], {
        one: msg(str`${count} problem in the data`, { id: 'data-problems.one' }),
        other: msg(str`${count} problems in the data`, { id: 'data-problems.other' }),
      })
    : msg('Some entries could not be shown.');
  return html`<details part="issues" class="issues">
    <summary>${summary}</summary>
    ${renderIssueList(issues)}
  </details>`;
}
