import { expect } from '@open-wc/testing';
import {
  isSeason,
  isoDate,
  parseIsoDate,
  seasonStart,
  seasons,
  today,
  utcDate,
  yearOf,
} from '../../../src/core/i18n/calendar.js';

describe('core/calendar', () => {
  it('knows the four seasons in calendar order', () => {
    expect(seasons).to.deep.equal(['spring', 'summer', 'autumn', 'winter']);
    expect(isSeason('autumn')).to.equal(true);
    expect(isSeason('fall')).to.equal(false);
    expect(isSeason('Spring')).to.equal(false);
    expect(isSeason(3)).to.equal(false);
  });

  it('starts each season on the first day of its meteorological month', () => {
    expect(seasonStart(2016, 'spring')).to.equal(20160301);
    expect(isoDate(seasonStart(2016, 'summer'))).to.equal('2016-06-01');
    expect(isoDate(seasonStart(2016, 'autumn'))).to.equal('2016-09-01');
    expect(isoDate(seasonStart(2016, 'winter'))).to.equal('2016-12-01');
  });

  it('compares days as yyyymmdd numbers', () => {
    expect(seasonStart(2012, 'autumn')).to.be.greaterThan(seasonStart(2012, 'spring'));
    expect(parseIsoDate('2013-01-01')!).to.be.greaterThan(seasonStart(2012, 'winter'));
    expect(yearOf(20160421)).to.equal(2016);
  });

  it('parses real ISO dates only', () => {
    expect(parseIsoDate('2016-04-21')).to.equal(20160421);
    expect(parseIsoDate(' 2016-04-21 ')).to.equal(20160421);
    expect(parseIsoDate('2016-04-21T09:30:00Z')).to.equal(20160421);
    expect(parseIsoDate('2024-02-29')).to.equal(20240229);
    for (const bad of [
      '2023-02-29',
      '2016-13-01',
      '2016-00-10',
      '2016-4-21',
      '2016-04-211',
      '21.4.2016',
      '',
      'spring 2016',
      20160421,
      null,
      undefined,
    ]) {
      expect(parseIsoDate(bad), String(bad)).to.equal(undefined);
    }
  });

  it('gives today in local time and a UTC noon Date that formats to the same day everywhere', () => {
    expect(today(new Date(2026, 0, 31, 23, 59))).to.equal(20260131);
    expect(today(new Date(2026, 11, 1, 0, 1))).to.equal(20261201);
    const date = utcDate(20160421);
    expect(date.toISOString()).to.equal('2016-04-21T12:00:00.000Z');
    expect(utcDate(20161231).toISOString()).to.equal('2016-12-31T12:00:00.000Z');
    expect(new Intl.DateTimeFormat('en', { dateStyle: 'medium', timeZone: 'UTC' }).format(date)).to.equal(
      'Apr 21, 2016',
    );
  });
});
