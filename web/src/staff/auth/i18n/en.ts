import type { AccountMessages } from './ja';

export const accountEn: AccountMessages = {
  nav: 'Change password',
  title: 'Change your password',
  forcedIntro: 'You signed in with a temporary password from an administrator. Please set your own password to continue.',
  intro: 'Enter your current password and a new one. Your sign-ins on other devices will end.',
  current: 'Current password',
  currentForced: 'Temporary password',
  next: 'New password',
  nextHint: 'At least 10 characters, different from the current one.',
  confirm: 'New password (again)',
  mismatch: 'The new passwords do not match.',
  wrongCurrent: 'The current password is wrong.',
  sameAsCurrent: 'Choose a password different from the current one.',
  submit: 'Change password',
  submitting: 'Changing…',
  done: 'Your password has been changed.',
  back: 'Back',
  logout: 'Sign out',
};
