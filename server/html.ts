// Server-rendered pages for the inbox and the newsletter links: every value
// goes through escape(); the one stylesheet is inline and allowed by its hash.
import { createHash } from 'node:crypto';

const style = `body{font:16px/1.5 system-ui,sans-serif;margin:0 auto;max-width:70rem;padding:1rem;color:#1b1b1b}
table{border-collapse:collapse;width:100%}th,td{border-bottom:1px solid #ccc;padding:.4rem;text-align:left;vertical-align:top}
a{color:#0b4f9c}nav a{margin-right:1rem}.status-new{font-weight:bold}pre{white-space:pre-wrap}
button{font:inherit;padding:.3rem .8rem}dt{font-weight:bold}dd{margin:0 0 .5rem}
.check{display:block;border-left:4px solid #b00020;padding-left:.4rem;margin-top:.2rem}`;

const styleHash = createHash('sha256').update(style).digest('base64');

export const pagePolicy = `default-src 'none'; style-src 'sha256-${styleHash}'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'`;

export function escape(value: unknown): string {
  return String(value ?? '').replace(
    /[&<>"']/g,
    (character) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[character] ?? character,
  );
}

/** A tagged template that escapes every interpolated value unless it is already Html. */
export class Html {
  constructor(readonly text: string) {}
  toString(): string {
    return this.text;
  }
}

export function html(strings: TemplateStringsArray, ...values: unknown[]): Html {
  let text = strings[0] ?? '';
  values.forEach((value, index) => {
    const part = Array.isArray(value)
      ? value.map((item) => (item instanceof Html ? item.text : escape(item))).join('')
      : value instanceof Html
        ? value.text
        : escape(value);
    text += part + (strings[index + 1] ?? '');
  });
  return new Html(text);
}

export function page(title: string, body: Html, lang = 'en'): string {
  return `<!doctype html><html lang="${escape(lang)}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><meta name="robots" content="noindex"><title>${escape(title)}</title><style>${style}</style></head><body>${body.text}</body></html>`;
}
