import { html, nothing } from 'lit';
import type { TemplateResult } from 'lit';
import { msg, str } from '@lit/localize';
import type { LoadError } from './problems.js';
import { isBusy, isRetryable } from './problems.js';
import type { Issue } from './validate.js';
import type * as IssueListModule from './issue-list.js';
export { renderLoading } from './light-dom.js';

/** The editor's issue lists (issue-list.ts), a chunk loaded when an editor has problems to see. */
export type IssueViews = typeof IssueListModule;

/**
 * The details: which URL answered what (for editors), which JSON path is
 * wrong or what the parser read (for editors with the source's name).
 */
function errorDetail(error: LoadError, editor: boolean, views?: IssueViews): TemplateResult | string {
  const source = editor && error.kind !== 'network' && error.kind !== 'http' ? msg(str`In ${error.source}:`) : '';
  switch (error.kind) {
    case 'network':
      return error.crossOrigin
        ? html`<code>${error.url}</code>`
        : msg(str`No answer from ${error.url}. Check the connection and try again.`);
    case 'http':
      return error.status === 404
        ? msg(str`${error.url} was not found (HTTP 404). Check the address in the src attribute.`)
        : msg(str`${error.url} answered with an error (HTTP ${error.status}).`);
    case 'json':
      return html`${source} <code>${error.message}</code>`;
    case 'invalid':
      return html`${source} ${views?.renderIssueList(error.issues)}`;
  }
}

const editorTitle = (error: LoadError): string =>
  error.kind === 'json'
    ? msg('The data is not valid JSON.')
    : error.kind === 'invalid'
      ? msg('The data does not have the expected format.')
      : msg('The data could not be loaded.');

/**
 * What went wrong and a retry button when retrying can help. Readers get a
 * short, kind sentence; with `editor`, the URL or JSON paths as well.
 * (Templates on one line: their white space would ship in every bundle.)
 */
export function renderError(error: LoadError, editor: boolean, retry?: () => void, views?: IssueViews): TemplateResult {
  const broken = error.kind === 'json' || error.kind === 'invalid';
  const title = editor
    ? editorTitle(error)
    : broken
      ? msg('This content cannot be shown at the moment.')
      : msg('The data could not be loaded.');
  const hint =
    error.kind !== 'network'
      ? error.kind === 'http' && isBusy(error.status)
        ? msg('The server is busy just now. Try again in a moment.')
        : undefined
      : error.timeout
        ? msg('The server is not answering just now. Try again in a moment.')
        : error.crossOrigin
          ? msg('The data is on another website, which may not allow this page to read it.')
          : editor
            ? undefined
            : msg('Check your connection and try again.');
  // Broken data is told with its JSON path (or the parser's words) to readers too: the box shows
  // nothing else, and whoever reports it can say where. URLs and HTTP statuses are for editors.
  // prettier-ignore
  return html`<div part="error" class="error" role="alert"><p class="error-title">${title}</p>${hint ? html`<p class="error-detail">${hint}</p>` : nothing}${editor || broken ? html`<div class="error-detail">${errorDetail(error, editor, views)}</div>` : nothing}${
    retry && isRetryable(error) ? html`<button part="retry-button" class="button" type="button" @click=${retry}>${msg('Try again')}</button>` : nothing}</div>`;
}

/** The element was placed with no data source at all: readers get one sentence, editors the fix. */
export function renderNoSource(tagName: string, editor: boolean): TemplateResult {
  // prettier-ignore
  return html`<div part="error" class="error" role="alert"><p class="error-title">${msg('No data to show.')}</p>${editor
    ? html`<div class="error-detail">${msg(str`Give <${tagName}> a src attribute with the URL of its JSON data, or an inline <script type="application/json">.`)}</div>`
    : nothing}</div>`;
}

/**
 * Data that was usable with parts skipped: the rest is shown, with a sentence
 * for readers (a count for editors) that opens on the problems by JSON path.
 * Until the lists' chunk has come, the sentence alone.
 */
export function renderIssues(issues: Issue[], editor: boolean, views?: IssueViews): TemplateResult {
  return views
    ? views.renderIssueDetails(issues, editor)
    : html`<p part="issues" class="issues">${msg('Some entries could not be shown.')}</p>`;
}

/** An empty list says so in a sentence. */
export function renderEmpty(text: string): TemplateResult {
  return html`<p part="empty" class="empty">${text}</p>`;
}
