import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * One tab stop for a list of items (the ARIA "roving tabindex"): arrow keys,
 * Home and End move the focus between the items, and the item focused last
 * keeps the tab stop, so Tab leaves the list and Shift+Tab comes back to it.
 * The host binds `onKeyDown` and `onFocusIn` on the list and renders
 * `tabindex="0"` on the item whose key `tabStop()` returns, `-1` on the others.
 */
export class RovingFocusController implements ReactiveController {
  /** Key of the item focused last. */
  current?: string;

  constructor(
    private host: ReactiveControllerHost,
    private options: {
      /** The focusable items in order (only those shown). */
      items: () => HTMLElement[];
      /** The key of an item, or of the item an event target lies in. */
      keyOf: (target: EventTarget | null) => string | undefined;
    },
  ) {
    host.addController(this);
  }

  hostConnected(): void {}

  /** The key holding the tab stop: the item focused last while it is shown, else `preferred`, else `first`. */
  tabStop(isShown: (key: string) => boolean, first: string | undefined, preferred?: string): string | undefined {
    if (this.current !== undefined && isShown(this.current)) return this.current;
    return preferred !== undefined && isShown(preferred) ? preferred : first;
  }

  onFocusIn = (event: FocusEvent): void => {
    const key = this.options.keyOf(event.target);
    if (key === undefined || key === this.current) return;
    this.current = key;
    this.host.requestUpdate();
  };

  onKeyDown = (event: KeyboardEvent): void => {
    const items = this.options.items();
    const index = items.indexOf(event.target as HTMLElement);
    if (index < 0) return;
    const next = { ArrowDown: index + 1, ArrowUp: index - 1, Home: 0, End: items.length - 1 }[event.key];
    if (next === undefined) return;
    event.preventDefault();
    items[Math.max(0, Math.min(items.length - 1, next))]?.focus();
  };
}
