import type { PropertyDeclarations, PropertyValues } from 'lit';
import { CityDataElement } from '../core/data/data-element.js';
import { headingLevel, warnOnce } from '../core/element.js';
import { emit } from '../core/events.js';
import { countryNamesForUpdate, countryNamesReady } from '../core/i18n/lists.js';
import type { Checked, Issue } from '../core/data/validate.js';
import { addStyles } from '../core/styles/add-styles.js';
import { baseStyles, tokens } from '../core/styles/tokens.css.js';
import { dataStyles } from '../core/styles/data.css.js';
import type { Member, MembersData } from './member-map.data.js';
import type { DerivedView } from './member-list.js';
import { defaultGeometryUrl } from './member-map.assets.js';
import { GeometryController, setMapHeight } from './geometry.js';
import type { MapControllers } from './member-map.controllers.js';
import { hostStyles } from './member-map.host.styles.js';
import type { Parts } from './member-map.loader.js';
import { partsLoader } from './member-map.loader.js';

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
 * @csspart country - The country outlines, a path per look: other countries, member countries (also `member-country`), and the one the country filter chose.
 * @csspart marker - City markers, one path per kind (per 500 markers, drawn a path per task); founding members' also carry `founding`, emphasised ones `highlighted`, the chosen city's (drawn on its own) `selected`.
 * @csspart marker-label - A city name on the map (`marker-labels`, and the chosen city).
 * @csspart legend - The key to the marker shapes.
 * @csspart unplaced - With `view="map"`, the cities the map cannot place (in the map's text alternative too).
 * @csspart map-status - "Loading the map…" or why the outlines are missing.
 * @csspart list-panel - The search, filter and list.
 * @csspart search - The search field.
 * @csspart country-filter - The country select.
 * @csspart results - "Cities shown: 3 of 17" while filtering.
 * @csspart list - The list of countries.
 * @csspart country-name - A country's name above its cities (a heading of `heading-level`).
 * @csspart city - A city's button.
 * @csspart founding - The "founding member" mark.
 * @csspart highlighted - The "highlighted" mark of the cities named by `highlight`.
 * @csspart hint - How to use the list with the keyboard.
 * @csspart more - Under a list of more than 300 cities, which holds the rows near the screen: "Listed so far: 40 of 10,000".
 * @csspart more-button - "Show more cities": the next 50 rows, the first of them focused.
 * @csspart joined - The year a city joined.
 * @csspart details - Note and website of the chosen city.
 * @csspart loading - The loading placeholder.
 * @csspart error - An error message.
 * @csspart retry-button - The button that reloads after a network error.
 * @csspart empty - The message shown when there are no members.
 * @csspart issues - The list of problems in the data (members skipped or not placed).
 *
 * @cssproperty [--city-member-map-height=min(26em, 100cqw)] Height of the map (the `height` attribute sets it too); by default 26em, at most the widget's width.
 * @cssproperty [--city-member-map-sea=color-mix(accent 7%, surface)] Background of the map.
 * @cssproperty [--city-member-map-land=subtle] Countries without members.
 * @cssproperty [--city-member-map-member-land=color-mix(accent 22%, surface)] Countries with members.
 * @cssproperty [--city-member-map-marker=accent] Markers of members.
 * @cssproperty [--city-member-map-founding=#a3400b] Markers of founding members (dark: #ffb870).
 */
export class CityMemberMap extends CityDataElement<MembersData> {
  static override styles = [tokens, baseStyles, ...dataStyles, hostStyles];
  static override properties: PropertyDeclarations = {
    view: { reflect: true },
    highlight: {},
    height: {},
    markerLabels: { type: Boolean, attribute: 'marker-labels' },
    selected: { reflect: true },
    geometrySrc: { attribute: 'geometry-src' },
    headingLevel: { type: Number, attribute: 'heading-level' },
  };

  /** What to show: `both` (map beside the list; stacked when narrow), `map` or `list` (no geometry is loaded). */
  view: MemberMapView = 'both';

  /** Comma-separated ids of members to emphasise, e.g. the embedding city: `brno,opava`. */
  highlight = '';

  /** Height of the map as a CSS length (`30em`, `400px`; a bare number is pixels). */
  height?: string;

  /** Shows every city's name beside its marker (the chosen city is always named). */
  markerLabels = false;

  /** Id of the chosen member, marked in the list and on the map; set by choosing a city. */
  selected?: string;

  /** URL of the map outlines: `europe.paths.json` next to the script (projected at build time), or any TopoJSON with a `countries` object. */
  geometrySrc?: string;

  /** Level (1–6) of the country headings in the list; the default 3 fits an element inside an `<h2>` section. */
  headingLevel = 3;

  private revealSelected = false;
  /** What the view derived last (groups, filters), kept between renders. */
  private memo: { derived?: DerivedView } = {};
  private assets = new GeometryController(this);
  /** The list's and the map's controllers, made (with the content's styles) when the parts arrive. */
  private controllers?: MapControllers;

  override connectedCallback(): void {
    super.connectedCallback();
    // The checking and list code in a task of its own, as the timeline's: a dynamic import costs
    // 10–20 ms on a slow phone (4× CPU), and the connection's task also asks for the data.
    setTimeout(() => partsLoader.prefetch()); // a failure is reported by check()
    // The outlines and drawing code as the data is asked for (json-source's askEarly, also in the
    // next task), before the first update (which asks again, at no cost): the map is drawn only
    // when they are there.
    setTimeout(() => this.requestGeometry());
    // The map beside a list draws first and names and sorts the list's countries after
    // (list-after-map.ts: their file is asked for then, not in the map's way). A list or a map alone
    // names them in its first render: their file comes beside the data.
    if (this.view !== 'both') setTimeout(() => void countryNamesReady(this.locale));
  }

  protected check(json: unknown): Checked<MembersData> | Promise<Checked<MembersData>> {
    // Code that does not load rejects: the widget says the content could not be loaded and offers a retry.
    const checked = () => partsLoader.use((parts) => this.checkWith(parts, json));
    // A list named in the first render waits for the country names (the map alone does not).
    const names = this.view !== 'both' ? countryNamesReady(this.locale) : undefined;
    return names?.then(checked) ?? checked();
  }

  private checkWith({ checkAndGroup, listStyles, mapControllers }: Parts, json: unknown) {
    // The content's styles came with the parts: in place before the content renders (after the
    // element's own, before the map's, which its drawing code adds when it first draws).
    addStyles(this.renderRoot, listStyles);
    this.controllers ??= mapControllers(this, {
      selectMember: (id) => this.selectMember(id),
      assets: this.assets,
      derived: () => this.memo.derived,
    });
    return checkAndGroup(json, this.locale, this.view !== 'both' || this.controllers.listAfterMap.released, this);
  }

  /**
   * A city without usable coordinates is still listed (and named under a map
   * without its list): readers are not told that entries could not be shown.
   * Editors see every problem.
   */
  protected override shownIssues(issues: Issue[]): Issue[] {
    return this.editor ? issues : issues.filter((issue) => !/\.l[ao][nt]$/.test(issue.path));
  }

  /** Another language's country names come before the update that shows them (its texts too). */
  protected override scheduleUpdate(): void | Promise<unknown> {
    const names = countryNamesForUpdate(this, this.locale, !this.hasUpdated);
    return names ? names.then(() => super.scheduleUpdate()) : super.scheduleUpdate();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (changed.has('view') && !views.includes(this.view)) {
      warnOnce(`<city-member-map> view="${this.view}" is not known; use one of: ${views.join(', ')}.`);
    }
    this.requestGeometry();
  }

  /** The drawing code and the outlines are asked for with the data, not after it: all load side by side. */
  private requestGeometry(): void {
    if (this.view !== 'list') {
      const src = this.geometrySrc;
      this.assets.request(src ? new URL(src, this.ownerDocument.baseURI).href : defaultGeometryUrl());
    }
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    const base = this.renderRoot.querySelector<HTMLElement>('.member-map');
    if (base) setMapHeight(base, this.height, this.localName);
    // In a long list the chosen row may come some steps later (selectMember): revealed once it is there.
    const chosen = this.revealSelected && this.renderRoot.querySelector(`button[aria-pressed="true"]`);
    if (chosen) {
      this.revealSelected = false;
      chosen.scrollIntoView({ block: 'nearest' });
    }
  }

  /** `updateComplete` includes the list, which comes after the map is drawn the first time (list-after-map.ts). */
  protected override async getUpdateComplete(): Promise<boolean> {
    const done = await super.getUpdateComplete();
    const listComing = this.controllers?.listAfterMap.pending;
    return listComing ? listComing.then(() => this.getUpdateComplete()) : done;
  }

  protected override render(): unknown {
    return this.renderData(
      (model) =>
        partsLoader.module!.renderMemberMap(model, {
          view: views.includes(this.view) ? this.view : 'both',
          locale: this.locale,
          highlight: this.highlight ?? '', // null once the attribute is removed
          markerLabels: this.markerLabels,
          selected: this.selected,
          headingLevel: headingLevel(this.headingLevel, this),
          editor: this.editor,
          controllers: this.controllers!,
          assets: this.assets,
          root: this.renderRoot,
          memo: this.memo,
          onMapClick: this.onMapClick,
          empty: (text) => this.renderEmptyList(text),
          later: () => this.requestUpdate(),
        }),
      6,
    );
  }

  /** Chooses a member: marks it on the list and the map and tells the page. */
  selectMember(id: string, reveal = false): void {
    const model = this.dataState.status === 'ready' ? this.dataState.model : undefined;
    const member = model?.members.find((entry) => entry.id === id);
    if (!member) return;
    this.selected = member.id;
    // The list may not have come down to the city yet: its render asks for rows as far as its place
    // (renderListPanel), and updated() reveals the row once it is there.
    this.revealSelected = reveal;
    emit<MemberSelectDetail>(this, 'city-member-select', { id: member.id, member });
  }

  private onMapClick = (event: MouseEvent): void => {
    const id = this.controllers?.markerAt(event);
    if (id) this.selectMember(id, true);
  };
}
