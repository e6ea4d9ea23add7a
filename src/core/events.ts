/**
 * Dispatches a composed, bubbling event from a widget (it crosses the shadow
 * boundary to the page); false when a listener cancelled it. A function, not
 * a method on the elements: a form dispatches only from the code that sends,
 * which loads lazily, and each element documents its own events with @event.
 */
export function emit<T>(target: EventTarget, type: string, detail: T, cancelable = false): boolean {
  return target.dispatchEvent(new CustomEvent<T>(type, { detail, bubbles: true, composed: true, cancelable }));
}
