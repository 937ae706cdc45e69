import type { StaffView } from '@hidamari/shared';
import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { Navigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import { api } from '../lib/api';
import { browserOutboxStore, clearOutbox } from './outbox/outbox.storage';

interface Session {
  /** undefined while /api/me is loading; null when signed out. */
  staff: StaffView | null | undefined;
  signIn(staff: StaffView): void;
  signOut(): Promise<void>;
  /** The server no longer knows this session (401 or a refused socket handshake). */
  expire(): void;
}

const SessionContext = createContext<Session | null>(null);

export function SessionProvider({ children }: { children: ReactNode }) {
  const [staff, setStaff] = useState<StaffView | null | undefined>(undefined);

  useEffect(() => {
    let live = true;
    api<{ staff: StaffView }>('GET', '/api/me')
      .then((res) => live && setStaff(res.staff))
      .catch(() => live && setStaff(null));
    return () => {
      live = false;
    };
  }, []);

  const signOut = useCallback(async () => {
    try {
      await api('POST', '/api/auth/logout');
    } finally {
      // A shared desk computer keeps nothing this counselor wrote; an expired session (no logout) keeps the outbox.
      if (staff) clearOutbox(browserOutboxStore(), staff.id);
      setStaff(null);
    }
  }, [staff]);
  const value = useMemo<Session>(
    () => ({ staff, signIn: setStaff, signOut, expire: () => setStaff(null) }),
    [staff, signOut],
  );
  return <SessionContext.Provider value={value}>{children}</SessionContext.Provider>;
}

export function useSession(): Session {
  const s = useContext(SessionContext);
  if (!s) throw new Error('useSession outside SessionProvider');
  return s;
}

/** The signed-in staff member; only inside <RequireStaff>. */
export function useStaff(): StaffView {
  const { staff } = useSession();
  if (!staff) throw new Error('useStaff outside RequireStaff');
  return staff;
}

export const isAdmin = (s: StaffView): boolean => s.roles.includes('admin');
/** Reading and answering conversations is clinical work: counselors and supervisors only. */
export const canCounsel = (s: StaffView): boolean => s.roles.includes('counselor') || s.roles.includes('supervisor');
/** Watching the team live (who is on shift, on duty, how loaded): supervisors and admins. */
export const canSupervise = (s: StaffView): boolean => s.roles.includes('supervisor') || s.roles.includes('admin');
export const anyStaff = (): boolean => true;
export const PASSWORD_PATH = '/staff/password';
/** Where a signed-in person starts: someone holding a temporary password must replace it first (the server refuses all else). */
export const homePath = (s: StaffView): string =>
  s.mustChangePassword ? PASSWORD_PATH : canCounsel(s) ? '/staff' : '/staff/admin';

export function RequireStaff({ allow, passwordPage = false, children }: {
  allow: (s: StaffView) => boolean;
  /** The password page itself, the one page open to someone who must change their password. */
  passwordPage?: boolean;
  children: ReactNode;
}) {
  const { staff } = useSession();
  const { t } = useTranslation('staff');
  if (staff === undefined) return <p className="st-page-status" role="status">{t('common.loading')}</p>;
  if (staff === null) return <Navigate to="/staff/login" replace />;
  if (staff.mustChangePassword && !passwordPage) return <Navigate to={PASSWORD_PATH} replace />;
  if (!allow(staff)) return <Navigate to={homePath(staff)} replace />;
  return <>{children}</>;
}
