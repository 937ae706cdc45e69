import type { StaffMessages } from './ja';

export const staffEn: StaffMessages = {
  appName: 'Hidamari',
  appSub: 'Staff',
  common: {
    loading: 'Loading…', retry: 'Retry', cancel: 'Cancel', save: 'Save', saving: 'Saving…', close: 'Close',
    delete: 'Delete', deleting: 'Deleting…', dismiss: 'Dismiss',
  },
  errors: {
    INVALID_PAYLOAD: 'Please check your input.', UNAUTHENTICATED: 'Your session has ended. Please sign in again.',
    INVALID_CREDENTIALS: 'Wrong login ID or password.',
    FORBIDDEN: 'You do not have permission for this.', BAD_ORIGIN: 'Requests from this address are not accepted.',
    NOT_FOUND: 'Not found.', CONFLICT: 'This conflicts with another change. Please reload.',
    ALREADY_CLAIMED: 'Another counselor has taken this chat.', AT_CAPACITY: 'You are at your limit of concurrent chats.',
    NOT_ON_DUTY: 'Go on duty to take chats.', CONSULTATION_CLOSED: 'This consultation has already been closed.',
    NOT_BOUND: 'Not connected to this consultation.',
    RATE_LIMITED: 'Too many attempts. Please wait a moment and try again.',
    INTERNAL: 'A network or server error occurred. Please try again.',
    invalidField: 'Please check “{{field}}”.',
  },
  fields: {
    loginId: 'Login ID', displayName: 'Display name', password: 'Password', roles: 'Roles', teams: 'Teams', maxConcurrent: 'Concurrent chats',
    active: 'Active', staffId: 'Staff', startsAt: 'Start', endsAt: 'End', role: 'Role', token: 'Set-up link',
  },
  login: {
    title: 'Staff sign-in', loginId: 'Login ID', password: 'Password', submit: 'Sign in', submitting: 'Signing in…',
    setupNeeded: 'No administrator exists yet. Open the set-up link the server printed in its log at start-up.',
  },
  setup: {
    title: 'Create the first administrator', intro: 'This creates the first admin account for this center. The link works once.',
    confirm: 'Confirm password', mismatch: 'The passwords do not match.', submit: 'Create and sign in',
    missingToken: 'The set-up link is incomplete. Open the link exactly as the server logged it.',
    notNeeded: 'Set-up is already complete.', goLogin: 'Go to sign-in', badToken: 'The set-up link is invalid or has expired.',
  },
  header: {
    nav: 'Pages', admin: 'Admin', workspace: 'Chats', logout: 'Sign out', language: 'Switch display language',
    onDuty: 'On duty', offDuty: 'Off duty', soundOn: 'Sound on', soundOff: 'Sound off',
  },
  connection: { connecting: 'Connecting to the server…', offline: 'Connection lost. Reconnecting… (messages being sent go out once reconnected)', online: '' },
  help: {
    title: 'Keyboard shortcuts', switchChat: 'Switch to chat n', takeNext: 'Take the chat at the top of the queue',
    toggleNote: 'Toggle staff-only note mode', focusQueue: 'Go to the queue', focusComposer: 'Go to the message box',
    send: 'Send', newline: 'New line', help: 'Open this list (outside text fields)',
    note: 'Alt combinations also work while typing. Nothing fires during IME composition.',
  },
  queue: {
    title: 'Waiting', empty: 'Nobody is waiting.', more: '{{count}} more waiting (most urgent and longest waiting shown first).', offDuty: 'You are off duty. Go on duty to take chats.',
    take: 'Take', taking: 'Taking…', waited: 'Waiting time', noPreview: '(no first message)', team: 'Requested: {{team}}',
    atCapacity: 'You are at your limit. Close another chat before taking this one.', goOnDuty: 'Go on duty',
    notice: {
      ALREADY_CLAIMED: 'Another counselor took that chat, so it left the queue.',
      NOT_ON_DUTY: 'Go on duty to take chats.',
    },
  },
  audience: { self: 'Self', family: 'Family' },
  topic: { 'daily-life': 'Daily life', 'work-school': 'Work / school', family: 'Family', 'mind-health': 'Mind & health', other: 'Other' },
  risk: { high: 'High risk', elevated: 'Elevated', none: '' },
  roles: { counselor: 'Counselor', supervisor: 'Supervisor', admin: 'Admin' },
  outcome: {
    listened: 'Listened', information_given: 'Information given', referred: 'Referred', follow_up: 'Follow-up', no_response: 'No response', other: 'Other',
  },
  chats: {
    title: 'My chats', empty: 'You have no open chats.', emptyHint: 'Press “Take” in the queue on the left, or Alt+T for the top of the queue.',
    unread: '{{count}} unread', closed: 'Closed', released: 'Requeued',
  },
  chat: {
    anonymous: 'Visitor', you: 'You', close: 'Close chat', dismiss: 'Close tab', transcript: 'Conversation',
    noMessages: 'No messages yet.', noteLabel: 'Note (staff only)', typing: 'The visitor is typing…', retry: 'Retry',
    startedAt: 'Started {{time}}', locale: 'Language: {{locale}}',
    released: 'This chat is no longer assigned to you (it went back to the queue or moved while you were disconnected).',
    status: { pending: 'Sending…', sent: 'Sent', failed: 'Not sent', received: '' },
    closed: {
      visitor_left: 'The visitor left, so the chat has closed.', counselor_closed: 'This chat is closed.',
      abandoned: 'The visitor did not return, so the chat has closed.', inactive: 'The chat closed automatically after a period of inactivity.',
    },
  },
  composer: {
    placeholder: 'Message to the visitor (Enter sends, Shift+Enter for a new line)', notePlaceholder: 'Staff note (never shown to the visitor)',
    noteOff: 'Write a note', noteOn: 'Writing a note', noteHint: 'Not shown to the visitor', send: 'Send', saveNote: 'Save note',
  },
  close: {
    title: 'Close this chat', intro: 'The visitor will see that the chat has ended.', outcome: 'Outcome', outcomeNone: 'Not specified',
    tags: 'Tags', tagsPlaceholder: 'e.g. sleep, employment', tagsHint: 'Separate with commas (up to 10, each up to 40 characters)',
    tagErrors: { 'too-many': 'Up to 10 tags.', 'too-long': 'Each tag can be up to 40 characters.' },
    confirm: 'Close chat', closing: 'Closing…',
  },
  title: { queued: 'waiting', unread: 'unread' },
  admin: { title: 'Admin', serviceOpen: 'The service is open now.', serviceClosed: 'The service is closed now (no shift covers this time).' },
  staffList: {
    title: 'Staff', empty: 'No staff yet.', max: 'Max chats', state: 'State', edit: 'Edit',
    inactive: 'Inactive', onDuty: 'On duty', offDuty: 'Off duty',
  },
  staffForm: {
    createTitle: 'Add staff member', editTitle: 'Edit {{name}}', loginId: 'Login ID', loginIdHint: 'an e-mail address, or 3–40 letters, digits, . _ -',
    displayName: 'Display name (visitors see it)', password: 'Initial password', passwordHint: 'At least 10 characters', roles: 'Roles', teams: 'Teams',
    teamsHint: 'Lowercase team names separated by commas (e.g. family, youth)', maxConcurrent: 'Concurrent chats (1–10)', active: 'Active (can sign in)',
    resetPassword: 'New password', resetPasswordHint: 'Leave empty to keep the current one', create: 'Add', created: '{{name}} was added.',
    needRole: 'Choose at least one role.', loginIdTaken: 'This login ID is already in use.',
    selfLockout: 'You cannot deactivate yourself or remove your own admin role.',
  },
  shifts: {
    title: 'Shifts', intro: 'Shifts from now to {{days}} days ahead. Times are shown in {{timezone}}.',
    empty: 'No shifts are planned: the service will be closed.', createTitle: 'Add a shift', staff: 'Staff', pickStaff: 'Choose…',
    start: 'Start', end: 'End', role: 'Role', create: 'Add', confirmDelete: 'Delete this shift?',
    zoneNote: 'Start and end are taken as {{timezone}} time.', incomplete: 'Choose a staff member and enter start and end.',
    endBeforeStart: 'The end must be after the start.',
  },
};
