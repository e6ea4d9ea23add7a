import { expect, nextFrame, waitUntil } from '@open-wc/testing';
import '../../../src/index.js';
import { captureWarnings, waitForText } from '../../helpers.js';
import { closePages, publish, upgraded } from '../../cms/published-page.js';

const data = `${location.origin}/tests/fixtures`;
const badgeLink = (fragment = '', text = 'Our membership') =>
  `<a href="${data}/memberships.json#city-network-badge${fragment}">${text}</a>`;

/** Adds HTML to this page (whose site script is the full bundle) and waits for a control placeholder's upgrade. */
async function addAndSettle(html: string): Promise<HTMLElement> {
  const box = document.createElement('div');
  box.innerHTML = `${html}<p class="control">${badgeLink('&variant=pill', 'control')}</p>`;
  document.body.append(box);
  await waitUntil(() => box.querySelector('.control city-network-badge'), 'the control placeholder was not upgraded');
  return box;
}

describe('placeholder upgrade', () => {
  afterEach(() => {
    closePages();
    document.querySelectorAll('body > div').forEach((box) => box.remove());
    document.querySelectorAll('meta[name="city-network-widgets"]').forEach((meta) => meta.remove());
  });

  it('at load, the loader turns a placeholder into its element with the link inside as fallback', async () => {
    const doc = await publish(`<p>${badgeLink('&network=eurocities&lang=cs')}</p>`);
    const badge = await upgraded(doc, 'city-network-badge');
    expect(badge.getAttribute('src')).to.equal(`${data}/memberships.json`);
    expect(badge.getAttribute('network')).to.equal('eurocities');
    expect(badge.getAttribute('lang')).to.equal('cs');
    const fallback = badge.querySelector('a')!;
    expect(fallback.textContent).to.equal('Our membership');
    expect(fallback.parentElement).to.equal(badge);
    expect(badge.parentElement!.localName).to.equal('p');
  });

  it('the loader loads the kit (one Lit for every element, also for kinds added later)', async () => {
    const doc = await publish(`<p>${badgeLink()}</p>`);
    const view = doc.defaultView!;
    await waitUntil(() => view.customElements.get('city-network-badge'), 'the badge was never defined');
    // Every element comes with it: a kind added later needs nothing more.
    await waitUntil(() => view.customElements.get('city-member-map'), 'the map was never defined');
    expect(view.customElements.get('city-delegation-form')).not.to.equal(undefined);
  });

  it('a page without the script keeps a working link', async () => {
    const doc = await publish(`<p>${badgeLink('&lang=cs')}</p>`, { script: 'none' });
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(doc.querySelector('city-network-badge')).to.equal(null);
    const link = doc.querySelector('a')!;
    expect(link.textContent).to.equal('Our membership');
    expect((await fetch(link.href)).ok, 'the link opens the data file').to.equal(true);
  });

  it('upgrades a placeholder whose tag an editor wrote with capitals', async () => {
    const box = await addAndSettle(
      `<p class="caps"><a href="${data}/memberships.json#City-Network-Badge&Network=eurocities">Ours</a></p>`,
    );
    const badge = box.querySelector<HTMLElement>('.caps city-network-badge');
    expect(badge, 'not upgraded').to.not.equal(null);
    expect(badge!.getAttribute('network')).to.equal('eurocities');
  });

  it('upgrades placeholders added later (MutationObserver)', async () => {
    const box = await addAndSettle('');
    const badge = box.querySelector('city-network-badge')!;
    expect(badge.getAttribute('variant')).to.equal('pill');
    expect(badge.querySelector('a')!.textContent).to.equal('control');
  });

  it("leaves the template snippet's fallback link inside its element alone (no widget in a widget)", async () => {
    const box = await addAndSettle(
      `<city-network-badge class="template" src="${data}/memberships.json">${badgeLink()}</city-network-badge>`,
    );
    const template = box.querySelector('.template')!;
    expect(template.querySelectorAll('city-network-badge')).to.have.length(0);
    expect(template.querySelector(':scope > a')!.textContent).to.equal('Our membership');
  });

  it('leaves links inside an editing area (contenteditable) alone', async () => {
    const box = await addAndSettle(`<div contenteditable="true"><p class="editing">${badgeLink()}</p></div>`);
    expect(box.querySelector('.editing a')!.parentElement!.localName).to.equal('p');
    expect(box.querySelectorAll('city-network-badge')).to.have.length(1);
  });

  it('upgrades only its own origin unless a meta element allows another', async () => {
    const other = `http://127.0.0.1:${location.port}`;
    const foreign = `<p class="foreign"><a href="${other}/api/test/cms-cors/memberships.json#city-network-badge">x</a></p>`;
    const warnings = captureWarnings();
    let box: HTMLElement;
    try {
      box = await addAndSettle(foreign);
    } finally {
      warnings.restore();
    }
    expect(box.querySelector('.foreign city-network-badge')).to.equal(null);
    expect(warnings.messages.join('\n')).to.include(
      `src="${other}/api/test/cms-cors/memberships.json"> is not on an allowed origin`,
    );
    // The advice names the origin to allow, ready to copy.
    expect(warnings.messages.join('\n')).to.include(
      `<meta name="city-network-widgets" content="allow-origins=${new URL(other).origin}">`,
    );

    const meta = document.createElement('meta');
    meta.name = 'city-network-widgets';
    meta.content = `allow-origins=${other}`;
    document.head.append(meta);
    const allowed = await addAndSettle(foreign);
    const badge = allowed.querySelector<HTMLElement>('.foreign city-network-badge')!;
    expect(badge.getAttribute('src')).to.equal(`${other}/api/test/cms-cors/memberships.json`);
    await waitForText(badge, 'METREX');
  });

  it('applies only documented attributes and warns about the others', async () => {
    const warnings = captureWarnings();
    let box: HTMLElement;
    try {
      box = await addAndSettle(
        `<p class="extra">${badgeLink('&onmouseover=alert(1)&style=display%3Anone&theme=dark')}</p>`,
      );
    } finally {
      warnings.restore();
    }
    const badge = box.querySelector('.extra city-network-badge')!;
    expect(badge.getAttribute('theme')).to.equal('dark');
    expect(badge.hasAttribute('onmouseover')).to.equal(false);
    expect(badge.hasAttribute('style')).to.equal(false);
    expect(warnings.messages.join('\n')).to.include('<city-network-badge> has no attribute "onmouseover" (ignored)');
  });

  it('leaves a javascript: placeholder a link that does nothing on its own', async () => {
    const win = window as unknown as { pwned?: boolean };
    const warnings = captureWarnings();
    let box: HTMLElement;
    try {
      box = await addAndSettle(
        `<p class="hostile"><a href="javascript:window.pwned=true//#city-network-badge">x</a>` +
          `<a href="${data}/m.json#city-network-badge&src=javascript%3Awindow.pwned%3Dtrue">y</a></p>`,
      );
      await nextFrame();
    } finally {
      warnings.restore();
    }
    expect(box.querySelectorAll('.hostile city-network-badge')).to.have.length(0);
    expect(win.pwned).to.equal(undefined);
    expect(warnings.messages.join('\n')).to.include('src="javascript:window.pwned=true"> is not on an allowed origin');
  });
});
