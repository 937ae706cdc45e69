import type { RosterMessages } from './ja';

export const rosterEn: RosterMessages = {
  nav: 'Roster',
  title: 'Duty roster',
  zone: 'All times are shown and entered in {{timezone}}.',
  week: {
    prev: 'Previous week', next: 'Next week', current: 'This week', today: 'Today', nav: 'Change week',
    range: '{{from}} – {{to}}',
  },
  newShift: 'New shift',
  bulk: 'Bulk actions',
  grid: {
    label: 'Weekly roster', staff: 'Staff', coverage: 'Coverage', counselorHours: '{{hours}} counselor-h',
    now: 'Now', noStaff: 'No active staff yet. Add people on the admin page.',
    rowHint: 'Drag on an empty area to create a shift',
    keys: 'On a shift: Enter edit · ← → move 15 min · Shift+← → end ±15 min · Delete remove',
    saving: 'Saving…', coverageError: 'Coverage could not be loaded.',
  },
  block: {
    label: '{{name}}, {{role}}, {{from}} to {{to}}', fromPrev: 'from last week', toNext: 'into next week',
    short: { counselor: 'Couns.', supervisor: 'SV' },
  },
  flags: { no_counselor: 'No counselor', no_supervisor: 'No SV', under_two: 'Under 2' },
  flagsLong: {
    no_counselor: 'Hours with no counselor (the service is closed)',
    no_supervisor: 'Hours with no supervisor',
    under_two: 'Hours with fewer than two staff (two or more are advised for emergencies)',
  },
  legend: {
    title: 'Legend', counselor: 'Counselor shift', supervisor: 'Supervisor shift', now: 'Current time', today: 'Today',
  },
  form: {
    createTitle: 'Add a shift', editTitle: 'Edit shift', staff: 'Staff', pickStaff: 'Choose…',
    date: 'Date', start: 'Start', end: 'End', role: 'Role on shift', nightHint: 'An end at or before the start is on the next day.',
    create: 'Add', save: 'Save', delete: 'Delete this shift',
  },
  fieldErrors: {
    required: 'Please fill this in.', tooLong: 'A shift lasts at most {{hours}} hours.',
    staffId: 'This person cannot take it (inactive, or without that role).',
    role: 'This person does not hold this role.', startsAt: 'Please check the start.',
    endsAt: 'Please check the end (after the start, at most {{hours}} hours).',
    overlap: 'This person already has a shift at that time.',
  },
  confirmDelete: {
    title: 'Delete this shift?', body: '{{name}}: {{when}}', confirm: 'Delete',
  },
  bulkForm: {
    title: 'Bulk actions', ops: 'Action',
    copyWeek: 'Copy this week to the next weeks', repeatWeekly: 'Repeat a shift weekly', deleteRange: 'Delete shifts in a range',
    weeks: 'Number of weeks', shift: 'Shift to repeat', pickShift: 'Choose…', until: 'Repeat until',
    from: 'From', to: 'To', staff: 'Staff', everyone: 'Everyone', review: 'Review', back: 'Back', run: 'Run', running: 'Running…',
    confirmCopy: 'Copy the {{count}} shifts of this week ({{week}}) to each of the next {{weeks}} weeks.',
    confirmRepeat: 'Repeat {{shift}} every week until {{until}}.',
    confirmDelete: 'Delete the shifts of {{who}} starting from {{from}} to {{to}}. This cannot be undone.',
    allOrNothing: 'Either all of it succeeds or nothing changes.',
    created_one: '{{count}} shift created.', created_other: '{{count}} shifts created.',
    deleted_one: '{{count}} shift deleted.', deleted_other: '{{count}} shifts deleted.',
  },
  errors: { overlap: 'Shifts of one person would overlap: nothing was changed.', reverted: 'The shift is back where it was.' },
};
