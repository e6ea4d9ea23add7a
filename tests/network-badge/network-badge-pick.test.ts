import { expect } from '@open-wc/testing';
import { isWithin, issuesOfMembership, pickMembership } from '../../src/network-badge/network-badge.pick.js';
import type { MembershipsData } from '../../src/network-badge/network-badge.data.js';

const data: MembershipsData = {
  memberships: [
    { id: 'eurocities', path: 'memberships[0]', network: { name: 'EUROCITIES' }, roles: [] },
    { id: 'Metrex', path: 'memberships[2]', network: { name: 'METREX' }, roles: [] },
  ],
  invalid: [{ id: 'bad', path: 'memberships[1]' }],
};

describe('network-badge helpers', () => {
  it('picks the membership `network` names in any case, else the first, else the unusable entry', () => {
    expect(pickMembership(data, ' METREX ').membership?.id).to.equal('Metrex');
    expect(pickMembership(data, undefined).membership?.id).to.equal('eurocities');
    expect(pickMembership(data, 'bad')).to.deep.equal({ broken: { id: 'bad', path: 'memberships[1]' } });
    expect(pickMembership(data, 'none')).to.deep.equal({ broken: undefined });
  });

  it('keeps the problems of the membership shown and of the file, not of the others', () => {
    const issues = [
      { path: 'member', message: 'm' },
      { path: 'memberships[1].network.name', message: 'a' },
      { path: 'memberships[10].id', message: 'b' },
      { path: 'memberships[1]', message: 'c' },
    ];
    expect(issuesOfMembership(issues, 'memberships[1]').map((issue) => issue.message)).to.deep.equal(['m', 'a', 'c']);
    expect(isWithin('memberships[10].id', 'memberships[1]')).to.equal(false);
    expect(isWithin('memberships[1][0]', 'memberships[1]')).to.equal(true);
  });
});
