import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** Values a person typed, kept per form in sessionStorage. */
export type Draft = Record<string, string | boolean | string[]>;

/** What names a form's draft: its stable attributes. */
export interface DraftIdentity {
  id: string;
  action?: string;
  src?: string;
}

/**
 * Runs `use` on sessionStorage; undefined when storage is blocked (privacy
 * settings, a sandboxed frame), full, or holds a damaged draft: the form
 * still works, only without a draft.
 */
function stored<T>(use: (storage: Storage) => T): T | undefined {
  try {
    return use(sessionStorage);
  } catch {
    return undefined;
  }
}

/**
 * The sessionStorage key of a form's draft: its kind, its `id`, else its
 * `action` and `src`; from the second alike form on the page (`nth` 1, 2, …)
 * its place among them; and the page path.
 */
export const draftKey = (
  kind: string,
  { id, action, src }: DraftIdentity,
  path = globalThis.location?.pathname ?? '',
  nth = 0,
) => `city-draft:${kind}:${id ? `#${id}` : `${action ?? ''}|${src ?? ''}`}${nth ? `~${nth + 1}` : ''}:${path}`;

/** The drafts of the forms on the page now. */
const inUse = new Set<DraftsController>();

/**
 * Keeps a form's draft in sessionStorage so it survives a reload. Forms
 * alike (one kind, the same id or action and src) each keep their own: a form
 * takes the first place no other form on the page holds as it connects. A
 * parsed page connects its forms in document order, so a signup in the header
 * is the first and one in the footer the second on every load; a form a
 * script adds later takes the next place free, never another form's draft.
 * Unrelated content moved around moves no draft.
 */
export class DraftsController implements ReactiveController {
  private nth = 0;

  constructor(
    host: ReactiveControllerHost,
    private readonly kind: string,
    private readonly identity: () => DraftIdentity,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    const taken = new Set(Array.from(inUse, (drafts) => drafts.key));
    for (this.nth = 0; taken.has(this.key);) this.nth++;
    inUse.add(this);
  }

  hostDisconnected(): void {
    inUse.delete(this);
  }

  private get key(): string {
    return draftKey(this.kind, this.identity(), undefined, this.nth);
  }

  load(): Draft | undefined {
    return stored((storage) => {
      const value = JSON.parse(storage.getItem(this.key) ?? 'null') as unknown;
      return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Draft) : undefined;
    });
  }

  save(draft: Draft): void {
    stored((storage) => storage.setItem(this.key, JSON.stringify(draft)));
  }

  clear(): void {
    stored((storage) => storage.removeItem(this.key));
  }
}
