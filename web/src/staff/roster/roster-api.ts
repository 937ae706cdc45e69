/** The roster's server state through TanStack Query: one week's shifts and coverage, the staff list, and the changes. */
import type { TZDate } from '@date-fns/tz';
import type { Coverage, ServiceStatus, ShiftBulk, ShiftCreate, ShiftUpdate, ShiftView, StaffView } from '@hidamari/shared';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useAdminApi } from '../admin/useAdminApi';
import { shiftWeek } from './week-grid';

const range = (weekStart: TZDate) => {
  const from = new Date(weekStart.getTime()).toISOString();
  const to = new Date(shiftWeek(weekStart, 1).getTime()).toISOString();
  return { from, to, qs: `from=${encodeURIComponent(from)}&to=${encodeURIComponent(to)}` };
};

export const rosterKeys = {
  all: ['roster'] as const,
  shifts: (from: string) => ['roster', 'shifts', from] as const,
  coverage: (from: string) => ['roster', 'coverage', from] as const,
};

export function useServiceTimezone(): string | null {
  const call = useAdminApi();
  const q = useQuery({ queryKey: ['service-status'], queryFn: () => call<ServiceStatus>('GET', '/api/status'), staleTime: 60_000 });
  if (q.data) return q.data.timezone;
  // The roster without the service's zone would draw every shift at the wrong hour: wait, unless the status is unreachable.
  return q.isError ? 'Asia/Tokyo' : null;
}

export function useStaffList() {
  const call = useAdminApi();
  return useQuery({ queryKey: ['staff'], queryFn: async () => (await call<{ staff: StaffView[] }>('GET', '/api/staff')).staff });
}

export function useWeekShifts(weekStart: TZDate | null) {
  const call = useAdminApi();
  const r = weekStart ? range(weekStart) : null;
  return useQuery({
    queryKey: rosterKeys.shifts(r?.from ?? ''),
    enabled: r !== null,
    queryFn: async () => (await call<{ shifts: ShiftView[] }>('GET', `/api/shifts?${r!.qs}`)).shifts,
  });
}

export function useWeekCoverage(weekStart: TZDate | null) {
  const call = useAdminApi();
  const r = weekStart ? range(weekStart) : null;
  return useQuery({
    queryKey: rosterKeys.coverage(r?.from ?? ''),
    enabled: r !== null,
    queryFn: () => call<Coverage>('GET', `/api/roster/coverage?${r!.qs}`),
  });
}

/** Create, update and delete; every change refetches the roster (shifts and coverage of every week shown so far). */
export function useShiftMutations() {
  const call = useAdminApi();
  const qc = useQueryClient();
  const settle = () => qc.invalidateQueries({ queryKey: rosterKeys.all });
  return {
    create: useMutation({
      mutationFn: async (body: ShiftCreate) => (await call<{ shift: ShiftView }>('POST', '/api/shifts', body)).shift,
      onSettled: settle,
    }),
    update: useMutation({
      mutationFn: async ({ id, patch }: { id: string; patch: ShiftUpdate }) =>
        (await call<{ shift: ShiftView }>('PATCH', `/api/shifts/${id}`, patch)).shift,
      onSettled: settle,
    }),
    remove: useMutation({
      mutationFn: (id: string) => call<void>('DELETE', `/api/shifts/${id}`),
      onSettled: settle,
    }),
    bulk: useMutation({
      mutationFn: (body: ShiftBulk) => call<{ created: ShiftView[]; deleted: number }>('POST', '/api/shifts/bulk', body),
      onSettled: settle,
    }),
  };
}
