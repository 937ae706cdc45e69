import { AppError, ErrorCode } from '@hidamari/shared';
import type { Redis } from 'ioredis';
import { BurstyRateLimiter, RateLimiterMemory, RateLimiterRedis, RateLimiterRes } from 'rate-limiter-flexible';
import { rateLimitedMessage, type Budget, type EventBudgets } from './limits.rules.js';

type Limiter = Pick<BurstyRateLimiter, 'consume'>;
type What = 'messages' | 'typing updates';
export type Side = 'visitor' | 'staff';

/** A connection's own budget: it lives on one process, so it is counted in this process's memory. */
function inMemory(b: Budget, prefix: string): Limiter {
  return new BurstyRateLimiter(
    new RateLimiterMemory({ keyPrefix: prefix, points: b.perSecond, duration: 1 }),
    new RateLimiterMemory({ keyPrefix: `${prefix}:burst`, points: b.burstPerMinute, duration: 60 }),
  );
}

/**
 * A consultation's budget: its connections may be on several processes, so with Redis it is the cluster's. While
 * Redis is unreachable each process counts on its own (the insurance limiter) instead of refusing or allowing all.
 */
function shared(b: Budget, prefix: string, redis?: Redis): Limiter {
  if (!redis) return inMemory(b, prefix);
  const counter = (points: number, duration: number, key: string) => new RateLimiterRedis({
    storeClient: redis, keyPrefix: `hidamari:${key}`, points, duration, rejectIfRedisNotReady: true,
    insuranceLimiter: new RateLimiterMemory({ keyPrefix: key, points, duration }),
  });
  return new BurstyRateLimiter(counter(b.perSecond, 1, prefix), counter(b.burstPerMinute, 60, `${prefix}:burst`));
}

/** A refusal, and until when further events of that connection are refused without counting (a flood costs little). */
class Refusal extends AppError {
  constructor(what: What, readonly until: number, msBeforeNext: number) {
    super(ErrorCode.RATE_LIMITED, rateLimitedMessage(what, msBeforeNext));
  }
}

async function take(limiter: Limiter, key: string, what: What): Promise<void> {
  try {
    await limiter.consume(key);
  } catch (err) {
    if (err instanceof RateLimiterRes) throw new Refusal(what, Date.now() + err.msBeforeNext, err.msBeforeNext);
    throw err;
  }
}

export interface EventLimiter {
  /**
   * Resolves when this connection and this side of the consultation may send one more message; rejects with
   * RATE_LIMITED otherwise. A connection's checks settle one after another, in arrival order, so a message whose
   * check took longer (Redis, a burst) is never overtaken by the next one: call it with no await before it.
   */
  message(socket: { id: string }, consultationId: string, side: Side): Promise<void>;
  /** The same for `typing:set` (refused typing is not relayed). */
  typing(socket: { id: string }, consultationId: string, side: Side): Promise<void>;
}

/** Only a connection id or a consultation id is ever a key: no address, no content. */
export function createEventLimiter(budgets: EventBudgets, redis?: Redis): EventLimiter {
  const perSocket = { visitor: inMemory(budgets.visitorSocket, 'msg:v'), staff: inMemory(budgets.staffSocket, 'msg:s') };
  const perSide = { visitor: shared(budgets.visitorSide, 'msg:cv', redis), staff: shared(budgets.staffSide, 'msg:cs', redis) };
  const typingSocket = inMemory(budgets.typingSocket, 'typ');
  const typingSide = shared(budgets.typingSide, 'typ:c', redis);
  const tails = new WeakMap<object, Promise<unknown>>();
  const blocked = { messages: new WeakMap<object, Refusal>(), 'typing updates': new WeakMap<object, Refusal>() };

  /** Runs `check` unless the connection's last refusal still holds; remembers a new refusal. */
  function guarded(socket: object, what: What, check: () => Promise<void>): Promise<void> {
    const last = blocked[what].get(socket);
    if (last && last.until > Date.now()) return Promise.reject(last);
    return check().catch((err: unknown) => {
      if (err instanceof Refusal) blocked[what].set(socket, err);
      throw err;
    });
  }

  return {
    message(socket, consultationId, side) {
      // The connection's own count first: a flood is refused in memory, without a round trip to Redis.
      const check = () => guarded(socket, 'messages', async () => {
        await take(perSocket[side], socket.id, 'messages');
        await take(perSide[side], `${consultationId}:${side}`, 'messages');
      });
      const gate = (tails.get(socket) ?? Promise.resolve()).then(check);
      tails.set(socket, gate.catch(() => undefined));
      return gate;
    },
    typing(socket, consultationId, side) {
      return guarded(socket, 'typing updates', async () => {
        await take(typingSocket, socket.id, 'typing updates');
        await take(typingSide, `${consultationId}:${side}`, 'typing updates');
      });
    },
  };
}
