import { expect } from '@open-wc/testing';
import { waitText } from '../../../src/core/forms/failure.js';

describe('core/forms/failure waitText: until when a busy server asks to wait', () => {
  const now = Date.UTC(2026, 11, 2, 13, 32, 5);

  it('writes the clock time in the language of the page', () => {
    const until = now + 120_000;
    expect(waitText(until, 'cs', now)).to.equal(
      `at ${new Intl.DateTimeFormat('cs', { timeStyle: 'medium' }).format(until)}`,
    );
  });

  it('writes a 24-hour time, with no English word, where the browser has no clock for the language', () => {
    expect(Intl.DateTimeFormat.supportedLocalesOf('sq'), 'this browser has Albanian data now').to.deep.equal([]);
    const until = now + 120_000;
    const text = waitText(until, 'sq', now);
    expect(text).to.equal(`at ${new Intl.DateTimeFormat('en-GB', { timeStyle: 'medium' }).format(until)}`);
    expect(text).not.to.match(/AM|PM/);
  });
});
