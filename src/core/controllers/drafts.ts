import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** Values a person typed, kept per form in sessionStorage. */
export type Draft = Record<string, string | boolean | string[]>;

/** What names a form's draft: its stable attributes. */
export interface DraftIdentity {
  id: string;
  action?: string;
  src?: string;
}

function storage(): Storage | undefined {
  try {
    return globalThis.sessionStorage;
  } catch {
    return undefined; // blocked storage (privacy settings, sandboxed frame)
  }
}

const name = ({ id, action, src }: DraftIdentity) => (id ? `#${id}` : `${action ?? ''}|${src ?? ''}`);

/**
 * The sessionStorage key of a form's draft: its kind, its `id`, else its
 * `action` and `src` and, from the second such form on (`nth` 1, 2, …), its
 * place among the forms of its kind with that same action and src; and the
 * page path. Unrelated content moved around does not move a draft; a signup
 * in the header and another in the footer keep their own.
 */
export const draftKey = (kind: string, identity: DraftIdentity, path = globalThis.location?.pathname ?? '', nth = 0) =>
  `city-draft:${kind}:${name(identity)}${nth ? `~${nth + 1}` : ''}:${path}`;

/** The place (`nth`) each connected form without an id has taken among the forms alike. */
const places = new WeakMap<Element, number>();

/**
 * Keeps a form's draft in sessionStorage so it survives a reload; a draft
 * that cannot be stored (quota, blocked storage) is simply not kept. The key
 * is read from the host's attributes each time; the form's place among the
 * forms alike is taken once, as it connects: its place in document order
 * (the forms before it are there by then, even while the page is parsing),
 * or the next one free when a form connected earlier holds it (one added by a
 * script before it). A page that builds itself the same way finds the same
 * drafts, and two forms on a page never share one.
 */
export class DraftsController implements ReactiveController {
  private nth = 0;

  constructor(
    private readonly host: ReactiveControllerHost & Element,
    private readonly kind: string,
    /** The identity of the host or of another form of its kind. */
    private readonly identity: (form: Element) => DraftIdentity,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    const own = name(this.identity(this.host));
    const forms = (this.host.getRootNode() as ParentNode).querySelectorAll?.(this.host.localName) ?? [];
    const alike = Array.from(forms).filter((form) => name(this.identity(form)) === own);
    const taken = alike.map((form) => form !== this.host && places.get(form));
    // An id names the form alone; -1 (no root to count in) counts as the first.
    let nth = this.host.id ? 0 : Math.max(alike.indexOf(this.host), 0);
    while (!this.host.id && taken.includes(nth)) nth++;
    places.set(this.host, (this.nth = nth));
  }

  private get key(): string {
    return draftKey(this.kind, this.identity(this.host), undefined, this.nth);
  }

  load(): Draft | undefined {
    try {
      const text = storage()?.getItem(this.key);
      const value = text ? (JSON.parse(text) as unknown) : undefined;
      return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Draft) : undefined;
    } catch {
      return undefined;
    }
  }

  save(draft: Draft): void {
    try {
      storage()?.setItem(this.key, JSON.stringify(draft));
    } catch {
      // quota or blocked storage: the form still works, only without a draft
    }
  }

  clear(): void {
    try {
      storage()?.removeItem(this.key);
    } catch {
      // as above
    }
  }
}
