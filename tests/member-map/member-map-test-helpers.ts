import { fixture, waitUntil } from '@open-wc/testing';
import type { TemplateResult } from 'lit';
import type { CityMemberMap } from '../../src/member-map/member-map.js';
import { scrollUntilCount, settledCount } from '../helpers.js';

/* What the map's tests share: mounting, and reading what a reader sees. */

export const fixtureUrl = '/tests/fixtures/members.json';

export type MembersJson = { network: Record<string, unknown>; members: Record<string, unknown>[] };

/** The reference members document (17 cities in 6 countries of a network of 34 in 13). */
export async function referenceMembers(): Promise<MembersJson> {
  return (await (await fetch(fixtureUrl)).json()) as MembersJson;
}

export const clone = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;

/** Mounts a map and waits until its list, and its markers when the map is shown, are there. */
export async function mapOf(template: TemplateResult): Promise<CityMemberMap> {
  const element = await fixture<CityMemberMap>(template);
  await waitUntil(
    () => element.shadowRoot?.querySelector('[part~="counts"], [part~="error"], [part~="empty"]'),
    'never rendered',
  );
  await waitUntil(
    () =>
      !element.shadowRoot!.querySelector('[part~="map"]') || element.shadowRoot!.querySelector('svg[part~="map-svg"]'),
    'the map never drew',
    { timeout: 4000 },
  );
  await element.updateComplete;
  return element;
}

/** The paths that draw the markers of one kind each (every shown city, whatever their number). */
export const markerSets = (element: Element) => [
  ...element.shadowRoot!.querySelectorAll<SVGPathElement>('.markers path:not([data-id])'),
];

/** How many markers the map draws (a marker is one closed subpath), optionally of one part. */
export const markerCount = (element: Element, part = 'marker') =>
  markerSets(element)
    .filter((set) => set.getAttribute('part')!.split(' ').includes(part))
    .reduce((sum, set) => sum + (set.getAttribute('d')!.match(/M/g)?.length ?? 0), 0);

export const cityButtons = (element: Element) =>
  [...element.shadowRoot!.querySelectorAll<HTMLButtonElement>('button[part~="city"]')].filter((b) =>
    b.checkVisibility(),
  );

/** The number of city rows once the list has stopped growing (a long list grows in steps as the reader comes). */
export const settledRowCount = (element: CityMemberMap) => settledCount(() => cityButtons(element), element);

/** Scrolls to the last rendered row until at least `count` rows are rendered (once the list shows). */
export async function scrollUntilRows(element: CityMemberMap, count: number): Promise<void> {
  await waitUntil(() => cityButtons(element).length > 0, 'no rows', { timeout: 10000 });
  await scrollUntilCount(() => cityButtons(element), count);
}

export const cityNames = (element: Element) =>
  cityButtons(element).map((b) => b.querySelector('.city-name')!.textContent);

export const groupNames = (element: Element) =>
  [...element.shadowRoot!.querySelectorAll<HTMLElement>('[part~="country-name"]')]
    .filter((node) => node.checkVisibility())
    .map((node) => node.textContent?.trim());

export const button = (element: Element, name: string) => {
  const found = cityButtons(element).find((candidate) => candidate.querySelector('.city-name')?.textContent === name);
  if (!found) throw new Error(`no city button named ${name}`);
  return found;
};

export async function outlinesLoaded(element: Element): Promise<void> {
  await waitUntil(() => element.shadowRoot!.querySelectorAll('.countries path').length > 0, 'no outlines', {
    timeout: 5000,
  });
}

/**
 * Where a city's marker is on screen: hovering its row in the list draws it on
 * its own (as a reader pointing at the list sees it light up on the map).
 */
export async function markerBox(element: CityMemberMap, name: string): Promise<DOMRect> {
  button(element, name).dispatchEvent(new PointerEvent('pointerover', { bubbles: true }));
  await element.updateComplete;
  const marker = element.shadowRoot!.querySelector('.markers path[data-active]');
  if (!marker) throw new Error(`no marker lit up for ${name}`);
  const box = marker.getBoundingClientRect();
  button(element, name).dispatchEvent(new PointerEvent('pointerout', { bubbles: true }));
  await element.updateComplete;
  return box;
}

/**
 * The marker's box once two checks a couple of frames apart agree: markers are
 * drawn again when the map's size is measured, which a busy machine may do
 * after the first look (a click at the old place would miss).
 */
export async function settledMarkerBox(element: CityMemberMap, name: string): Promise<DOMRect> {
  let box = await markerBox(element, name);
  for (let attempt = 0; attempt < 20; attempt++) {
    await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
    const next = await markerBox(element, name);
    if (next.x === box.x && next.y === box.y && next.width === box.width) return next;
    box = next;
  }
  return box;
}

export const mapLabel = (element: Element) =>
  element.shadowRoot!.querySelector('svg[part~="map-svg"]')!.getAttribute('aria-label')!;
