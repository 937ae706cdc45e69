import { useCallback } from 'react';
import { api } from '../../lib/api';
import { errorCode } from '../error-text';
import { useSession } from '../session';

/** `api()` that also signs the page out when the session has ended on the server. */
export function useAdminApi(): typeof api {
  const { expire } = useSession();
  return useCallback(
    async <T,>(method: string, path: string, body?: unknown): Promise<T> => {
      try {
        return await api<T>(method, path, body);
      } catch (err) {
        if (errorCode(err) === 'UNAUTHENTICATED') expire();
        throw err;
      }
    },
    [expire],
  );
}
