/** What the running server really exposes: its HTTP routes (from Fastify's route tree) and the events its sockets bind. */
import { boundEventNames } from '../../../server/src/realtime/ack.js';
import type { TestServer } from '../../support/test-server.js';

export interface RegisteredRoute { method: string; url: string }

/**
 * Parses `printRoutes({ commonPrefix: false })`: one line per node, four characters of indent per level, each node's
 * text appended to its parent's path, its methods in brackets.
 */
export function parseRouteTree(tree: string): RegisteredRoute[] {
  const out: RegisteredRoute[] = [];
  const stack: string[] = [];
  for (const line of tree.split('\n')) {
    const m = /^([\s│]*)[└├]── (.+?)(?: \(([A-Z, ]+)\))?$/.exec(line);
    if (!m) continue;
    const depth = m[1]!.length / 4;
    stack.length = depth;
    const segment = m[2]!;
    const path = (stack[depth - 1] ?? '') + segment;
    stack[depth] = path;
    for (const method of m[3]?.split(',').map((s) => s.trim()) ?? []) out.push({ method, url: path });
  }
  return out;
}

/** Every route the server registered, less the HEAD twins Fastify adds to each GET (a GET row covers its HEAD). */
export function registeredRoutes(server: TestServer): RegisteredRoute[] {
  const all = parseRouteTree(server.hidamari.app.printRoutes({ commonPrefix: false }));
  const gets = new Set(all.filter((r) => r.method === 'GET').map((r) => r.url));
  return all.filter((r) => !(r.method === 'HEAD' && gets.has(r.url)));
}

/** The row a registered route belongs to: its own pattern, or `/*` for the web app's static files. */
export const rowRouteOf = (url: string): string => (url === '/healthz' || url === '/readyz' || url.startsWith('/api/') ? url : '/*');

/** Names Socket.IO itself listens on; everything else on a server socket is an event of the handler tables. */
const RESERVED = new Set(['connect', 'connect_error', 'disconnect', 'disconnecting', 'error', 'newListener', 'removeListener']);

/** The events a connected client's server-side socket listens for (what `bindEvents` bound, both handler tables). */
export function boundEvents(server: TestServer, namespace: '/visitor' | '/staff', clientId: string): string[] {
  const socket = server.hidamari.realtime.io.of(namespace).sockets.get(clientId);
  if (!socket) throw new Error(`no server socket ${clientId} in ${namespace}`);
  const bound = boundEventNames(socket);
  // Nothing else listens per event: a listener of its own would be an event answered outside the handler tables.
  const extra = socket.eventNames().map(String).filter((e) => !RESERVED.has(e));
  if (extra.length > 0) throw new Error(`events listened for outside bindEvents: ${extra.join(', ')}`);
  return bound;
}
