import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** The member id an event target stands for: its own `data-id`, or the nearest ancestor's. */
export const idOf = (target: EventTarget | null): string | undefined =>
  (target instanceof Element && target.closest('[data-id]')?.getAttribute('data-id')) || undefined;

/**
 * Which city the reader points at or focuses, on either side: hovering a row
 * lights up its marker and hovering a marker lights up its row. The host
 * renders `active` on both and binds these handlers in its template.
 */
export class HoverController implements ReactiveController {
  /** Lower-case id of the city hovered or focused. */
  active?: string;

  constructor(
    private host: ReactiveControllerHost & { renderRoot: HTMLElement | DocumentFragment },
    /** The id of the marker under the pointer on the map (markers are found by position). */
    private markerAt: (event: MouseEvent) => string | undefined,
  ) {
    host.addController(this);
  }

  hostConnected(): void {}

  private set(id: string | undefined): void {
    const key = id?.toLowerCase();
    if (key === this.active) return;
    this.active = key;
    this.host.requestUpdate();
  }

  /** The focused row's id: when the pointer leaves, focus keeps its city lit. */
  private focused(): string | undefined {
    const root = this.host.renderRoot;
    return root instanceof ShadowRoot ? idOf(root.activeElement) : undefined;
  }

  // Mouse only, on purpose: markers are hidden from assistive technology and
  // the list is the keyboard equivalent.
  onMapPointer = (event: PointerEvent): void => {
    this.set((event.type === 'pointerleave' ? undefined : this.markerAt(event)) ?? this.focused());
  };

  onListFocusIn = (event: FocusEvent): void => this.set(idOf(event.target));

  /** pointerover, pointerout and focusout on the list: the city under the pointer, else the focused one. */
  onListPointer = (event: PointerEvent | FocusEvent): void => {
    const next = event.type === 'pointerover' ? event.target : event.relatedTarget;
    this.set(idOf(next) ?? (event.type === 'focusout' ? undefined : this.focused()));
  };
}
