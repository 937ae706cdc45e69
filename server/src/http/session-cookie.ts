export const SESSION_COOKIE = 'hidamari_session';
