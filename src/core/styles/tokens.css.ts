import { css } from 'lit';

/**
 * Design tokens. Each public `--city-*` property may be set by the host page
 * (on the element or any ancestor); widgets read private `--_*` aliases. A page
 * value applies to both themes; it may itself be `light-dark(…, …)`.
 *
 * @cssproperty [--city-font-family=system-ui, sans-serif]
 * @cssproperty [--city-font-size=medium] Base size; everything inside is sized in `em` from it.
 * @cssproperty [--city-color-text=#1b1f24]
 * @cssproperty [--city-color-muted=#565f6b] Secondary text.
 * @cssproperty [--city-color-surface=#ffffff] Background of cards and fields.
 * @cssproperty [--city-color-subtle=#f2f4f7] Background of quiet areas.
 * @cssproperty [--city-color-border=#8a94a3] Borders of fields and cards (dark: #6b7684; 3:1 against the surface, WCAG 1.4.11).
 * @cssproperty [--city-color-accent=#0b57a4] Links, buttons, highlights.
 * @cssproperty [--city-color-on-accent=#ffffff] Text on accent backgrounds.
 * @cssproperty [--city-color-danger=#b3261e] Errors.
 * @cssproperty [--city-color-success=#1e6b34] Confirmations.
 * @cssproperty [--city-color-focus=#c75c00] Focus ring.
 * @cssproperty [--city-color-highlight=#fde9a4] Background of highlighted text (dark: #5a4500).
 * @cssproperty [--city-color-scheme=light] The colour scheme where `theme` is not `dark` or `auto`: a site whose
 *   dark mode is a class of its own sets `dark` (`html.dark { --city-color-scheme: dark; }`), and the defaults and
 *   the browser's own controls (radio buttons, checkboxes, date pickers) turn dark together.
 * @cssproperty [--city-theme-surface=var(--city-color-surface)] What every theme paints behind the widget so
 *   its colours hold on any page background; a page whose own background already suits the theme may set
 *   `transparent` (then the page answers for the contrast).
 * @cssproperty [--city-paragraph-spacing] Space between paragraphs and list entries; readers' spacing
 *   (WCAG 1.4.12: e.g. 2em) reaches the widget through it. Letter, word and line spacing inherit from the page.
 * @cssproperty [--city-radius=0.5em]
 * @cssproperty [--city-space=1em] Base spacing unit.
 */
export const tokens = css`
  /* The scheme and the surface hold against a page's reset (* { all: unset }), whose rules on the
     element itself would win over these: important ones here win over any of the page's. */
  :host {
    color-scheme: var(--city-color-scheme, light) !important;
    /* Every browser the widgets run in (they need light-dark()) knows system-ui. */
    --_font-family: var(--city-font-family, system-ui, sans-serif);
    --_text: var(--city-color-text, light-dark(#1b1f24, #e8ebef));
    --_muted: var(--city-color-muted, light-dark(#565f6b, #aab3bf));
    --_surface: var(--city-color-surface, light-dark(#ffffff, #1c2128));
    --_subtle: var(--city-color-subtle, light-dark(#f2f4f7, #262c35));
    --_border: var(--city-color-border, light-dark(#8a94a3, #6b7684));
    --_accent: var(--city-color-accent, light-dark(#0b57a4, #8cc4ff));
    --_on-accent: var(--city-color-on-accent, light-dark(#ffffff, #0b1a2b));
    --_danger: var(--city-color-danger, light-dark(#b3261e, #ffb4ab));
    --_focus: var(--city-color-focus, light-dark(#c75c00, #ffb870));
    /* A token that one part alone uses is read there, so that other widgets do not carry it:
       --city-color-success in a form's confirmation, --city-color-highlight in the timeline,
       --city-paragraph-spacing (unset unless the page sets it) where paragraphs are spaced. */
    --_radius: var(--city-radius, 0.5em);
    --_space: var(--city-space, 1em);
  }

  /* Each colour is light-dark(light, dark); the theme only picks the scheme. */
  :host([theme='dark']) {
    color-scheme: dark !important;
  }

  :host([theme='auto']) {
    color-scheme: light dark !important;
  }
`;

/**
 * The host reset and the pieces every widget uses: status states, buttons,
 * focus ring, visually hidden text. `all: initial` stops the page's inherited
 * fonts and colours from leaking in, but a reader's text spacing (letter, word,
 * line: WCAG 1.4.12) is inherited from the page on purpose; sizes are in
 * `em` from `--city-font-size`, never `rem` (pages set `html { font-size: 62.5% }`).
 */
export const baseStyles = css`
  :host {
    all: initial;
    display: block;
    box-sizing: border-box;
    font-family: var(--_font-family);
    font-size: var(--city-font-size, medium);
    line-height: 1.5;
    letter-spacing: inherit;
    word-spacing: inherit;
    color: var(--_text);
    /* Each theme paints the surface its colours are drawn for: light text must
       not sit on a white page, nor dark text on a black one (WCAG 1.4.3). */
    background: var(--city-theme-surface, var(--_surface)) !important;
    border-radius: var(--_radius);
    contain: content;
  }

  /* Page rules that match the host itself (* { color: red }) beat :host, so the
     top-level pieces set the inherited text properties (alignment and wrapping only
     here, as every piece of text is in one of them) again, except spacing:
     letter, word and line spacing are the reader's to choose (WCAG 1.4.12). */
  :host > * {
    font-family: var(--_font-family);
    font-style: normal;
    font-weight: 400;
    color: var(--_text);
    text-transform: none;
    text-indent: 0;
    text-shadow: none;
    text-align: start;
    white-space: normal;
    overflow-wrap: anywhere;
    visibility: visible;
    /* Every shipped locale is written left to right; an RTL host page must not
       reverse the widget's sentences. */
    direction: ltr;
  }

  :host([hidden]) {
    display: none;
  }

  /* border-box set directly, not inherited: a page's * { box-sizing: content-box }
     matches the host element too. */
  *,
  *::before,
  *::after {
    box-sizing: border-box;
  }

  /* The browser's own style sets these controls' spacing to normal: the
     reader's letter and word spacing must reach their text (WCAG 1.4.12). */
  button,
  input,
  select,
  textarea {
    letter-spacing: inherit;
    word-spacing: inherit;
  }

  :focus-visible {
    outline: 0.1875em solid var(--_focus);
    outline-offset: 0.125em;
  }

  a {
    color: var(--_accent);
    text-underline-offset: 0.15em;
  }

  .visually-hidden {
    position: absolute !important;
    width: 1px;
    height: 1px;
    margin: -1px;
    padding: 0;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
    border: 0;
  }

  .button {
    display: inline-flex;
    align-items: center;
    justify-content: center;
    min-height: 2.75em;
    min-width: 2.75em;
    padding: 0.5em 1em;
    border: 0.125em solid var(--_accent);
    border-radius: var(--_radius);
    background: var(--_accent);
    color: var(--_on-accent);
    font: inherit;
    font-weight: 600;
    cursor: pointer;
  }

  /* aria-disabled, never disabled: a disabled button would drop keyboard focus to <body>. */
  .button[aria-disabled='true'] {
    opacity: 0.6;
    cursor: not-allowed;
  }

  .skeleton {
    display: grid;
    gap: 0.75em;
    min-height: var(--_reserved-height);
    padding: 0.5em 0;
  }

  .skeleton-line {
    display: block;
    height: 1em;
    border-radius: 0.25em;
    background: var(--_subtle);
    animation: city-pulse 1.5s ease-in-out infinite;
  }

  .skeleton-line:nth-child(3n) {
    width: 60%;
  }

  @keyframes city-pulse {
    50% {
      opacity: 0.5;
    }
  }

  @media (prefers-reduced-motion: reduce) {
    *,
    *::before,
    *::after {
      animation: none !important;
      transition: none !important;
    }
  }

  .error {
    padding: 0.75em 1em;
    border: 0.125em solid var(--_danger);
    border-inline-start-width: 0.375em;
    border-radius: var(--_radius);
    background: var(--_surface);
    color: var(--_text);
  }

  .error-title {
    margin: 0 0 0.25em;
    font-weight: 700;
    color: var(--_danger);
  }

  .issues {
    margin-top: 0.75em;
    font-size: 0.875em;
    color: var(--_muted);
  }

  @media (forced-colors: active) {
    .button {
      border-color: ButtonText;
    }
    .skeleton-line {
      background: GrayText;
    }
    :focus-visible {
      outline-color: Highlight;
    }
  }
`;
