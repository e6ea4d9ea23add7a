// First: it asks for the data of the badges in the page before the rest is evaluated.
import './network-badge.early.js';
import { defineElement } from '../core/define.js';
import { CityNetworkBadge } from './network-badge.element.js';

export { CityNetworkBadge };
export type { BadgeVariant } from './network-badge.element.js';
export type {
  MembershipsData,
  MembershipsJson,
  Membership,
  MembershipRole,
  NetworkInfo,
} from './network-badge.data.js';
export type { ErrorEventDetail, LoadEventDetail } from '../core/controllers/json-source.js';

defineElement('city-network-badge', CityNetworkBadge);

declare global {
  interface HTMLElementTagNameMap {
    'city-network-badge': CityNetworkBadge;
  }
}
