import type { AuditMessages } from './ja';

export const auditEn: AuditMessages = {
  nav: 'Audit log',
  title: 'Audit log',
  intro: 'Changes to staff, shifts and settings, newest first. Times are in {{timezone}}. No conversation content is recorded.',
  when: 'When',
  who: 'Who',
  what: 'Action',
  subject: 'Subject',
  details: 'Details',
  system: 'System',
  empty: 'Nothing has been recorded yet.',
  loadOlder: 'Load older entries',
  loadingOlder: 'Loading…',
  noMore: 'There are no older entries.',
  failed: 'The audit log could not be loaded.',
  unknownStaff: '(removed staff member)',
  action: {
    'staff.created': 'Added staff member', 'staff.updated': 'Changed staff member', 'staff.password_reset': 'Reset password',
    'staff.password_changed': 'Changed own password', 'shift.created': 'Added shift', 'shift.updated': 'Changed shift',
    'shift.deleted': 'Deleted shift', 'shift.bulk': 'Bulk shift operation', 'settings.updated': 'Changed settings', 'transcript.read': 'Read a transcript', 'risk.changed': 'Changed a risk level',
  },
  field: {
    displayName: 'Display name', roles: 'Roles', teams: 'Teams', maxConcurrent: 'Concurrent chats', active: 'Active', loginId: 'Login ID',
    staffId: 'Staff', startsAt: 'Start', endsAt: 'End', role: 'Role', keys: 'Fields', op: 'Operation', created: 'Created', deleted: 'Deleted',
  },
  yes: 'yes', no: 'no', none: 'none',
  chosenByAdmin: 'Password chosen by an administrator (must be changed at next sign-in)',
  temporaryIssued: 'Temporary password issued (must be changed at next sign-in)',
  consultation: 'Consultation {{id}}',
  shiftSubject: 'Shift {{id}}',
  settingsSubject: 'Settings',
};
