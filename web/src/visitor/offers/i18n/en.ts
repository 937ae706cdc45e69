import type { OffersResources } from './ja';

export const offersEn: OffersResources = {
  title: "The center's seminars and gatherings",
  lead: 'Seminars, family classes, days at the place to be (ibasho) and more, held by the center. If one interests you, feel free to ask a counselor in the chat.',
  loading: 'Loading…',
  empty: 'Nothing is planned just now. Please come back and look again.',
  error: 'We could not load this page. Please check your connection and try again.',
  retry: 'Try again',
  back: 'Back',
  when: 'When',
  place: 'Where',
  audience: { self: 'For the person themselves', family: 'For family members', all: 'For anyone' },
  timeUnknown: 'Please ask us about the time',
  zoneNote: 'Times are in the center’s time zone ({{zone}}).',
};
