// First: it asks for the data and code of the timelines in the page before the rest is evaluated.
import './conference-timeline.early.js';
import { defineElement } from '../core/define.js';
import { CityConferenceTimeline } from './conference-timeline.element.js';

export { CityConferenceTimeline };
export type { TimelineLayout, TimelineOrder } from './conference-timeline.element.js';
export type {
  Conference,
  ConferenceNetwork,
  ConferencesData,
  TimelineEntry,
  TimelineModel,
} from './conference-timeline.data.js';
export type { Season } from '../core/i18n/calendar.js';
export type { ErrorEventDetail, LoadEventDetail } from '../core/controllers/json-source.js';

defineElement('city-conference-timeline', CityConferenceTimeline);

declare global {
  interface HTMLElementTagNameMap {
    'city-conference-timeline': CityConferenceTimeline;
  }
}
