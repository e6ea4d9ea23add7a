import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** Values a person typed, kept per form in sessionStorage. */
export type Draft = Record<string, string | boolean | string[]>;

/** What names a form's draft: stable attributes only, never its place in the page. */
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

/**
 * The sessionStorage key of a form's draft: its kind, its `id`, else its
 * `action` and `src`, and the page path. Two forms of one kind on one page
 * with neither an id nor a different action or src share a draft: give them ids.
 */
export const draftKey = (
  kind: string,
  { id, action, src }: DraftIdentity,
  path = globalThis.location?.pathname ?? '',
) => `city-draft:${kind}:${id ? `#${id}` : `${action ?? ''}|${src ?? ''}`}:${path}`;

/**
 * Keeps a form's draft in sessionStorage so it survives a reload; a draft
 * that cannot be stored (quota, blocked storage) is simply not kept. The key
 * is worked out from the host's attributes when it is read, not by querying
 * the document.
 */
export class DraftsController implements ReactiveController {
  constructor(
    host: ReactiveControllerHost,
    private readonly kind: string,
    private readonly identity: () => DraftIdentity,
  ) {
    host.addController(this);
  }

  hostConnected(): void {}

  private get key(): string {
    return draftKey(this.kind, this.identity());
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
