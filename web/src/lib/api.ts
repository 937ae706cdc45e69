import { AppError, ErrorCode, type WireError } from '@hidamari/shared';

/** JSON over fetch with the session cookie. Errors come back as AppError carrying the server's code. */
export async function api<T>(method: string, path: string, body?: unknown): Promise<T> {
  let res: Response;
  try {
    res = await fetch(path, {
      method,
      credentials: 'same-origin',
      headers: body === undefined ? {} : { 'content-type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
  } catch {
    throw new AppError(ErrorCode.INTERNAL, 'network');
  }
  if (res.status === 204) return undefined as T;
  const data = (await res.json().catch(() => ({}))) as { error?: WireError } & T;
  if (!res.ok) {
    const e = data.error;
    throw new AppError(e?.code ?? ErrorCode.INTERNAL, e?.message ?? res.statusText, e?.field);
  }
  return data;
}
