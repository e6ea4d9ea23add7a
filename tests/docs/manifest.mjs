// The custom elements manifest (custom-elements.json) read the way the docs
// and the stories use it: per element, its public API by kind.
import { readFileSync } from 'node:fs';

const manifest = JSON.parse(readFileSync(new URL('../../custom-elements.json', import.meta.url), 'utf8'));

const isPublicField = (member) =>
  member.kind === 'field' && !member.static && (member.privacy ?? 'public') === 'public' && !member.name.startsWith('_');

/** Every `city-*` element with its attributes, properties, events, parts and CSS properties. */
export const elements = manifest.modules
  .flatMap((module) => module.declarations ?? [])
  .filter((declaration) => declaration.customElement && declaration.tagName?.startsWith('city-'))
  .map((declaration) => ({
    tag: declaration.tagName,
    attributes: (declaration.attributes ?? []).map((attribute) => attribute.name).sort(),
    properties: (declaration.members ?? []).filter(isPublicField).map((member) => member.name).sort(),
    events: (declaration.events ?? []).map((event) => event.name).filter(Boolean).sort(),
    parts: (declaration.cssParts ?? []).map((part) => part.name).sort(),
    cssProperties: (declaration.cssProperties ?? []).map((property) => property.name).sort(),
  }))
  .sort((a, b) => a.tag.localeCompare(b.tag));
