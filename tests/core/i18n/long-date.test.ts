import { expect } from '@open-wc/testing';
import { longDateFormat } from '../../../src/core/i18n/long-date.js';

const day = (iso: string) => new Date(`${iso}T12:00:00Z`);

describe('core/i18n longDateFormat (exact dates in words)', () => {
  it('writes Albanian dates with Albanian months, which Chromium has no data for (it would write English)', () => {
    expect(Intl.DateTimeFormat.supportedLocalesOf(['sq'])).to.deep.equal([]);
    const albanian = longDateFormat('sq');
    expect(albanian.format(day('2023-03-12'))).to.equal('12 mars 2023');
    expect(albanian.format(day('2024-11-05'))).to.equal('5 nëntor 2024');
    // Spans leave out what both ends share, from the year down, as CLDR writes them.
    expect(albanian.formatRange(day('2023-03-12'), day('2023-03-14'))).to.equal('12 – 14 mars 2023');
    expect(albanian.formatRange(day('2023-02-28'), day('2023-03-02'))).to.equal('28 shkurt – 2 mars 2023');
    expect(albanian.formatRange(day('2023-12-30'), day('2024-01-02'))).to.equal('30 dhjetor 2023 – 2 janar 2024');
    expect(albanian.formatRange(day('2023-07-01'), day('2023-07-01'))).to.equal('1 korrik 2023');
    // The same month of another year is not the same month.
    expect(albanian.formatRange(day('2023-05-10'), day('2024-05-12'))).to.equal('10 maj 2023 – 12 maj 2024');
  });

  it('writes the other languages as the browser does, with the region of the page’s tag', () => {
    const options = { dateStyle: 'long', timeZone: 'UTC' } as const;
    for (const locale of ['cs', 'de', 'en', 'hu', 'pl']) {
      expect(longDateFormat(locale).format(day('2016-04-21')), locale).to.equal(
        new Intl.DateTimeFormat(locale, options).format(day('2016-04-21')),
      );
    }
    expect(longDateFormat('en', 'en-GB').format(day('2016-04-21'))).to.equal('21 April 2016');
    expect(longDateFormat('en', 'de-AT').format(day('2016-04-21'))).to.equal('April 21, 2016');
    expect(longDateFormat('en', 'en-GB_x').format(day('2016-04-21'))).to.equal('April 21, 2016');
  });
});
