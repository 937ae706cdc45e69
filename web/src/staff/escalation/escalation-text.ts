import type { TFunction } from 'i18next';

const KNOWN = ['CONFLICT', 'FORBIDDEN', 'NOT_FOUND', 'CONSULTATION_CLOSED'] as const;

/** A sentence for an escalation refusal; anything unexpected reads as "try again". */
export function escalationErrorText(t: TFunction<'escalation'>, error: { code: string }): string {
  return (KNOWN as readonly string[]).includes(error.code) ? t(`errors.${error.code as (typeof KNOWN)[number]}`) : t('errors.other');
}

/** Where "open" leads: a supervisor to the chat on the supervision page; an admin (who reads no transcripts) to the list. */
export const openPath = (consultationId: string): string => `/staff/supervision?consultation=${encodeURIComponent(consultationId)}`;
