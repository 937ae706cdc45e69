/** Canned replies through TanStack Query: the caller's merged list, and changes that refresh it. */
import type { CannedReply, CannedReplyCreate, CannedReplyUpdate } from '@hidamari/shared';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useAdminApi } from '../admin/useAdminApi';

export const cannedKey = ['canned-replies'] as const;

export function useCannedReplies(enabled = true) {
  const call = useAdminApi();
  return useQuery({
    queryKey: cannedKey,
    queryFn: async () => (await call<{ replies: CannedReply[] }>('GET', '/api/canned-replies')).replies,
    enabled,
    staleTime: 60_000,
  });
}

export function useSaveCanned() {
  const call = useAdminApi();
  const qc = useQueryClient();
  return useMutation({
    mutationFn: async (p: { id?: string; create?: CannedReplyCreate; update?: CannedReplyUpdate }) =>
      p.id
        ? (await call<{ reply: CannedReply }>('PATCH', `/api/canned-replies/${p.id}`, p.update)).reply
        : (await call<{ reply: CannedReply }>('POST', '/api/canned-replies', p.create)).reply,
    onSuccess: () => qc.invalidateQueries({ queryKey: cannedKey }),
  });
}

export function useDeleteCanned() {
  const call = useAdminApi();
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => call<void>('DELETE', `/api/canned-replies/${id}`),
    onSuccess: () => qc.invalidateQueries({ queryKey: cannedKey }),
  });
}
