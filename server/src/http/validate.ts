import { AppError, ErrorCode } from '@hidamari/shared';
import type { z } from 'zod';

/** The one INVALID_PAYLOAD shape for sockets and HTTP: the first bad field's path (`tags.2`) and what is wrong with it. */
export function invalidPayload(path: readonly PropertyKey[], message: string | undefined): AppError {
  const field = path.map(String).join('.') || undefined;
  return new AppError(ErrorCode.INVALID_PAYLOAD, field ? `${field}: ${message}` : (message ?? 'invalid payload'), field);
}

/** Parses with a shared schema; a failure becomes INVALID_PAYLOAD naming the first bad field. Nothing is written on failure. */
export function parseOrThrow<S extends z.ZodType>(schema: S, input: unknown): z.infer<S> {
  const r = schema.safeParse(input);
  if (r.success) return r.data;
  const issue = r.error.issues[0];
  throw invalidPayload(issue?.path ?? [], issue?.message);
}
