/** Which form field a server refusal belongs to, and the sentence for it. */
import { MAX_SHIFT_HOURS } from '@hidamari/shared';
import type { TFunction } from 'i18next';
import { errorCode, errorText } from '../error-text';
import type { FormField } from './shift-form-values';

const FIELD_OF: Record<string, FormField> = { staffId: 'staffId', startsAt: 'start', endsAt: 'end', role: 'role' };

export function serverFieldError(err: unknown): { field: FormField; key: string } | null {
  const code = errorCode(err);
  const wire = typeof err === 'object' && err !== null && 'field' in err && typeof err.field === 'string' ? err.field : null;
  const field = wire ? FIELD_OF[wire.split('.')[0]!] : undefined;
  if (code === 'CONFLICT') return { field: field ?? 'start', key: 'fieldErrors.overlap' };
  if (!field) return null;
  const key = wire!.split('.')[0]!;
  return { field, key: `fieldErrors.${key}` };
}

/** A sentence for an error not tied to a field (or from a drag, where there is no form). */
export function rosterErrorText(t: TFunction<['roster', 'staff']>, err: unknown): string {
  if (errorCode(err) === 'CONFLICT') return t('errors.overlap');
  const f = serverFieldError(err);
  if (f) return t(f.key, { hours: MAX_SHIFT_HOURS });
  return errorText(t as unknown as TFunction<'staff'>, err);
}
