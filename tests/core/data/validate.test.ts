import { expect } from '@open-wc/testing';
import {
  EntryLog,
  IssueLog,
  childPath,
  describeValue,
  readCountry,
  readNumber,
  readText,
  readUrl,
  readYear,
} from '../../../src/core/data/validate.js';
import { parseJson } from '../../../src/core/data/parse-json.js';

describe('core/validate', () => {
  it('builds JSON paths', () => {
    expect(childPath('', 'conferences')).to.equal('conferences');
    expect(childPath('conferences', 3)).to.equal('conferences[3]');
    expect(childPath('conferences[3]', 'year')).to.equal('conferences[3].year');
  });

  it('reports a bad year with its path and the value', () => {
    const log = new IssueLog();
    expect(readYear('20x6', 'conferences[3].year', log)).to.equal(undefined);
    expect(log.issues).to.deep.equal([{ path: 'conferences[3].year', message: 'expected a year, got "20x6"' }]);
  });

  it('accepts a missing optional value silently', () => {
    const log = new IssueLog();
    expect(readYear(undefined, 'x', log, { optional: true })).to.equal(undefined);
    expect(log.issues).to.have.length(0);
  });

  it('checks number ranges and whole numbers', () => {
    const log = new IssueLog();
    expect(readNumber(5, 'a', log, { min: 1, max: 10, integer: true })).to.equal(5);
    expect(readNumber(5.5, 'b', log, { integer: true })).to.equal(undefined);
    expect(readNumber(99, 'c', log, { min: 1, max: 10 })).to.equal(undefined);
    expect(log.issues.map((issue) => issue.path)).to.deep.equal(['b', 'c']);
    expect(log.issues[1].message).to.equal('expected a number from 1 to 10, got 99');
  });

  it('reads LocalizedText and reports bad keys and empty translations', () => {
    const log = new IssueLog();
    expect(readText({ cs: 'Brno', 'not a tag': 'x', de: '' }, 'city', log)).to.deep.equal({ cs: 'Brno' });
    expect(log.issues.map((issue) => issue.path)).to.deep.equal(['city.not a tag', 'city.de']);
    expect(readText(42, 'topic', log)).to.equal(undefined);
  });

  it('keeps a malformed country code as written (a code in lower case as meant), and reports it', () => {
    const log = new IssueLog();
    expect(readCountry('CZ', 'a', log)).to.equal('CZ');
    expect(readCountry('Czechia', 'b', log)).to.equal('Czechia');
    expect(readCountry(' cz ', 'c', log)).to.equal('CZ');
    expect(log.issues.map((issue) => issue.path)).to.deep.equal(['b', 'c']);
  });

  it('drops and reports unsafe URLs', () => {
    const log = new IssueLog();
    expect(readUrl('javascript:alert(1)', 'url', log)).to.equal(undefined);
    expect(log.issues[0].message).to.include('unsafe URL');
  });

  it('describes values briefly', () => {
    expect(describeValue(null)).to.equal('null');
    expect(describeValue([1])).to.equal('a list');
    expect(describeValue('x'.repeat(100))).to.have.length.below(45);
  });

  it('parses JSON or says why not', () => {
    expect(parseJson('{"a":1}').value).to.deep.equal({ a: 1 });
    expect(parseJson('{"a":').error).to.be.a('string');
  });

  it("reports an entry's problems at its own path in the list, and at paths under it", () => {
    const log = new IssueLog();
    const entry = new EntryLog(log, 'members');
    entry.index = 3;
    readText(42, 'city', entry);
    readText({ cs: 'Brno', 'x!': 'Brünn' }, 'city', entry);
    entry.index = 7;
    readYear('1990', '', entry);
    expect(log.issues.map((issue) => issue.path)).to.deep.equal([
      'members[3].city',
      'members[3].city.x!',
      'members[7]',
    ]);
    expect(readText({ cs: ' Brno ', de: 'Brünn' }, 'city', entry)).to.deep.equal({ cs: 'Brno', de: 'Brünn' });
  });
});
