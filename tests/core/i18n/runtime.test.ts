import { expect, fixture, html } from '@open-wc/testing';
import { msg, str } from '@lit/localize';
import { _installMsgImplementation } from '@lit/localize/init/install.js';
import { runtimeMsg } from '@lit/localize/internal/runtime-msg.js';
import { html as litHtml } from 'lit';
import { CityElement } from '../../../src/core/element.js';
import { defineElement } from '../../../src/core/define.js';
import { activeLocale } from '../../../src/core/i18n/runtime.js';

/**
 * What src/core/i18n/runtime.ts relies on in @lit/localize, checked against
 * the installed version: when an upgrade changes any of it, this fails before
 * a page shows English everywhere or throws on load.
 */
describe('core/i18n/runtime: what it relies on in @lit/localize', () => {
  it('pins @lit/localize exactly, and the installed copy is that version', async () => {
    const read = async <T>(path: string) => (await (await fetch(path)).json()) as T;
    const packageJson = await read<{ dependencies: Record<string, string> }>('/package.json');
    const lockfile = await read<{ packages: Record<string, { version?: string }> }>('/package-lock.json');
    const installedPackage = await read<{ version: string }>('/node_modules/@lit/localize/package.json');
    const pinned = packageJson.dependencies['@lit/localize'];
    expect(pinned, 'no range: a patch release may change the internals').to.match(/^\d+\.\d+\.\d+$/);
    expect(lockfile.packages['node_modules/@lit/localize']?.version).to.equal(pinned);
    expect(installedPackage.version).to.equal(pinned);
  });

  it('_installMsgImplementation throws when called a second time (runtime.ts installs once)', () => {
    expect(_installMsgImplementation).to.be.a('function');
    expect(() => _installMsgImplementation(((template: string) => template) as never)).to.throw();
  });

  it('runtimeMsg resolves plain, str and id templates, and falls back to the source', () => {
    const templates = {
      'plain-id': 'Ahoj',
      'str-id': { strTag: true as const, strings: ['', ' měst'] as unknown as TemplateStringsArray, values: [0] },
    };
    expect(runtimeMsg(templates, 'Hello', { id: 'plain-id' })).to.equal('Ahoj');
    const template = str`${5} cities`;
    expect(runtimeMsg(templates, template, { id: 'str-id' })).to.equal('5 měst');
    expect(runtimeMsg(templates, 'Not translated', undefined)).to.equal('Not translated');
    expect(runtimeMsg(undefined, template, { id: 'str-id' })).to.equal('5 cities');
  });

  it('msg() goes through the installed implementation (auto-generated ids included)', () => {
    // The implementation answers in the active locale; English is the source.
    expect(msg('Try again')).to.equal('Try again');
    expect(msg(str`since ${2022}`)).to.equal('since 2022');
  });
});

/** A widget whose click handler calls msg() outside render, as a form's submit handler does. */
class LocaleProbe extends CityElement {
  heard = '';
  protected override render(): unknown {
    return litHtml`<button @click=${() => setTimeout(() => (this.heard = msg('Try again')))}>${msg('Try again')}</button>`;
  }
}
defineElement('city-locale-probe', LocaleProbe);

describe('core/i18n/runtime: each widget in its own language', () => {
  it('renders each widget in its lang, and msg() outside render follows the widget the reader used', async () => {
    const wrapper = await fixture<HTMLDivElement>(
      html`<div>
        <city-locale-probe lang="cs"></city-locale-probe><city-locale-probe lang="de"></city-locale-probe>
      </div>`,
    );
    const [czech, german] = Array.from(wrapper.children) as LocaleProbe[];
    await Promise.all([czech.updateComplete, german.updateComplete]);
    const button = (probe: LocaleProbe) => probe.shadowRoot!.querySelector('button')!;
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(button(czech).textContent).to.equal('Zkusit znovu');
    expect(button(german).textContent).to.equal('Erneut versuchen');
    // The German widget rendered last; a click on the Czech one makes Czech the language of its handler.
    button(czech).click();
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(czech.heard).to.equal('Zkusit znovu');
    button(german).click();
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(german.heard).to.equal('Erneut versuchen');
    expect(activeLocale()).to.equal('de');
  });

  it('keeps refreshLocale and the update hooks out of the public API', () => {
    const probe = document.createElement('city-locale-probe');
    expect('refreshLocale' in probe).to.equal(false);
    expect(Object.getOwnPropertyNames(CityElement.prototype)).not.to.include('scheduleUpdate');
    expect(Object.getOwnPropertyNames(CityElement.prototype)).not.to.include('performUpdate');
  });
});
