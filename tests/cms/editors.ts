// Loads the real editors' browser builds into the test page, as a CMS does.

/** Loads a classic script once (the editors' UMD builds define globals). */
export function loadScript(src: string): Promise<void> {
  if (document.querySelector(`script[src="${src}"]`)) return Promise.resolve();
  return new Promise((resolve, reject) => {
    const script = document.createElement('script');
    script.src = src;
    script.addEventListener('load', () => resolve(), { once: true });
    script.addEventListener('error', () => reject(new Error(`could not load ${src}`)), { once: true });
    document.head.append(script);
  });
}

/** Fires a paste of `html` (and its text) at `target`, as the browser does for Ctrl+V from the builder's Copy. */
export function pasteHtml(target: Element, html: string): void {
  const view = target.ownerDocument.defaultView as Window & typeof globalThis;
  const data = new view.DataTransfer();
  data.setData('text/html', html);
  data.setData('text/plain', html);
  target.dispatchEvent(new view.ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
}
