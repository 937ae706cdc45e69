import type { IncomingMessage } from 'node:http';
import type { FastifyReply, FastifyRequest } from 'fastify';

/** A year: browsers keep to HTTPS for this long once they have seen the header over TLS. */
export const HSTS_VALUE = 'max-age=31536000';

/** A Host as browsers send it: a name or address and a port; anything else is left out of the policy. */
const HOST = /^[a-z0-9.-]+(:\d{1,5})?$|^\[[0-9a-f:.]+\](:\d{1,5})?$/i;

/**
 * `connect-src` beyond 'self': each of ALLOWED_ORIGINS and its WebSocket form (https → wss, http → ws). Never a
 * blanket `ws:`/`wss:`, which would let an injected script talk to any host.
 */
export function allowedConnectSources(allowedOrigins: readonly string[]): string[] {
  const sources: string[] = [];
  for (const origin of allowedOrigins) {
    let url: URL;
    try {
      url = new URL(origin);
    } catch {
      continue;
    }
    if (url.protocol !== 'https:' && url.protocol !== 'http:') continue;
    sources.push(url.origin, `${url.protocol === 'https:' ? 'wss' : 'ws'}://${url.host}`);
  }
  return sources;
}

/**
 * The page's own WebSocket origin, for browsers whose 'self' does not cover ws:/wss: (CSP 2). It is the Host the
 * request was addressed to, like the origin check, so the service needs no configuration on any address.
 */
export function ownSocketSource(host: string | undefined, tls: boolean): string {
  return host && HOST.test(host) ? `${tls ? 'wss' : 'ws'}://${host.toLowerCase()}` : "'self'";
}

/** Over TLS as Fastify sees it: directly, or per X-Forwarded-Proto from a trusted proxy (TRUST_PROXY). */
export const overTls = (request: Pick<FastifyRequest, 'protocol'>): boolean => request.protocol === 'https';

/** The last X-Forwarded-Proto entry (the nearest proxy's), as Fastify reads it. */
function forwardedProto(value: string | string[] | undefined): string | undefined {
  const v = Array.isArray(value) ? value.at(-1) : value;
  return v?.split(',').at(-1)?.trim();
}

/**
 * Helmet's directive function for the own WebSocket source. Helmet hands it the raw request, so TLS is decided as
 * Fastify decides `request.protocol`: an encrypted socket, or X-Forwarded-Proto when proxies are trusted.
 */
export function ownSocketDirective(trustProxy: number) {
  return (req: IncomingMessage): string => {
    const tls = (req.socket as { encrypted?: boolean }).encrypted === true
      || (trustProxy > 0 && forwardedProto(req.headers['x-forwarded-proto']) === 'https');
    return ownSocketSource(req.headers.host, tls);
  };
}

/**
 * onSend hook: no `/api` answer (errors and 404s included) is kept by a browser or a proxy cache, since they carry
 * staff and consultation data; HSTS only when the request came over TLS, as a plain-HTTP answer must not pin HTTPS.
 */
export async function securityHeaders(request: FastifyRequest, reply: FastifyReply, payload: unknown): Promise<unknown> {
  if (request.url === '/api' || request.url.startsWith('/api/') || request.url.startsWith('/api?')) reply.header('cache-control', 'no-store');
  if (overTls(request)) reply.header('strict-transport-security', HSTS_VALUE);
  return payload;
}
