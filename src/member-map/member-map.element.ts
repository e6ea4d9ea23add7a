import { html, nothing } from 'lit';
import type { PropertyValues, TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { msg } from '@lit/localize';
import { CityDataElement } from '../core/data/data-element.js';
import { warnOnce } from '../core/element.js';
import { resolveText } from '../core/i18n/text.js';
import type { Checked } from '../core/data/validate.js';
import { baseStyles, tokens } from '../core/styles/tokens.css.js';
import { ResizeController } from '../core/controllers/resize.js';
import { RovingFocusController } from '../core/controllers/roving-focus.js';
import type { Member, MembersData } from './member-map.data.js';
import { checkMembers } from './member-map.data.js';
import type { CountryGroup } from './member-list.js';
import { filterGroups, groupMembers } from './member-list.js';
import { defaultGeometryUrl, GeometryController } from './geometry.js';
import { mapLayout, memberAt } from './member-map.layout.js';
import { renderList } from './member-map.list.js';
import type { ListHandlers } from './member-map.list.js';
import { countsText, mapLabel, showingText } from './member-map.text.js';
import { renderMapSvg } from './member-map.svg.js';
import { ProgressiveRows } from './progressive.js';
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
 * @csspart counts - "17 cities in 6 countries", or with network totals "Listed here: 17 cities in 6 countries. The whole network: 34 cities in 13 countries."
 * @csspart map - The map's box (its height is `height`).
 * @csspart map-svg - The map's SVG image.
 * @csspart country - A country outline; member countries also carry `member-country`.
 * @csspart marker - City markers, one path per kind; founding members' also carry `founding`, emphasised ones `highlighted`, the chosen city's (drawn on its own) `selected`.
 * @csspart marker-label - A city name on the map (`marker-labels`, and the chosen city).
 * @csspart legend - The key to the marker shapes.
 * @csspart map-status - "Loading the map…" or why the outlines are missing.
 * @csspart list-panel - The search, filter and list.
 * @csspart search - The search field.
 * @csspart country-filter - The country select.
 * @csspart results - "Showing 3 of 17 cities" while filtering.
 * @csspart list - The list of countries.
 * @csspart country-name - A country's name above its cities (a heading of `heading-level`).
 * @csspart city - A city's button.
 * @csspart founding - The "founding member" mark.
 * @csspart highlighted - The "highlighted" mark of the cities named by `highlight`.
 * @csspart hint - How to use the list with the keyboard.
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

  /** URL of the map outlines: `europe.paths.json` next to the script (projected at build time), or any TopoJSON with a `countries` object. */
  @property({ attribute: 'geometry-src' }) geometrySrc?: string;

  /** Level (1–6) of the country headings in the list; the default 3 fits an element inside an `<h2>` section. */
  @property({ type: Number, attribute: 'heading-level' }) headingLevel = 3;

  @state() private query = '';
  @state() private country = '';
  /** The city hovered or focused, marked in the list and on the map. */
  @state() private active?: string;
  /** Set once the reader has searched or filtered: clearing then announces the full count again. */
  private hasFiltered = false;
  private revealSelected = false;
  private groupsCache?: { model: MembersData; locale: string; groups: CountryGroup[] };
  private visibleCache?: { groups: CountryGroup[]; query: string; country: string; visible: CountryGroup[] };

  private size = new ResizeController(this, '.map', { width: 640, height: 420, em: 16 });
  private geometry = new GeometryController(this);
  private rows = new ProgressiveRows(this);
  private roving = new RovingFocusController(this, {
    items: () => [...this.renderRoot.querySelectorAll<HTMLElement>('button[part~="city"]')],
    keyOf: (target) => this.idOf(target),
  });

  protected check(json: unknown): Checked<MembersData> {
    return checkMembers(json);
  }

  private get showsMap(): boolean {
    return this.view !== 'list';
  }

  private get showsList(): boolean {
    return this.view !== 'map';
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (this.query.trim() !== '' || this.country !== '') this.hasFiltered = true;
    if (changed.has('view') && !views.includes(this.view)) {
      warnOnce(`<city-member-map> view="${this.view}" is not known; use one of: ${views.join(', ')}.`);
    }
    if (changed.has('headingLevel') && !(this.headingLevel >= 1 && this.headingLevel <= 6)) {
      warnOnce(`<city-member-map> heading-level="${this.headingLevel}" is not 1 to 6; 3 is used.`);
    }
    // Outlines are asked for with the data, not after it: the two load side by side.
    if (this.showsMap) {
      this.geometry.request(
        this.geometrySrc ? new URL(this.geometrySrc, this.ownerDocument.baseURI).href : defaultGeometryUrl(),
      );
    }
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    this.applyHeight();
    if (this.revealSelected) {
      this.revealSelected = false;
      this.renderRoot.querySelector(`button[aria-pressed="true"]`)?.scrollIntoView({ block: 'nearest' });
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

  private groups(model: MembersData): CountryGroup[] {
    const cache = this.groupsCache;
    if (cache?.model === model && cache.locale === this.locale) return cache.groups;
    const groups = groupMembers(model.members, this.locale);
    this.groupsCache = { model, locale: this.locale, groups };
    return groups;
  }

  /** The groups filtered by search and country, the same array until one of them changes. */
  private visible(groups: CountryGroup[]): CountryGroup[] {
    const { query, country } = this;
    const cache = this.visibleCache;
    if (cache?.groups === groups && cache.query === query && cache.country === country) return cache.visible;
    this.visibleCache = { groups, query, country, visible: filterGroups(groups, query, country) };
    return this.visibleCache.visible;
  }

  private highlighted(): Set<string> {
    return new Set(
      this.highlight
        .split(',')
        .map((id) => id.trim().toLowerCase())
        .filter(Boolean),
    );
  }

  protected override render(): unknown {
    return this.renderData((model) => this.renderModel(model), 6);
  }

  private renderModel(model: MembersData): TemplateResult {
    if (model.members.length === 0) return this.renderEmptyList(msg('No member cities to show.'));
    const groups = this.groups(model);
    const visible = this.visible(groups);
    const counts = countsText(groups, model.network);
    const filtering = this.query.trim() !== '' || this.country !== '' || this.hasFiltered;
    const showing = filtering
      ? showingText(
          visible.reduce((sum, group) => sum + group.members.length, 0),
          model.members.length,
        )
      : '';
    const highlighted = this.highlighted();
    const view = views.includes(this.view) ? this.view : 'both';
    return html`<section
      part="base"
      class="member-map view-${view}"
      lang=${this.locale}
      aria-label=${resolveText(model.network.name, this.locale) || msg('Member cities')}
    >
      <p part="counts" class="counts">${counts}</p>
      <div class="layout">
        ${this.showsMap ? this.renderMap(model, groups, visible, counts, showing, highlighted) : nothing}
        ${this.showsList ? this.renderListPanel(groups, visible, showing, highlighted) : nothing}
      </div>
    </section>`;
  }

  private renderMap(
    model: MembersData,
    groups: CountryGroup[],
    visible: CountryGroup[],
    counts: string,
    showing: string,
    highlighted: Set<string>,
  ): TemplateResult {
    const { width, height, em } = this.size.size;
    const layout = mapLayout(groups, width, height, em);
    const state = this.geometry.state;
    const label = mapLabel({
      counts,
      showing,
      visible,
      highlighted: layout.placed.filter(({ key }) => highlighted.has(key)).map(({ name }) => name),
      unplaced: layout.unplaced,
      hasList: this.showsList,
    });
    return html`<div class="map-panel">
      <div
        part="map"
        class="map"
        aria-busy=${state.status === 'loading' ? 'true' : 'false'}
        @click=${this.onMapClick}
        @pointermove=${this.onMapPointer}
        @pointerleave=${this.onMapPointer}
      >
        ${renderMapSvg({
          layout,
          width,
          height,
          em,
          geometry: state,
          shown: new Set(visible.flatMap((group) => group.members.map((entry) => entry.member))),
          memberCountries: new Set(groups.map((group) => group.code)),
          country: this.country,
          highlighted,
          selected: this.selected?.toLowerCase(),
          active: this.active,
          markerLabels: this.markerLabels,
          label,
        })}
      </div>
      <p part="legend" class="legend" aria-hidden="true">
        <span class="key member">${msg('Member city')}</span>
        ${model.members.some((member) => member.founding) ? html`<span class="key founding">${msg('Founding member')}</span>` : nothing}
      </p>
    </div>`;
  }

  private renderListPanel(
    groups: CountryGroup[],
    visible: CountryGroup[],
    showing: string,
    highlighted: Set<string>,
  ): TemplateResult {
    const ids = visible.flatMap((group) => group.members.map((entry) => entry.member.id));
    const selected = ids.find((id) => id.toLowerCase() === this.selected?.toLowerCase());
    const level = this.headingLevel >= 1 && this.headingLevel <= 6 ? Math.round(this.headingLevel) : 3;
    return renderList(
      {
        groups,
        visible,
        rows: this.rows.rows(ids.length, visible),
        query: this.query,
        country: this.country,
        showing,
        selected: this.selected?.toLowerCase(),
        active: this.active,
        tabStop: this.roving.tabStop(ids, selected),
        highlighted,
        headingLevel: level,
        locale: this.locale,
      },
      this.handlers,
    );
  }

  /** Chooses a member: marks it on the list and the map and tells the page. */
  selectMember(id: string, reveal = false): void {
    const model = this.dataState.status === 'ready' ? this.dataState.model : undefined;
    const member = model?.members.find((entry) => entry.id === id);
    if (!member) return;
    this.selected = member.id;
    this.revealSelected = reveal;
    if (reveal) this.rows.all();
    this.emit<MemberSelectDetail>('city-member-select', { id: member.id, member });
  }

  private idOf(target: EventTarget | null): string | undefined {
    return (target instanceof Element && target.closest('[data-id]')?.getAttribute('data-id')) || undefined;
  }

  /** The member under the pointer on the map (markers are drawn as a few paths, so found by position). */
  private memberAtPointer(event: MouseEvent): Member | undefined {
    const svg = this.renderRoot.querySelector('svg[part~="map-svg"]');
    const groups = this.groupsCache?.groups;
    if (!svg || !groups) return undefined;
    const box = svg.getBoundingClientRect();
    const { width, height, em } = this.size.size;
    const shown = new Set(this.visible(groups).flatMap((group) => group.members.map((entry) => entry.member)));
    return memberAt(mapLayout(groups, width, height, em), shown, event.clientX - box.left, event.clientY - box.top);
  }

  // Mouse only, on purpose: markers are hidden from assistive technology and
  // the list is the keyboard equivalent (it has the same events).
  private onMapClick = (event: MouseEvent): void => {
    const member = this.memberAtPointer(event);
    if (member) this.selectMember(member.id, true);
  };

  private onMapPointer = (event: PointerEvent): void => {
    const member = event.type === 'pointerleave' ? undefined : this.memberAtPointer(event);
    this.active = member?.id.toLowerCase() ?? this.focusedId();
  };

  private focusedId(): string | undefined {
    return this.idOf((this.renderRoot as ShadowRoot).activeElement)?.toLowerCase();
  }

  private handlers: ListHandlers = {
    search: (event) => (this.query = (event.target as HTMLInputElement).value),
    searchKey: (event) => {
      if (event.key !== 'Escape' || this.query === '') return;
      event.preventDefault();
      (event.target as HTMLInputElement).value = '';
      this.query = '';
    },
    countryChange: (event) => (this.country = (event.target as HTMLSelectElement).value),
    clear: () => {
      this.query = '';
      this.country = '';
      void this.updateComplete.then(() =>
        this.renderRoot.querySelector<HTMLInputElement>('input[type="search"]')?.focus(),
      );
    },
    listClick: (event) => {
      const id = this.idOf(event.target);
      if (id && (event.target as Element).closest('button')) this.selectMember(id);
    },
    focusIn: (event) => {
      this.roving.onFocusIn(event);
      this.active = this.idOf(event.target)?.toLowerCase();
    },
    keyDown: (event) => this.roving.onKeyDown(event),
    // Hover, and focus leaving: the city under the pointer, else the focused one, is the active one.
    pointer: (event) => {
      const next = event.type === 'pointerover' ? event.target : (event as FocusEvent).relatedTarget;
      this.active = this.idOf(next)?.toLowerCase() ?? (event.type === 'focusout' ? undefined : this.focusedId());
    },
  };
}
