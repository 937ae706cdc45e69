/** The center's offers through TanStack Query: the admin list and the changes that refresh it. */
import type { Offer, OfferInput, OfferPatch } from '@hidamari/shared';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useAdminApi } from '../admin/useAdminApi';

export const offersKey = ['offers'] as const;

export function useOffers() {
  const call = useAdminApi();
  return useQuery({ queryKey: offersKey, queryFn: async () => (await call<{ offers: Offer[] }>('GET', '/api/offers')).offers });
}

export function useSaveOffer() {
  const call = useAdminApi();
  const qc = useQueryClient();
  return useMutation({
    mutationFn: async (p: { id: string; patch: OfferPatch } | { input: OfferInput }) =>
      'id' in p
        ? (await call<{ offer: Offer }>('PATCH', `/api/offers/${p.id}`, p.patch)).offer
        : (await call<{ offer: Offer }>('POST', '/api/offers', p.input)).offer,
    onSuccess: () => qc.invalidateQueries({ queryKey: offersKey }),
  });
}

export function useDeleteOffer() {
  const call = useAdminApi();
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => call<void>('DELETE', `/api/offers/${id}`),
    onSuccess: () => qc.invalidateQueries({ queryKey: offersKey }),
  });
}
