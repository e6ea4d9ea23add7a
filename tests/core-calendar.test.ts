import { expect } from '@open-wc/testing';
import { dayKey, isSeason, isoDate, parseIsoDate, seasonStart, seasons, today, utcDate } from '../src/core/calendar.js';

describe('core/calendar', () => {
  it('knows the four seasons in calendar order', () => {
    expect(seasons).to.deep.equal(['spring', 'summer', 'autumn', 'winter']);
    expect(isSeason('autumn')).to.equal(true);
    expect(isSeason('fall')).to.equal(false);
    expect(isSeason('Spring')).to.equal(false);
    expect(isSeason(3)).to.equal(false);
  });

  it('starts each season on the first day of its meteorological month', () => {
    expect(isoDate(seasonStart(2016, 'spring'))).to.equal('2016-03-01');
    expect(isoDate(seasonStart(2016, 'summer'))).to.equal('2016-06-01');
    expect(isoDate(seasonStart(2016, 'autumn'))).to.equal('2016-09-01');
    expect(isoDate(seasonStart(2016, 'winter'))).to.equal('2016-12-01');
  });

  it('compares days as yyyymmdd numbers', () => {
    expect(dayKey({ year: 2016, month: 4, day: 21 })).to.equal(20160421);
    expect(dayKey(seasonStart(2012, 'autumn'))).to.be.greaterThan(dayKey(seasonStart(2012, 'spring')));
    expect(dayKey({ year: 2013, month: 1, day: 1 })).to.be.greaterThan(dayKey(seasonStart(2012, 'winter')));
  });

  it('parses real ISO dates only', () => {
    expect(parseIsoDate('2016-04-21')).to.deep.equal({ year: 2016, month: 4, day: 21 });
    expect(parseIsoDate(' 2016-04-21 ')).to.deep.equal({ year: 2016, month: 4, day: 21 });
    expect(parseIsoDate('2016-04-21T09:30:00Z')).to.deep.equal({ year: 2016, month: 4, day: 21 });
    expect(parseIsoDate('2024-02-29')).to.deep.equal({ year: 2024, month: 2, day: 29 });
    for (const bad of ['2023-02-29', '2016-13-01', '2016-4-21', '21.4.2016', '', 'spring 2016', 20160421, null, undefined]) {
      expect(parseIsoDate(bad), String(bad)).to.equal(undefined);
    }
  });

  it('gives today in local time and a UTC noon Date that formats to the same day everywhere', () => {
    expect(today(new Date(2026, 0, 31, 23, 59))).to.deep.equal({ year: 2026, month: 1, day: 31 });
    const date = utcDate({ year: 2016, month: 4, day: 21 });
    expect(date.toISOString()).to.equal('2016-04-21T12:00:00.000Z');
    expect(new Intl.DateTimeFormat('en', { dateStyle: 'medium', timeZone: 'UTC' }).format(date)).to.equal('Apr 21, 2016');
  });
});
