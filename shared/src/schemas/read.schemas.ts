/**
 * Read marks and visitor presence (issue 10): the assignee tells the server how far they have read
 * (`messages:read`), the visitor is told (`messages:read` on /visitor, and `readUpToSeq` in `messages:sync`).
 */
import { z } from 'zod';
import { IdSchema } from './common.schemas.js';

export const MessagesReadSchema = z.object({ consultationId: IdSchema, upToSeq: z.number().int().min(0) });
export type MessagesRead = z.infer<typeof MessagesReadSchema>;

/** `messages:read` to the visitor: every message up to `upToSeq` has been seen by the counselor. */
export interface MessagesReadMark {
  consultationId: string;
  upToSeq: number;
}

/** Whether any of the visitor's sockets (on any process) is connected, and since when (ISO 8601). */
export interface VisitorPresence {
  connected: boolean;
  since: string;
}

/** `visitor:presence` to the chat's staff. */
export interface VisitorPresenceChange extends VisitorPresence {
  consultationId: string;
}
