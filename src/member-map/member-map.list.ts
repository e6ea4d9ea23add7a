import { html, nothing, render } from 'lit';
import type { TemplateResult } from 'lit';
import { guard } from 'lit/directives/guard.js';
import { msg, str } from '@lit/localize';
import { resolveText } from '../core/i18n/text.js';
import { isPlaced } from './member-map.data.js';
import type { Member } from './member-map.data.js';
import { formatNumber } from '../core/i18n/numbers.js';
import type { CountryGroup, ListedMember } from './member-list.js';
import { positionIn } from './member-list.js';
import type { SearchController } from './search.js';
import { always } from './progressive.js';

/** What the list panel shows; keys are member ids in lower case. */
export interface ListView {
  groups: readonly CountryGroup[];
  /** The groups with only the members that match the search and the country. */
  visible: readonly CountryGroup[];
  /** Every member by lower-case id. */
  index: ReadonlyMap<string, ListedMember>;
  /** How many of the visible rows to render now (the rest follow in later tasks). */
  rows: number;
  query: string;
  country: string;
  /** "Cities shown: 3 of 17" once the reader has searched or filtered, else ''. */
  showing: string;
  selected?: string;
  /** The city hovered or focused, on the map or in the list. */
  active?: string;
  /** Id of the city that holds the list's one tab stop. */
  tabStop?: string;
  highlighted: ReadonlySet<string>;
  headingLevel: number;
  locale: string;
}

/** The element's handlers, bound in the template (none is attached by hand). */
export interface ListHandlers {
  /** The search field's, the country select's and "Show all cities". */
  filters: Pick<SearchController, 'search' | 'searchKey' | 'countryChange' | 'clear'>;
  listClick: (event: Event) => void;
  focusIn: (event: FocusEvent) => void;
  keyDown: (event: KeyboardEvent) => void;
  pointer: (event: PointerEvent | FocusEvent) => void;
  /** "Show more cities": the next rows of a long list, the first of them focused. */
  more: () => void;
}

function renderRow(view: ListView, { member, name, key }: ListedMember): TemplateResult {
  const isSelected = key === view.selected;
  const isTabStop = member.id === view.tabStop;
  const highlighted = view.highlighted.has(key);
  return html`<li class="row">
    <button
      part="city"
      type="button"
      class="city${member.founding ? ' founding' : ''}${highlighted ? ' highlighted' : ''}"
      data-id=${member.id}
      ?data-active=${key === view.active}
      tabindex=${isTabStop ? 0 : -1}
      aria-pressed=${isSelected ? 'true' : 'false'}
      aria-describedby=${isTabStop ? 'list-hint' : nothing}
    >
      <span class="city-name">${name}</span>
      ${highlighted ? html`<span part="highlighted" class="tag">${msg('highlighted')}</span>` : nothing}
      ${member.founding ? html`<span part="founding" class="tag">${msg('founding member')}</span>` : nothing}
      ${isPlaced(member) ? nothing : html`<span class="tag unplaced">${msg('not on the map')}</span>`}
      ${member.joined !== undefined ? html`<span part="joined" class="joined">${msg(str`since ${member.joined}`)}</span>` : nothing}
    </button>
    ${
      isSelected && (member.note || member.url)
        ? html`<p part="details" class="details">
            ${member.note ? resolveText(member.note, view.locale) : nothing}
            ${member.url ? html`<a href=${member.url}>${msg(str`Website of ${name}`)}</a>` : nothing}
          </p>`
        : nothing
    }
  </li>`;
}

/** Rows per block of a country's rows (see renderRows). */
const rowsPerBlock = 50;
/**
 * A country's first `count` rows in blocks, each re-rendered only when
 * something in it changed: a step of the list (or the reader's move) renders
 * one block again, not every row of the country, which in a country of
 * thousands of cities made each step longer than the last.
 */
function renderRows(view: ListView, group: CountryGroup, count: number, keys: (string | undefined)[]): unknown[] {
  const blocks: unknown[] = [];
  for (let start = 0; start < count; start += rowsPerBlock) {
    const end = Math.min(start + rowsPerBlock, count);
    // `keys` are only those of this country (see renderGroups): a lookup in its rows that, the first
    // time, maps the country's every row (hundreds, in a step of a few rows) is made only for them.
    const at = (key: string | undefined) => {
      const position = key ? positionIn(group, key) : -1;
      return position >= start && position < end ? key : undefined;
    };
    const deps = [group, end, ...keys.map(at)];
    blocks.push(
      guard([...deps, view.highlighted, view.locale], () =>
        group.members.slice(start, end).map((entry) => renderRow(view, entry)),
      ),
    );
  }
  return blocks;
}

/** The countries with their first `view.rows` rows; a country is re-rendered only when something in it changed. */
function renderGroups(view: ListView): TemplateResult[] {
  let left = view.rows;
  const result: TemplateResult[] = [];
  for (const group of view.visible) {
    if (left <= 0) break;
    const count = Math.min(left, group.members.length);
    left -= count;
    // The chosen, the pointed-at and the tab stop's city, where they are in this country.
    const has = (key: string | undefined) =>
      key && view.index.get(key)?.member.country === group.code ? key : undefined;
    const keys = [has(view.selected), has(view.active), has(view.tabStop?.toLowerCase())];
    const deps = [group, count, ...keys, view.highlighted];
    result.push(
      guard(
        [...deps, view.headingLevel, view.locale],
        () =>
          html`<li class="group">
            <span
              part="country-name"
              class="country-name"
              role="heading"
              aria-level=${view.headingLevel}
              id="country-${group.code}"
              >${group.name}</span
            >
            <ul class="cities" aria-labelledby="country-${group.code}">
              ${renderRows(view, group, count, keys)}
            </ul>
          </li>`,
      ) as TemplateResult,
    );
  }
  return result;
}

/**
 * Under a list longer than `always`, which holds only the rows near the screen (a
 * shorter one is soon whole, see progressive.ts): how far it goes
 * and a button for the next rows. Scrolling brings them too, but a screen
 * reader's browse mode, find-in-page and a keyboard outside the list would
 * otherwise not know that more cities follow.
 */
function renderMore(rows: number, shown: number, on: ListHandlers): TemplateResult {
  const listed = msg(str`Listed so far: ${formatNumber(rows)} of ${formatNumber(shown)}`, {
    id: 'member-map-listed-so-far',
  });
  return html`<p part="more" class="more-rows">
    <span>${listed}</span>
    <button part="more-button" class="button secondary" type="button" @click=${on.more}>
      ${msg('Show more cities')}
    </button>
  </p>`;
}

/** Search, country filter, the result line, the keyboard hint and the list grouped by country. */
export function renderList(view: ListView, on: ListHandlers): TemplateResult {
  const shown = view.visible.reduce((sum, group) => sum + group.members.length, 0);
  return html`<div part="list-panel" class="list-panel">
    <div class="controls">
      <label class="field">
        <span class="field-label">${msg('Search cities')}</span>
        <input
          part="search"
          type="search"
          autocomplete="off"
          .value=${view.query}
          @input=${on.filters.search}
          @keydown=${on.filters.searchKey}
        />
      </label>
      <label class="field">
        <span class="field-label">${msg('Country')}</span>
        <select part="country-filter" @change=${on.filters.countryChange}>
          <option value="" ?selected=${view.country === ''}>${msg('All countries')}</option>
          ${view.groups.map(
            (group) =>
              html`<option value=${group.code} ?selected=${view.country === group.code}>
                ${group.name} (${formatNumber(group.members.length)})
              </option>`,
          )}
        </select>
      </label>
    </div>
    <p part="results" class="results" role="status">${view.showing}</p>
    ${
      shown === 0
        ? html`<div class="no-match">
            <p>${msg('No city matches the search.')}</p>
            <button class="button secondary" type="button" @click=${on.filters.clear}>${msg('Show all cities')}</button>
          </div>`
        : html`<p part="hint" class="hint" id="list-hint">
            ${msg('In the list, the arrow keys move between cities; Enter or Space chooses one.')}
          </p>`
    }
    <ul
      part="list"
      class="groups${shown > always ? ' large' : ''}"
      aria-label=${msg('Member cities')}
      ?hidden=${shown === 0}
      @click=${on.listClick}
      @focusin=${on.focusIn}
      @focusout=${on.pointer}
      @pointerover=${on.pointer}
      @pointerout=${on.pointer}
      @keydown=${on.keyDown}
    >
      ${renderGroups(view)} ${view.rows < shown ? html`<li class="more" aria-hidden="true"></li>` : nothing}
    </ul>
    ${shown > always && view.rows > 0 && view.rows < shown ? renderMore(view.rows, shown, on) : nothing}
  </div>`;
}

/**
 * Renders a list of one city, with every kind of tag and its details, into a
 * fragment that is never shown, in two steps: the panel without rows, then
 * with its row. Lit prepares each template the first time it renders, and
 * the browser compiles the list's code the first time it runs: in the first
 * render of a long list's panel together that took 30-45 ms on a slow phone
 * (4× CPU), near a long task. Each step is run in a task of its own while the
 * list waits; the first render then only clones what is prepared.
 */
export function listTemplateSteps(on: ListHandlers, headingLevel: number, locale: string): (() => void)[] {
  const member: Member = { id: '-', city: '-', country: '-', founding: true, joined: 0, url: '#', note: '-' };
  const group = { code: '-', name: '-', members: [{ member, name: '-', key: '-' }] } as CountryGroup;
  return [0, 1].map((rows) => () => {
    const view = { groups: [group], visible: [group], index: new Map(), rows, selected: '-', headingLevel, locale };
    render(
      renderList({ ...view, highlighted: new Set(['-']) } as unknown as ListView, on),
      document.createDocumentFragment(),
    );
  });
}
