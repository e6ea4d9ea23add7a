import { defineElement } from '../core/define.js';
// Imported here, though only the data element's chunk uses it, so that the browser asks for
// the shared loading code together with the other chunks, not one round trip after them.
import '../core/controllers/json-source.js';
import { CityNetworkBadge } from './network-badge.element.js';

export { CityNetworkBadge };
export type { BadgeVariant } from './network-badge.element.js';
export type { MembershipsData, Membership, MembershipRole, NetworkInfo } from './network-badge.data.js';
export type { ErrorEventDetail, LoadEventDetail } from '../core/controllers/json-source.js';

defineElement('city-network-badge', CityNetworkBadge);

declare global {
  interface HTMLElementTagNameMap {
    'city-network-badge': CityNetworkBadge;
  }
}
