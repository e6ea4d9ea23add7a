import { waitUntil } from '@open-wc/testing';
import '../../src/index.js';
import { uniqueKey } from '../helpers.js';
import { choose, endpoint, setField, submitButton } from '../shared/form-suite.js';
import { settled } from './a11y-support.js';

/**
 * Every element in every state the matrix checks. `mount` places the element
 * in `section` with `attributes` (theme, heading-level…) and resolves once the
 * state is on screen, ready for axe.
 */
export interface ElementState {
  tag: string;
  state: string;
  mount: (section: HTMLElement, attributes?: Record<string, string>) => Promise<HTMLElement>;
}

type Json = Record<string, unknown>;
const fixtureCache = new Map<string, Json>();
/** A fresh copy of tests/fixtures/<name>.json (a case may change it). */
async function fixtureData(name: string): Promise<Json> {
  if (!fixtureCache.has(name)) {
    fixtureCache.set(name, (await (await fetch(`/tests/fixtures/${name}.json`)).json()) as Json);
  }
  return structuredClone(fixtureCache.get(name)!);
}

function place(section: HTMLElement, tag: string, attributes: Record<string, string>): HTMLElement {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
  section.append(element);
  return element;
}

function withData(tag: string, data: () => Promise<unknown>, extra: Record<string, string> = {}) {
  return async (section: HTMLElement, attributes: Record<string, string> = {}) => {
    const element = document.createElement(tag) as HTMLElement & { data: unknown };
    element.data = await data();
    for (const [name, value] of Object.entries({ ...extra, ...attributes })) element.setAttribute(name, value);
    section.append(element);
    await settled(element);
    return element;
  };
}

function withSrc(tag: string, src: string, extra: Record<string, string> = {}, waitForLoading = false) {
  return async (section: HTMLElement, attributes: Record<string, string> = {}) => {
    const element = place(section, tag, { ...extra, ...attributes, src });
    if (waitForLoading) {
      await waitUntil(
        () => element.shadowRoot?.querySelector('[part~="loading"][role="status"]'),
        `<${tag}> never showed loading`,
      );
    } else {
      await settled(element, 'showed its error');
    }
    return element;
  };
}

interface DataElement {
  tag: string;
  fixture: string;
  extra?: Record<string, string>;
  /** The list that may be empty. */
  listKey: string;
  /** Breaks one entry of the reference data (the others stay valid). */
  breakOne: (data: Json) => void;
}

const dataElements: DataElement[] = [
  {
    tag: 'city-network-badge',
    fixture: 'memberships',
    listKey: 'memberships',
    breakOne: (data) => ((data.memberships as Json[])[0].network = { name: 42 }),
  },
  {
    tag: 'city-conference-timeline',
    fixture: 'conferences',
    extra: { now: '2026-01-01', search: '' },
    listKey: 'conferences',
    breakOne: (data) => ((data.conferences as Json[])[2].year = '20x6'),
  },
  {
    tag: 'city-member-map',
    fixture: 'members',
    listKey: 'members',
    breakOne: (data) => ((data.members as Json[])[3].city = 42),
  },
];

async function brokenData(fixture: string, breakOne: (data: Json) => void): Promise<Json> {
  const data = await fixtureData(fixture);
  breakOne(data);
  return data;
}

const dataStates = ({ tag, fixture, extra = {}, listKey, breakOne }: DataElement): ElementState[] => [
  {
    tag,
    state: 'loading',
    mount: withSrc(tag, `/api/data/slow?ms=5000&file=${fixture}`, extra, true),
  },
  { tag, state: 'ready', mount: withData(tag, () => fixtureData(fixture), extra) },
  {
    tag,
    state: 'empty',
    mount: withData(tag, async () => ({ ...(await fixtureData(fixture)), [listKey]: [] }), extra),
  },
  // HTTP 500: the error message with its retry button.
  { tag, state: 'error', mount: withSrc(tag, '/api/data/status?code=500', extra) },
  { tag, state: 'bad data', mount: withData(tag, () => brokenData(fixture, breakOne), extra) },
  // The details (JSON paths) an editor sees, as in the snippet builder's preview.
  {
    tag,
    state: 'bad data, editor view',
    mount: withData(tag, () => brokenData(fixture, breakOne), { ...extra, editor: '' }),
  },
];

/** A requested date 30 days ahead (past any lead time), as a date field's value: YYYY-MM-DD. */
const inMonth = new Date(Date.now() + 30 * 86400000);
const future = [inMonth.getFullYear(), inMonth.getMonth() + 1, inMonth.getDate()]
  .map((part) => String(part).padStart(2, '0'))
  .join('-');

/** Fills every field with valid values, as the form suites do. */
const fills: Record<string, (element: HTMLElement) => void> = {
  'city-delegation-form': (element) => {
    setField(element, 'institution', 'Magistrat der Stadt Wels');
    setField(element, 'contactName', 'Anna Huber');
    setField(element, 'email', 'anna.huber@wels.example');
    setField(element, 'phone', '+43 7242 235 0');
    setField(element, 'date', future);
    setField(element, 'time', '10:30');
    choose(element, 'interest', 'spatial-planning');
    setField(element, 'groupSize', '12');
    setField(element, 'consent', true);
  },
  'city-newsletter-signup': (element) => {
    setField(element, 'email', 'reader@brno.example');
    setField(element, 'consent', true);
  },
};

function formState(tag: string, fixture: string, state: string, act?: (element: HTMLElement) => Promise<void>) {
  return {
    tag,
    state,
    mount: async (section: HTMLElement, attributes: Record<string, string> = {}) => {
      const mount = withData(tag, () => fixtureData(fixture), {
        'min-fill-seconds': '0',
        action: endpoint('201', `a11y-${uniqueKey()}`),
      });
      const element = await mount(section, attributes);
      await waitUntil(() => element.shadowRoot?.querySelector('[part~="submit-button"]'), `<${tag}> never rendered`);
      await act?.(element);
      return element;
    },
  };
}

const formStates = (tag: string, fixture: string): ElementState[] => [
  formState(tag, fixture, 'blank'),
  formState(tag, fixture, 'with errors', async (element) => {
    submitButton(element).click();
    await waitUntil(() => element.shadowRoot?.querySelector('[part~="error-summary"]'), 'no error summary');
  }),
  formState(tag, fixture, 'sent', async (element) => {
    fills[tag](element);
    await (element as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
    submitButton(element).click();
    await waitUntil(() => element.shadowRoot?.querySelector('[part~="confirmation"]'), 'never confirmed', {
      timeout: 6000,
    });
  }),
];

export const elementStates: ElementState[] = [
  ...dataElements.flatMap(dataStates),
  ...formStates('city-delegation-form', 'delegation'),
  ...formStates('city-newsletter-signup', 'newsletter'),
];

/** The "ready" (data) or "blank" (forms) state of each element. */
export const readyStates = elementStates.filter(({ state }) => state === 'ready' || state === 'blank');
