/** The directory's server state through TanStack Query: the filtered list and the changes that refresh it. */
import type { Service, ServiceInput, ServicePatch, ServiceQuery } from '@hidamari/shared';
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useAdminApi } from '../admin/useAdminApi';
import { serviceQueryString } from './directory-form';

export const servicesKey = ['services'] as const;

export function useServices(filter: ServiceQuery) {
  const call = useAdminApi();
  const qs = serviceQueryString(filter);
  return useQuery({
    queryKey: [...servicesKey, qs],
    queryFn: async () => (await call<{ services: Service[] }>('GET', `/api/services${qs}`)).services,
    // Typing in the filter keeps the last answer on screen instead of flashing "loading" per keystroke.
    placeholderData: keepPreviousData,
  });
}

export function useSaveService() {
  const call = useAdminApi();
  const qc = useQueryClient();
  return useMutation({
    mutationFn: async (p: { id: string; patch: ServicePatch } | { input: ServiceInput }) =>
      'id' in p
        ? (await call<{ service: Service }>('PATCH', `/api/services/${p.id}`, p.patch)).service
        : (await call<{ service: Service }>('POST', '/api/services', p.input)).service,
    onSuccess: () => qc.invalidateQueries({ queryKey: servicesKey }),
  });
}

export function useDeleteService() {
  const call = useAdminApi();
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => call<void>('DELETE', `/api/services/${id}`),
    onSuccess: () => qc.invalidateQueries({ queryKey: servicesKey }),
  });
}
