import { documentedAttributes, linkAttributes, requestAttributes } from './attributes.js';

/** A placeholder link read into the element it stands for. */
export interface Placeholder {
  tag: string;
  /** Documented attributes only, `src` included (from the link unless the fragment sets it). */
  attributes: Map<string, string>;
  /** Names in the fragment that the element does not document; not applied. */
  ignored: string[];
}

/**
 * Longer fragments are not read: a real placeholder needs a few hundred
 * characters, and a huge one should not cost the page anything.
 */
export const maxFragmentLength = 4096;

/**
 * Reads `https://site/data.json#city-conference-timeline&search&limit=8`:
 * the fragment names the element, then its attributes (URL-encoded; a bare
 * name is a boolean). Returns `undefined` when the link is no placeholder,
 * and a sentence when it is one that must stay a link.
 */
export function parsePlaceholder(href: string): Placeholder | string | undefined {
  const hashAt = href.indexOf('#');
  // The tag in any case ("#City-Conference-Timeline"), as in HTML.
  if (hashAt < 0 || href.slice(hashAt, hashAt + 6).toLowerCase() !== '#city-') return undefined;
  const fragment = href.slice(hashAt + 1);
  if (fragment.length > maxFragmentLength) {
    return `a placeholder's fragment is over ${maxFragmentLength} characters, so it stays a link.`;
  }
  const [[rawTag], ...pairs] = new URLSearchParams(fragment);
  const tag = rawTag.toLowerCase();
  const documented = documentedAttributes(tag);
  if (!documented) return `<${tag.slice(0, 100)}> is no element of city-network-widgets, so it stays a link.`;
  const attributes = new Map([['src', href.slice(0, hashAt)]]);
  const ignored: string[] = [];
  for (const [rawName, value] of pairs) {
    const name = rawName.toLowerCase();
    if (documented.includes(name)) attributes.set(name, value);
    else ignored.push(rawName);
  }
  return { tag, attributes, ignored };
}

const quoted = (tag: string, name: string, value: string): string => `<${tag} ${name}="${value.slice(0, 200)}">`;

/** The schemes a link shown to readers may have (those of core/safe-url). */
const linkSchemes = ['http:', 'https:', 'mailto:', 'tel:'];

/**
 * Why the placeholder must stay a link, or `undefined` when it may become its
 * element: every URL it would fetch or send to is on an allowed origin, and
 * every URL it would show as a link has a safe scheme. URLs are judged by the
 * browser's own parser, as the element will resolve them (`java\tscript:` is
 * `javascript:`); not through core/safe-url, so that dist/loader.js shares no
 * chunk with the element files and stays within its 2 KB.
 */
export function urlProblem(
  placeholder: Placeholder,
  base: string,
  allowedOrigins: readonly string[],
): string | undefined {
  for (const [name, value] of placeholder.attributes) {
    if (value === '') continue;
    let url: URL | undefined;
    try {
      url = new URL(value, base);
    } catch {
      // Unparsable: judged below like a foreign or unsafe URL.
    }
    if (requestAttributes.includes(name)) {
      if (!url || !/^https?:$/.test(url.protocol) || !allowedOrigins.includes(url.origin)) {
        const origin = url && /^https?:$/.test(url.protocol) ? url.origin : 'https://data.example';
        return `${quoted(placeholder.tag, name, value)} is not on an allowed origin, so it stays a link. Allow it with <meta name="city-network-widgets" content="allow-origins=${origin}">.`;
      }
    } else if (linkAttributes.includes(name) && !linkSchemes.includes(url?.protocol ?? '')) {
      return `${quoted(placeholder.tag, name, value)} is no safe link (http, https, mailto, tel, relative), so it stays a link.`;
    }
  }
  return undefined;
}
