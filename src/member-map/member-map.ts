import { defineElement } from '../core/define.js';
// Imported here, though only the data element's chunk uses it, so that the browser asks for
// the shared loading code together with the other chunks, not one round trip after them.
import '../core/controllers/json-source.js';
import { CityMemberMap } from './member-map.element.js';
import type { MemberSelectDetail } from './member-map.element.js';

export { CityMemberMap };
export type { MemberMapView, MemberSelectDetail } from './member-map.element.js';
export type { Member, MemberNetwork, MembersData } from './member-map.data.js';

defineElement('city-member-map', CityMemberMap);

declare global {
  interface HTMLElementTagNameMap {
    'city-member-map': CityMemberMap;
  }
  interface HTMLElementEventMap {
    'city-member-select': CustomEvent<MemberSelectDetail>;
  }
}
