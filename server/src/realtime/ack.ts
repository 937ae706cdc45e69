import { AppError, ErrorCode, type Ack } from '@hidamari/shared';
import type { Logger } from 'pino';
import type { z } from 'zod';
import { parseOrThrow } from '../http/validate.js';

/** Counts socket handlers still running, so shutdown can let in-flight writes finish. */
export class InFlight {
  private count = 0;
  private waiters: (() => void)[] = [];
  enter(): void {
    this.count++;
  }
  leave(): void {
    if (--this.count === 0) for (const w of this.waiters.splice(0)) w();
  }
  idle(): Promise<void> {
    return this.count === 0 ? Promise.resolve() : new Promise((r) => this.waiters.push(r));
  }
}

/** Turns any thrown error into an ack error: AppError keeps its code, anything else is INTERNAL with no detail. */
export function toAckError(err: unknown, log: Logger, event: string): Ack {
  if (err instanceof AppError) return { ok: false, error: err.toWire() };
  log.error({ err, event }, 'socket handler failed');
  return { ok: false, error: { code: ErrorCode.INTERNAL, message: 'internal error' } };
}

/**
 * The one place a socket event becomes an acknowledgement. Validates the payload
 * with a shared schema, runs the handler, and always answers `{ok, ...}`.
 * Tolerates clients that send only a callback (no payload).
 */
export function createHandler(log: Logger, inflight: InFlight) {
  return function handle<S extends z.ZodType, R extends object>(event: string, schema: S, fn: (input: z.infer<S>) => Promise<R>) {
    return async (payload: unknown, maybeAck?: unknown): Promise<void> => {
      const ack = (typeof maybeAck === 'function' ? maybeAck : typeof payload === 'function' ? payload : undefined) as
        | ((r: Ack<R>) => void)
        | undefined;
      const input = typeof payload === 'function' || payload === undefined || payload === null ? {} : payload;
      inflight.enter();
      try {
        const result = await fn(parseOrThrow(schema, input));
        ack?.({ ok: true, ...result } as Ack<R>);
      } catch (err) {
        ack?.(toAckError(err, log, event) as Ack<R>);
      } finally {
        inflight.leave();
      }
    };
  };
}
