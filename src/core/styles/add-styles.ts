import type { CSSResult } from 'lit';

/**
 * Adds styles that came with lazily loaded code (a list view, the sending
 * code, the map's drawing) to a widget's shadow root, after those it has:
 * once each, however often it is called.
 */
export function addStyles(root: Node, ...styles: (CSSResult | CSSStyleSheet)[]): void {
  if (!(root instanceof ShadowRoot)) return;
  const sheets = styles
    .map((style) => (style instanceof CSSStyleSheet ? style : style.styleSheet))
    .filter((sheet): sheet is CSSStyleSheet => sheet !== undefined && !root.adoptedStyleSheets.includes(sheet));
  if (sheets.length) root.adoptedStyleSheets = [...root.adoptedStyleSheets, ...sheets];
}
