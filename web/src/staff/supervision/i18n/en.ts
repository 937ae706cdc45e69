import type { TeamMessages } from './ja';

export const teamEn: TeamMessages = {
  nav: 'Team now',
  title: 'Team now',
  intro: 'Shifts, duty and chat load right now. Refreshes every 10 seconds. Times are in {{timezone}}.',
  name: 'Name',
  roles: 'Roles',
  shift: 'Shift',
  duty: 'Duty',
  load: 'Chats',
  until: 'until {{time}}',
  asRole: ' ({{role}})',
  offShift: 'Off shift',
  onDuty: 'On duty',
  offDuty: 'Away',
  loadOf: '{{load}} of {{max}}',
  noChats: '—',
  empty: 'There are no active staff members.',
  failed: 'The team view could not be loaded.',
  updatedAt: 'as of {{time}}',
  refreshing: 'Refreshing…',
  summary: '{{onShift}} on shift · {{onDuty}} on duty · {{chats}} chats open',
};
