import type { ReportOverview, ReportTable, TableReportName } from '@hidamari/shared';
import { useQuery } from '@tanstack/react-query';
import { useAdminApi } from '../admin/useAdminApi';

/** One report table for the chosen range (kept while the range is the same; reports are not live). */
export function useReport(name: TableReportName, query: string) {
  const call = useAdminApi();
  return useQuery({
    queryKey: ['report', name, query],
    queryFn: () => call<ReportTable>('GET', `/api/reports/${name}?${query}`),
    staleTime: 60_000,
    refetchOnWindowFocus: false,
  });
}

export function useOverview(query: string) {
  const call = useAdminApi();
  return useQuery({
    queryKey: ['report', 'overview', query],
    queryFn: () => call<ReportOverview>('GET', `/api/reports/overview?${query}`),
    staleTime: 60_000,
    refetchOnWindowFocus: false,
  });
}

/** The CSV of a report for the same range (the server sends it as a download). */
export const csvHref = (name: string, query: string): string => `/api/reports/${name}.csv?${query}`;
