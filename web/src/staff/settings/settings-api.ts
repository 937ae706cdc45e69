/** The settings' server state through TanStack Query: one query, and a save that replaces it with the server's answer. */
import type { Settings, SettingsUpdate } from '@hidamari/shared';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useAdminApi } from '../admin/useAdminApi';

const settingsKey = ['settings'] as const;

export function useSettings() {
  const call = useAdminApi();
  return useQuery({ queryKey: settingsKey, queryFn: async () => (await call<{ settings: Settings }>('GET', '/api/settings')).settings });
}

export function useSaveSettings() {
  const call = useAdminApi();
  const qc = useQueryClient();
  return useMutation({
    mutationFn: async (patch: SettingsUpdate) => (await call<{ settings: Settings }>('PUT', '/api/settings', patch)).settings,
    onSuccess: (settings) => {
      qc.setQueryData(settingsKey, settings);
      // The visitor-facing status the other staff screens read carries the hotlines and texts too.
      void qc.invalidateQueries({ queryKey: ['service-status'] });
    },
  });
}
