/**
 * The service's own origin is the one the request was addressed to (its Host),
 * so it works on any address without configuration; ALLOWED_ORIGINS adds others.
 * Scheme is not compared: behind a TLS proxy the Host is what both sides share.
 */
export function originAllowed(origin: string, host: string | undefined, allowed: readonly string[]): boolean {
  if (allowed.includes(origin)) return true;
  try {
    return !!host && new URL(origin).host === host;
  } catch {
    return false;
  }
}
