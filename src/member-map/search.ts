import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * The list's search text and country filter, with the handlers the template
 * binds to the search field, the country select and "Show all cities".
 */
export class SearchController implements ReactiveController {
  query = '';
  /** ISO code of the chosen country, '' for all. */
  country = '';
  /** Set once the reader has searched or filtered: clearing then announces the full count again. */
  hasFiltered = false;

  constructor(private host: ReactiveControllerHost & { renderRoot: HTMLElement | DocumentFragment }) {
    host.addController(this);
  }

  hostConnected(): void {}

  hostUpdated(): void {
    // An option's selected attribute no longer moves a select the reader has used.
    const select = this.host.renderRoot.querySelector('select');
    if (select && select.value !== this.country) select.value = this.country;
  }

  private set(query: string, country: string): void {
    if (query === this.query && country === this.country) return;
    this.query = query;
    this.country = country;
    if (query.trim() !== '' || country !== '') this.hasFiltered = true;
    this.host.requestUpdate();
  }

  search = (event: Event): void => this.set((event.target as HTMLInputElement).value, this.country);

  /** Escape in the search field clears it (and keeps the focus there). */
  searchKey = (event: KeyboardEvent): void => {
    if (event.key !== 'Escape' || this.query === '') return;
    event.preventDefault();
    (event.target as HTMLInputElement).value = '';
    this.set('', this.country);
  };

  countryChange = (event: Event): void => this.set(this.query, (event.target as HTMLSelectElement).value);

  /** "Show all cities": both filters off, focus back in the search field. */
  clear = (): void => {
    this.set('', '');
    void this.host.updateComplete.then(() =>
      this.host.renderRoot.querySelector<HTMLInputElement>('input[type="search"]')?.focus(),
    );
  };
}
