import type { ErrorCode } from '@hidamari/shared';

/** A refused handshake: clients see `connect_error` with `message` = code and `data` = {code, message}. */
export function handshakeError(code: ErrorCode, message: string): Error {
  return Object.assign(new Error(code), { data: { code, message } });
}
