import type { StaffView } from '@hidamari/shared';
import { useCallback, useEffect, useState } from 'react';
import { useAdminApi } from './useAdminApi';

/** GET /api/staff, with local replace/append after a save so the table does not flash. */
export function useStaffDirectory() {
  const call = useAdminApi();
  const [staff, setStaff] = useState<StaffView[] | null>(null);
  const [error, setError] = useState<unknown>(null);

  const reload = useCallback(async () => {
    setError(null);
    try {
      const res = await call<{ staff: StaffView[] }>('GET', '/api/staff');
      setStaff(res.staff);
    } catch (err) {
      setError(err);
    }
  }, [call]);

  useEffect(() => {
    void reload();
  }, [reload]);

  const upsert = useCallback((s: StaffView) => {
    setStaff((list) => {
      if (!list) return [s];
      return list.some((x) => x.id === s.id) ? list.map((x) => (x.id === s.id ? s : x)) : [...list, s];
    });
  }, []);

  return { staff, error, reload, upsert };
}
