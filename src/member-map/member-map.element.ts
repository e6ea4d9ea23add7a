import { html, nothing } from 'lit';
import type { PropertyValues, TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { msg, str } from '@lit/localize';
import { CityDataElement } from '../core/data/data-element.js';
import { warnOnce } from '../core/element.js';
import { formatNumber, plural } from '../core/i18n/localize.js';
import { resolveText } from '../core/i18n/text.js';
import type { Checked } from '../core/data/validate.js';
import { baseStyles, tokens } from '../core/styles/tokens.css.js';
import type { Member, MembersData } from './member-map.data.js';
import { checkMembers, isPlaced } from './member-map.data.js';
import type { CountryGroup } from './member-list.js';
import { filterGroups, groupMembers } from './member-list.js';
import type { GeometryState } from './member-map.svg.js';
import { renderMapSvg } from './member-map.svg.js';

import type * as MapCode from './member-map.map.js';

type MapModule = typeof MapCode;
import { styles } from './member-map.styles.js';

export type MemberMapView = 'both' | 'map' | 'list';
const views: readonly MemberMapView[] = ['both', 'map', 'list'];

/** Detail of `city-member-select`. */
export interface MemberSelectDetail {
  id: string;
  member: Member;
}

/**
 * @customElement city-member-map
 * @summary Member cities on an offline SVG map of Europe beside an accessible
 * list grouped by country, with counts, a search box and a country filter.
 * The list is the accessible equivalent of the map: markers are hidden from
 * assistive technology, the map is one image with a text alternative.
 *
 * @slot - No-JavaScript fallback, shown until the data has loaded.
 *
 * @event city-member-select - A city was chosen (click or Enter in the list, click on the map). `detail`: `{ id, member }`.
 * @event city-load - The data was loaded and checked. `detail.source` is the URL, `inline` or `property`.
 * @event city-error - The data could not be loaded or is unusable. `detail`: `{ source, status?, message }`.
 *
 * @csspart base - The outer box.
 * @csspart counts - "17 of 34 member cities in 6 of 13 countries".
 * @csspart map - The map's box (its height is `height`).
 * @csspart map-svg - The map's SVG image.
 * @csspart country - A country outline; member countries also carry `member-country`.
 * @csspart marker - A city marker; founding members also carry `founding`, emphasised ones `highlighted`, the chosen one `selected`.
 * @csspart marker-label - A city name on the map (`marker-labels`, and the chosen city).
 * @csspart legend - The key to the marker shapes.
 * @csspart map-status - "Loading the map…" or why the outlines are missing.
 * @csspart list-panel - The search, filter and list.
 * @csspart search - The search field.
 * @csspart country-filter - The country select.
 * @csspart results - "Cities shown: 3 of 17" while filtering.
 * @csspart list - The list of countries.
 * @csspart country-name - A country's name above its cities.
 * @csspart city - A city's button.
 * @csspart founding - The "founding member" mark.
 * @csspart joined - The year a city joined.
 * @csspart details - Note and website of the chosen city.
 * @csspart loading - The loading placeholder.
 * @csspart error - An error message.
 * @csspart retry-button - The button that reloads after a network error.
 * @csspart empty - The message shown when there are no members.
 * @csspart issues - The list of problems in the data (members skipped or not placed).
 *
 * @cssproperty [--city-member-map-height=26em] Height of the map (the `height` attribute sets it too).
 * @cssproperty [--city-member-map-sea=color-mix(accent 7%, surface)] Background of the map.
 * @cssproperty [--city-member-map-land=subtle] Countries without members.
 * @cssproperty [--city-member-map-member-land=color-mix(accent 22%, surface)] Countries with members.
 * @cssproperty [--city-member-map-marker=accent] Markers of members.
 * @cssproperty [--city-member-map-founding=#a3400b] Markers of founding members (dark: #ffb870).
 */
export class CityMemberMap extends CityDataElement<MembersData> {
  static override styles = [tokens, baseStyles, styles];

  /** What to show: `both` (map beside the list; stacked when narrow), `map` or `list` (no geometry is loaded). */
  @property({ reflect: true }) view: MemberMapView = 'both';

  /** Comma-separated ids of members to emphasise, e.g. the embedding city: `brno,opava`. */
  @property() highlight = '';

  /** Height of the map as a CSS length (`30em`, `400px`; a bare number is pixels). */
  @property() height?: string;

  /** Shows every city's name beside its marker (the chosen city is always named). */
  @property({ type: Boolean, attribute: 'marker-labels' }) markerLabels = false;

  /** Id of the chosen member, marked in the list and on the map; set by choosing a city. */
  @property({ reflect: true }) selected?: string;

  /** URL of the map geometry (TopoJSON); by default `europe.topo.json` next to the script. */
  @property({ attribute: 'geometry-src' }) geometrySrc?: string;

  @state() private query = '';
  /** Set once the reader has searched or filtered: clearing then announces the full count again. */
  private hasFiltered = false;
  @state() private country = '';
  @state() private geometry: GeometryState = { status: 'idle' };
  @state() private mapSize = { width: 640, height: 420, em: 16 };
  @state() private rovingId?: string;
  @state() private mapModule?: MapModule | { error: string };

  private resizeObserver?: ResizeObserver;
  private observedMap?: Element;
  private activeId?: string;
  private revealSelected = false;
  private groupsCache?: { model: MembersData; locale: string; groups: CountryGroup[] };

  protected check(json: unknown): Checked<MembersData> {
    return checkMembers(json);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.resizeObserver?.disconnect();
    this.observedMap = undefined;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (this.query.trim() !== '' || this.country !== '') this.hasFiltered = true;
    if (changed.has('view') && !views.includes(this.view)) {
      warnOnce(`<city-member-map> view="${this.view}" is not known; use one of: ${views.join(', ')}.`);
    }
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    const map = this.renderRoot.querySelector('.map');
    if (map && map !== this.observedMap) {
      this.resizeObserver ??= new ResizeObserver(() => this.measure());
      if (this.observedMap) this.resizeObserver.unobserve(this.observedMap);
      this.resizeObserver.observe(map);
      this.observedMap = map;
      // Mouse only, on purpose: markers are hidden from assistive technology and
      // the list is the keyboard equivalent (it has the same events).
      map.addEventListener('click', this.onMarkerClick);
      map.addEventListener('pointerover', this.onPointerOver);
      map.addEventListener('pointerout', this.onPointerOut);
      this.measure();
    }
    if (map) this.loadOutlines();
    this.applyHeight();
    this.markActive(this.activeId);
    if (this.revealSelected) {
      this.revealSelected = false;
      this.rowOf(this.selected)?.scrollIntoView({ block: 'nearest' });
    }
  }

  /**
   * Syncs the country select, and sets the map's height through the CSSOM: a style attribute (which Lit's
   * styleMap writes on first render) is blocked by a strict style-src CSP.
   */
  private applyHeight(): void {
    const base = this.renderRoot.querySelector<HTMLElement>('.member-map');
    const height = this.height?.trim();
    if (!base) return;
    const length = height && /^\d+(\.\d+)?$/.test(height) ? `${height}px` : height;
    if (length && CSS.supports('height', length)) {
      base.style.setProperty('--_map-height', length);
    } else {
      if (length)
        warnOnce(
          `<city-member-map> height="${height}" is not a CSS length (such as 400px or 30em); the default is used.`,
        );
      base.style.removeProperty('--_map-height');
    }
    // An option's selected attribute no longer moves a select the reader has used.
    const select = this.renderRoot.querySelector('select');
    if (select && select.value !== this.country) select.value = this.country;
  }

  private get showsMap(): boolean {
    return this.view !== 'list';
  }

  private get showsList(): boolean {
    return this.view !== 'map';
  }

  private measure(): void {
    const map = this.observedMap as HTMLElement | undefined;
    if (!map) return;
    const width = Math.round(map.clientWidth);
    const height = Math.round(map.clientHeight);
    const em = parseFloat(getComputedStyle(map).fontSize) || 16;
    const old = this.mapSize;
    if (width > 0 && height > 0 && (width !== old.width || height !== old.height || em !== old.em)) {
      this.mapSize = { width, height, em };
    }
  }

  /** Fetches the outlines the first time the map is shown (never for `view="list"`). */
  private loadOutlines(): void {
    const module = this.mapModule;
    if (!module) {
      this.mapModule = { error: '' };
      import('./member-map.map.js').then(
        (loaded) => (this.mapModule = loaded),
        (error: unknown) => {
          warnOnce(`<city-member-map>: the map code could not be loaded (${String(error)}).`);
          this.mapModule = { error: String(error) };
        },
      );
      return;
    }
    if ('error' in module) return;
    const url = this.geometrySrc
      ? new URL(this.geometrySrc, this.ownerDocument.baseURI).href
      : module.defaultGeometryUrl();
    if (this.geometry.status !== 'idle' && this.geometry.url === url) return;
    this.geometry = { status: 'loading', url };
    module.loadGeometry(url).then(
      (shapes) => {
        if (this.geometry.status === 'loading' && this.geometry.url === url)
          this.geometry = { status: 'ready', url, shapes };
      },
      (error: unknown) => {
        if (this.geometry.status !== 'loading' || this.geometry.url !== url) return;
        const message = error instanceof Error ? error.message : String(error);
        warnOnce(
          `<city-member-map>: the map outlines could not be loaded from ${url} (${message}); the cities are shown without them.`,
        );
        this.geometry = { status: 'error', url, message };
      },
    );
  }

  private groups(model: MembersData): CountryGroup[] {
    const cache = this.groupsCache;
    if (cache?.model === model && cache.locale === this.locale) return cache.groups;
    const groups = groupMembers(model.members, this.locale);
    this.groupsCache = { model, locale: this.locale, groups };
    return groups;
  }

  protected override render(): unknown {
    return this.renderData((model) => this.renderModel(model), 6);
  }

  private renderModel(model: MembersData): TemplateResult {
    if (model.members.length === 0) return this.renderEmptyList(msg('No member cities to show.'));
    const groups = this.groups(model);
    const visible = filterGroups(groups, this.query, this.country);
    const counts = this.countsText(model, groups.length);
    const view = views.includes(this.view) ? this.view : 'both';
    return html`<section
      part="base"
      class="member-map view-${view}"
      lang=${this.locale}
      aria-label=${resolveText(model.network.name, this.locale) || msg('Member cities')}
    >
      <p part="counts" class="counts">${counts}</p>
      <div class="layout">
        ${this.showsMap ? this.renderMap(model, groups, visible, counts) : nothing}
        ${this.showsList ? this.renderList(model, groups, visible) : nothing}
      </div>
    </section>`;
  }

  private countsText(model: MembersData, countryTotal: number): string {
    const listed = model.members.length;
    const { memberCount, countryCount } = model.network;
    const n = formatNumber(listed);
    const c = formatNumber(countryTotal);
    let cities: string;
    if (memberCount !== undefined) {
      const total = formatNumber(memberCount);
      cities = plural(memberCount, {
        one: msg(str`${n} of ${total} member city`, { id: 'member-map-cities-of.one' }),
        few: msg(str`${n} of ${total} member cities`, { id: 'member-map-cities-of.few' }),
        many: msg(str`${n} of ${total} member cities`, { id: 'member-map-cities-of.many' }),
        two: msg(str`${n} of ${total} member cities`, { id: 'member-map-cities-of.two' }),
        other: msg(str`${n} of ${total} member cities`, { id: 'member-map-cities-of.other' }),
      });
    } else {
      cities = plural(listed, {
        one: msg(str`${n} city`, { id: 'member-map-cities.one' }),
        few: msg(str`${n} cities`, { id: 'member-map-cities.few' }),
        many: msg(str`${n} cities`, { id: 'member-map-cities.many' }),
        two: msg(str`${n} cities`, { id: 'member-map-cities.two' }),
        other: msg(str`${n} cities`, { id: 'member-map-cities.other' }),
      });
    }
    let countries: string;
    if (countryCount !== undefined) {
      const total = formatNumber(countryCount);
      countries = plural(countryCount, {
        one: msg(str`${c} of ${total} country`, { id: 'member-map-countries-of.one' }),
        few: msg(str`${c} of ${total} countries`, { id: 'member-map-countries-of.few' }),
        many: msg(str`${c} of ${total} countries`, { id: 'member-map-countries-of.many' }),
        two: msg(str`${c} of ${total} countries`, { id: 'member-map-countries-of.two' }),
        other: msg(str`${c} of ${total} countries`, { id: 'member-map-countries-of.other' }),
      });
    } else {
      countries = plural(countryTotal, {
        one: msg(str`${c} country`, { id: 'member-map-countries.one' }),
        few: msg(str`${c} countries`, { id: 'member-map-countries.few' }),
        many: msg(str`${c} countries`, { id: 'member-map-countries.many' }),
        two: msg(str`${c} countries`, { id: 'member-map-countries.two' }),
        other: msg(str`${c} countries`, { id: 'member-map-countries.other' }),
      });
    }
    return msg(str`${cities} in ${countries}`, { id: 'member-map-counts' });
  }

  private highlighted(): Set<string> {
    return new Set(
      this.highlight
        .split(',')
        .map((id) => id.trim().toLowerCase())
        .filter(Boolean),
    );
  }

  private renderMap(
    model: MembersData,
    groups: CountryGroup[],
    visible: CountryGroup[],
    counts: string,
  ): TemplateResult {
    const module = this.mapModule;
    const ready = module && !('error' in module) ? module : undefined;
    const failed = module && 'error' in module && module.error;
    return html`<div class="map-panel">
      <div part="map" class="map" aria-busy=${!ready || this.geometry.status === 'loading' ? 'true' : 'false'}>
        ${
          ready
            ? renderMapSvg({
                map: ready,
                members: model.members,
                groups,
                shown: new Set(visible.flatMap((group) => group.members.map((entry) => entry.member))),
                country: this.country,
                counts,
                size: this.mapSize,
                geometry: this.geometry,
                highlighted: this.highlighted(),
                selected: this.selected?.toLowerCase(),
                markerLabels: this.markerLabels,
                nameCities: !this.showsList,
              })
            : html`<p part="map-status" class="map-status">
                ${failed ? msg('The map could not be loaded. The list shows every city.') : msg('Loading the map…')}
              </p>`
        }
      </div>
      <p part="legend" class="legend" aria-hidden="true">
        <span class="key member">${msg('Member city')}</span>
        ${model.members.some((member) => member.founding) ? html`<span class="key founding">${msg('Founding member')}</span>` : nothing}
      </p>
    </div>`;
  }

  private renderList(model: MembersData, groups: CountryGroup[], visible: CountryGroup[]): TemplateResult {
    const total = model.members.length;
    const filtering = this.query.trim() !== '' || this.country !== '';
    const shownCount = visible.reduce((sum, group) => sum + group.members.length, 0);
    const highlighted = this.highlighted();
    const selected = this.selected?.toLowerCase();
    const shown = new Set(visible.flatMap((group) => group.members.map((entry) => entry.member)));
    const ids = visible.flatMap((group) => group.members.map((entry) => entry.member.id));
    const roving =
      (this.rovingId && ids.includes(this.rovingId) && this.rovingId) ||
      ids.find((id) => id.toLowerCase() === selected) ||
      ids[0];
    const t = formatNumber(total);
    const s = formatNumber(shownCount);
    return html`<div part="list-panel" class="list-panel">
      <div class="controls">
        <label class="field">
          <span class="field-label">${msg('Search cities')}</span>
          <input
            part="search"
            type="search"
            autocomplete="off"
            .value=${this.query}
            @input=${this.onSearch}
            @keydown=${this.onSearchKey}
          />
        </label>
        <label class="field">
          <span class="field-label">${msg('Country')}</span>
          <select part="country-filter" @change=${this.onCountry}>
            <option value="" ?selected=${this.country === ''}>${msg('All countries')}</option>
            ${groups.map(
              (group) =>
                html`<option value=${group.code} ?selected=${this.country === group.code}>
                  ${group.name} (${formatNumber(group.members.length)})
                </option>`,
            )}
          </select>
        </label>
      </div>
      <p part="results" class="results" role="status">
        ${
          // A label, not a sentence: its words agree with neither count, so every language can say it.
          filtering || this.hasFiltered ? msg(str`Cities shown: ${s} of ${t}`, { id: 'member-map-shown' }) : ''
        }
      </p>
      ${
        shownCount === 0
          ? html`<div class="no-match">
              <p>${msg('No city matches the search.')}</p>
              <button class="button secondary" type="button" @click=${this.clearFilters}>
                ${msg('Show all cities')}
              </button>
            </div>`
          : nothing
      }
      <ul
        part="list"
        class="groups${total > 300 ? ' large' : ''}"
        aria-label=${msg('Member cities')}
        ?hidden=${shownCount === 0}
        @click=${this.onListClick}
        @focusin=${this.onListFocus}
        @focusout=${this.onPointerOut}
        @pointerover=${this.onPointerOver}
        @pointerout=${this.onPointerOut}
        @keydown=${this.onListKey}
      >
        ${groups.map((group) => {
          // Every row stays rendered and is hidden when filtered out: a keystroke
          // toggles attributes instead of building 2,000 rows again.
          const shownHere = group.members.filter((entry) => shown.has(entry.member)).length;
          return html`<li class="group" ?hidden=${shownHere === 0}>
            <span part="country-name" class="country-name" id="country-${group.code}">${group.name}</span>
            <ul class="cities" aria-labelledby="country-${group.code}">
              ${group.members.map(({ member, name }) => {
                const key = member.id.toLowerCase();
                const isSelected = key === selected;
                return html`<li class="row" ?hidden=${!shown.has(member)}>
                  <button
                    part="city"
                    type="button"
                    class="city${member.founding ? ' founding' : ''}${highlighted.has(key) ? ' highlighted' : ''}"
                    data-id=${member.id}
                    tabindex=${member.id === roving ? 0 : -1}
                    aria-pressed=${isSelected ? 'true' : 'false'}
                  >
                    <span class="city-name">${name}</span>
                    ${member.founding ? html`<span part="founding" class="tag">${msg('founding member')}</span>` : nothing}
                    ${isPlaced(member) ? nothing : html`<span class="tag unplaced">${msg('not on the map')}</span>`}
                    ${member.joined !== undefined ? html`<span part="joined" class="joined">${msg(str`since ${member.joined}`)}</span>` : nothing}
                  </button>
                  ${
                    isSelected && (member.note || member.url)
                      ? html`<p part="details" class="details">
                          ${member.note ? resolveText(member.note, this.locale) : nothing}
                          ${member.url ? html`<a href=${member.url}>${msg(str`Website of ${name}`)}</a>` : nothing}
                        </p>`
                      : nothing
                  }
                </li>`;
              })}
            </ul>
          </li>`;
        })}
      </ul>
    </div>`;
  }

  /** Chooses a member: marks it on the list and the map and tells the page. */
  selectMember(id: string, reveal = false): void {
    const model = this.dataState.status === 'ready' ? this.dataState.model : undefined;
    const member = model?.members.find((entry) => entry.id === id);
    if (!member) return;
    this.selected = member.id;
    this.revealSelected = reveal;
    this.emit<MemberSelectDetail>('city-member-select', { id: member.id, member });
  }

  private idOf(event: Event): string | undefined {
    const target = event.target instanceof Element ? event.target.closest('[data-id]') : null;
    return target?.getAttribute('data-id') ?? undefined;
  }

  private rowOf(id: string | undefined): HTMLButtonElement | null {
    return id ? this.renderRoot.querySelector<HTMLButtonElement>(`button[data-id="${CSS.escape(id)}"]`) : null;
  }

  /** Marks one city on both sides (hover, focus) without re-rendering 2,000 rows. */
  private markActive(id: string | undefined): void {
    this.activeId = id;
    for (const element of this.renderRoot.querySelectorAll('[data-active]')) {
      if (element.getAttribute('data-id') !== id) element.removeAttribute('data-active');
    }
    if (id) {
      for (const element of this.renderRoot.querySelectorAll(`[data-id="${CSS.escape(id)}"]`))
        element.setAttribute('data-active', '');
    }
  }

  private onPointerOver = (event: Event): void => {
    const id = this.idOf(event);
    if (id !== this.activeId) this.markActive(id);
  };

  private onPointerOut = (event: Event): void => {
    const next = (event as FocusEvent).relatedTarget;
    if (next instanceof Element && this.idOf({ target: next } as unknown as Event) === this.activeId) return;
    const focused = this.renderRoot instanceof ShadowRoot ? this.renderRoot.activeElement : null;
    this.markActive(focused?.getAttribute('data-id') ?? undefined);
  };

  private onListFocus = (event: FocusEvent): void => {
    const id = this.idOf(event);
    if (!id) return;
    this.markActive(id);
    if (id !== this.rovingId) this.rovingId = id;
  };

  private onListClick = (event: Event): void => {
    const id = this.idOf(event);
    if (id && (event.target as Element).closest('button')) this.selectMember(id);
  };

  private onMarkerClick = (event: Event): void => {
    const id = this.idOf(event);
    if (id) this.selectMember(id, true);
  };

  private onListKey = (event: KeyboardEvent): void => {
    const buttons = [
      ...this.renderRoot.querySelectorAll<HTMLButtonElement>('.group:not([hidden]) .row:not([hidden]) > button'),
    ];
    const index = buttons.indexOf(event.target as HTMLButtonElement);
    if (index < 0) return;
    const next = { ArrowDown: index + 1, ArrowUp: index - 1, Home: 0, End: buttons.length - 1 }[event.key];
    if (next === undefined) return;
    event.preventDefault();
    buttons[Math.max(0, Math.min(buttons.length - 1, next))]?.focus();
  };

  private onSearch = (event: Event): void => {
    this.query = (event.target as HTMLInputElement).value;
  };

  private onSearchKey = (event: KeyboardEvent): void => {
    if (event.key !== 'Escape' || this.query === '') return;
    event.preventDefault();
    (event.target as HTMLInputElement).value = '';
    this.query = '';
  };

  private onCountry = (event: Event): void => {
    this.country = (event.target as HTMLSelectElement).value;
  };

  private clearFilters = (): void => {
    this.query = '';
    this.country = '';
    void this.updateComplete.then(() =>
      this.renderRoot.querySelector<HTMLInputElement>('input[type="search"]')?.focus(),
    );
  };
}
