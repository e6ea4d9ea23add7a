// Checked by `npm run typecheck`, not run: the exported types of the data formats accept the
// reference examples as they are, and refuse what the schemas refuse.
import memberships from '../../demo/data/memberships.json';
import members from '../../demo/data/members.json';
import type { MembersJson } from '../../src/member-map/member-map.js';
import type { MembershipsJson } from '../../src/network-badge/network-badge.js';

export const sampleMembers = members satisfies MembersJson;
export const sampleMemberships = memberships satisfies MembershipsJson;

// A member without `founding` (optional in the schema) and with translations of its name.
export const written = {
  network: { name: 'Network of medium-sized cities', founded: 1995 },
  members: [{ id: 'opava', city: { cs: 'Opava', de: 'Troppau' }, country: 'CZ', lat: 49.94, lon: 17.9 }],
} satisfies MembersJson;

const asMembers = (value: MembersJson) => value;
const asMemberships = (value: MembershipsJson) => value;
const network = { name: 'N', founded: 1995 };
const opava = written.members[0]!;

// @ts-expect-error: `members` is a list.
asMembers({ network, members: 'Opava' });
// @ts-expect-error: a latitude is a number.
asMembers({ network, members: [{ ...opava, lat: '50' }] });
// @ts-expect-error: a member has an id.
asMembers({ network, members: [{ city: 'Opava', country: 'CZ', lat: 49.94, lon: 17.9 }] });
// @ts-expect-error: `memberships` is a list.
asMemberships({ memberships: 5 });
// @ts-expect-error: a membership names its network.
asMemberships({ memberships: [{ since: 2004 }] });
