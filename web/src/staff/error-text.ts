import { AppError, ErrorCode } from '@hidamari/shared';
import type { TFunction } from 'i18next';

/** The wire code of anything thrown or acknowledged; unknown failures count as INTERNAL. */
export function errorCode(err: unknown): ErrorCode {
  if (err instanceof AppError) return err.code;
  if (typeof err === 'string' && err in ErrorCode) return err as ErrorCode;
  if (typeof err === 'object' && err !== null && 'code' in err && typeof err.code === 'string' && err.code in ErrorCode) {
    return err.code as ErrorCode;
  }
  return ErrorCode.INTERNAL;
}

/** A sentence for staff: i18n key `errors.<CODE>`. */
export function errorText(t: TFunction<'staff'>, err: unknown): string {
  return t(`errors.${errorCode(err)}`);
}
