// One source for each element's attributes: the placeholder's table (what a
// placeholder may set) and the snippet builder's fields must match the
// custom elements manifest, which is generated from the elements' JSDoc.
import { expect } from '@open-wc/testing';
import { commonFields, elementFields } from '../../demo/builder-fields.js';
import { documentedAttributes, placeholderTags } from '../../src/core/placeholder/attributes.js';

interface ManifestAttribute {
  name: string;
  description?: string;
  default?: string;
  type?: { text: string };
}
interface ManifestDeclaration {
  tagName?: string;
  attributes?: ManifestAttribute[];
}

let documented: Map<string, ManifestAttribute[]>;

before(async () => {
  const manifest = (await (await fetch('/custom-elements.json')).json()) as {
    modules: { declarations?: ManifestDeclaration[] }[];
  };
  documented = new Map();
  for (const declaration of manifest.modules.flatMap((module) => module.declarations ?? [])) {
    if (!declaration.tagName?.startsWith('city-')) continue;
    // Documented: with a description. `lang` is the global attribute, documented in the README.
    const attributes = (declaration.attributes ?? []).filter((entry) => entry.description || entry.name === 'lang');
    documented.set(declaration.tagName, attributes);
  }
});

const names = (list: { name: string }[]) => list.map((entry) => entry.name).sort();

describe('attributes, one source: custom-elements.json', () => {
  it('the placeholder table names every element of the manifest, with its documented attributes', () => {
    expect([...placeholderTags].sort()).to.deep.equal([...documented.keys()].sort());
    for (const [tag, attributes] of documented) {
      expect(documentedAttributes(tag)!.sort(), tag).to.deep.equal(names(attributes));
    }
  });

  it('the builder has a field for every documented attribute and no other', () => {
    expect(Object.keys(elementFields).sort()).to.deep.equal([...documented.keys()].sort());
    for (const [tag, attributes] of documented) {
      expect(names([...elementFields[tag].attributes, ...commonFields]), tag).to.deep.equal(names(attributes));
    }
  });

  it("the builder's defaults, kinds and choices are the manifest's", () => {
    for (const [tag, attributes] of documented) {
      const fields = [...elementFields[tag].attributes, ...commonFields];
      for (const attribute of attributes) {
        const field = fields.find((entry) => entry.name === attribute.name)!;
        const where = `${tag} ${attribute.name}`;
        const manifestDefault = attribute.default?.replace(/^'(.*)'$/, '$1');
        expect(field.default, `${where}: default`).to.equal(manifestDefault);
        const type = attribute.type?.text ?? '';
        expect(field.type === 'checkbox', `${where}: a checkbox exactly when boolean`).to.equal(type === 'boolean');
        expect(field.type === 'number', `${where}: a number field exactly when a number`).to.equal(
          /\bnumber\b/.test(type),
        );
        for (const option of field.options ?? []) {
          expect(attribute.description, `${where}: "${option}" documented`).to.include(`\`${option}\``);
        }
      }
    }
  });
});
