// First: it asks for the data and code of the maps in the page before the rest is evaluated.
import './member-map.early.js';
import { defineElement } from '../core/define.js';
import { CityMemberMap } from './member-map.element.js';
import type { MemberSelectDetail } from './member-map.element.js';

export { CityMemberMap };
export type { MemberMapView, MemberSelectDetail } from './member-map.element.js';
export type { Member, MemberNetwork, MembersData, MembersJson } from './member-map.data.js';

defineElement('city-member-map', CityMemberMap);

declare global {
  interface HTMLElementTagNameMap {
    'city-member-map': CityMemberMap;
  }
  interface GlobalEventHandlersEventMap {
    'city-member-select': CustomEvent<MemberSelectDetail>;
  }
}
