import { AppError, ErrorCode, type Ack, type AckData, type EventName, type EventPayload } from '@hidamari/shared';
import type { Logger } from 'pino';
import type { Socket } from 'socket.io';
import { z } from 'zod';
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

/** The payload of events that take none (extra keys are ignored, as before; a binary attachment is no payload object). */
export const EmptyPayloadSchema = z.custom<unknown>((v) => !ArrayBuffer.isView(v), 'must be an object, not binary data').pipe(z.object({}));

/** A payload the wrapper hands on: an absent one arrives as `{}`. */
type Input<M, E extends keyof M> = Exclude<EventPayload<M, E>, undefined>;

/**
 * One client → server event: the shared schema its payload must parse to (its output is the map's payload type)
 * and the service call whose result is the acknowledgement (the map's ack type, checked by the compiler).
 */
export interface EventHandler<M, E extends keyof M> {
  schema: z.ZodType<Input<M, E>>;
  run: (input: Input<M, E>) => Promise<AckData<M, E>>;
}

/** Every event of a namespace's map, each exactly once: a missing, extra or misspelt event does not compile. */
export type EventHandlers<M> = { [E in EventName<M>]: EventHandler<M, E> };

type AnyAck = (response: Ack) => void;
interface AnyHandler {
  schema: z.ZodType;
  run: (input: unknown) => Promise<object>;
}

/** The client → server map of a typed server socket. */
export type ClientEventsOf<S> = S extends Socket<infer M, infer _E, infer _S, infer _D> ? M : never;

/** The untyped surface of a server socket this module listens on; the typed map is enforced by `EventHandlers`. */
interface ListeningSocket {
  onAny(listener: (event: string, ...args: unknown[]) => void): unknown;
}

function ackOf(args: unknown[]): AnyAck | undefined {
  const last = args.at(-1);
  return typeof last === 'function' ? (last as AnyAck) : undefined;
}

/**
 * The one place a socket event becomes an acknowledgement. Validates the payload with its shared
 * schema, runs the handler, and always answers `{ok, ...}`; an event the namespace does not have
 * is answered `UNKNOWN_EVENT`, so no client waits for a timeout. Tolerates a callback without payload.
 */
/** The handler table each socket was bound with (for the authorisation matrix's inventory: what a socket answers). */
const boundTables = new WeakMap<object, Record<string, AnyHandler>>();

/** The events `bindEvents` bound on a server socket, sorted. */
export function boundEventNames(socket: object): string[] {
  return Object.keys(boundTables.get(socket) ?? {}).sort();
}

export function createEventBinder(log: Logger, inflight: InFlight) {
  return function bindEvents<S>(typedSocket: S, handlers: EventHandlers<ClientEventsOf<S>>): void {
    const socket = typedSocket as unknown as ListeningSocket;
    const table = handlers as unknown as Record<string, AnyHandler>;
    boundTables.set(socket, table);
    // One listener per socket, not one per event: a connection's memory does not grow with the namespace's events
    // (about 2 KiB per socket once issue 12 added six). Called in arrival order, as per-event listeners were.
    socket.onAny((event, ...args) => {
      const handler = Object.hasOwn(table, event) ? table[event] : undefined;
      if (handler) {
        void answer(event, handler, args);
        return;
      }
      ackOf(args)?.({ ok: false, error: { code: ErrorCode.UNKNOWN_EVENT, message: `this namespace has no event ${JSON.stringify(event).slice(0, 60)}` } });
    });
  };

  // Runs the handler synchronously up to its first await, so events keep their per-socket arrival order into services.
  async function answer(event: string, handler: AnyHandler, args: unknown[]): Promise<void> {
    const ack = ackOf(args);
    const payload = args.length > (ack ? 1 : 0) ? args[0] : undefined;
    const input = payload === undefined || payload === null ? {} : payload;
    inflight.enter();
    try {
      const result = await handler.run(parseOrThrow(handler.schema, input));
      ack?.({ ok: true, ...result } as Ack);
    } catch (err) {
      ack?.(toAckError(err, log, event));
    } finally {
      inflight.leave();
    }
  }
}

export type BindEvents = ReturnType<typeof createEventBinder>;
