import type { TFunction } from 'i18next';
import { errorCode, errorText } from '../error-text';

/** An admin form's error: a taken login id reads as such, and a refused field is named. */
export function formErrorText(t: TFunction<'staff'>, err: unknown): string {
  const code = errorCode(err);
  if (code === 'CONFLICT') return t('staffForm.loginIdTaken');
  const field = typeof err === 'object' && err !== null && 'field' in err && typeof err.field === 'string' ? err.field : null;
  if (code === 'INVALID_PAYLOAD' && field) {
    return t('errors.invalidField', { field: t(`fields.${field.split('.')[0]}`, { defaultValue: field }) });
  }
  return errorText(t, err);
}
