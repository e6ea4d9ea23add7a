import { expect, fixture, html } from '@open-wc/testing';
import { render } from 'lit';
import { RequestFailure } from '../../../src/core/net/attempt.js';
import { toLoadError } from '../../../src/core/data/source.js';
import { describeLoadError } from '../../../src/core/data/problems.js';
import { renderError } from '../../../src/core/data/status.js';

/** What a reader sees of the error a failed request became. */
async function shown(error: unknown, editor = false): Promise<string> {
  const box = await fixture<HTMLDivElement>(html`<div lang="en"></div>`);
  render(
    renderError(toLoadError(error, `${location.origin}/data/members.json`), editor, () => undefined),
    box,
  );
  return box.innerText;
}

describe('core/data/status: what a failed load tells readers', () => {
  it('tells a server that gave no answer in time from a lost connection', async () => {
    const slow = await shown(new RequestFailure('timeout', 'signal is aborted without reason', 2));
    expect(slow).to.include('The server is not answering just now. Try again in a moment.');
    expect(slow).not.to.include('Check your connection');
    expect(slow).to.include('Try again');

    const lost = await shown(new RequestFailure('network', 'Failed to fetch', 2));
    expect(lost).to.include('Check your connection and try again.');
    expect(lost).not.to.include('not answering');
  });

  it('says so in the console too, not "signal is aborted"', () => {
    const error = toLoadError(new RequestFailure('timeout', 'signal is aborted without reason', 2), '/m.json');
    expect(describeLoadError(error)).to.equal('could not reach /m.json (no answer in time)');
  });
});
