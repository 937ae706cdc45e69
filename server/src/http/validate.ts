import { AppError, ErrorCode } from '@hidamari/shared';
import type { z } from 'zod';

/** Parses with a shared schema; a failure becomes INVALID_PAYLOAD naming the first bad field. Nothing is written on failure. */
export function parseOrThrow<S extends z.ZodType>(schema: S, input: unknown): z.infer<S> {
  const r = schema.safeParse(input);
  if (r.success) return r.data;
  const issue = r.error.issues[0];
  const field = issue?.path.join('.') || undefined;
  throw new AppError(ErrorCode.INVALID_PAYLOAD, field ? `${field}: ${issue?.message}` : (issue?.message ?? 'invalid payload'), field);
}
