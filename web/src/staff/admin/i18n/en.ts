import type { PeopleMessages } from './ja';

export const peopleEn: PeopleMessages = {
  maxDefault: 'Empty: the service default',
  deactivate: 'Deactivate',
  reactivate: 'Reactivate',
  confirmDeactivate: 'Deactivate {{name}}? Every device they are signed in on is signed out, and their open chats return to the queue.',
  reset: 'Reset password',
  confirmReset: 'Issue a temporary password for {{name}}? Their current password stops working and their devices are signed out.',
  resetConfirm: 'Reset',
  resetting: 'Issuing…',
  temporaryTitle: 'Temporary password for {{name}}',
  temporaryNote: 'It is shown only now. Give it to them in person; they must choose their own password when they next sign in.',
  copy: 'Copy',
  copied: 'Copied',
  copyFailed: 'Could not copy. Select it and copy by hand.',
  done: 'Close',
  mustChange: 'Must change password',
  actions: 'Actions',
};
