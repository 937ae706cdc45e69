/** How the live team view is ordered: whoever is on shift first, then who is on duty anyway, then by name. */
export interface LiveOrderKey {
  displayName: string;
  onDuty: boolean;
  shift: { endsAt: string } | null;
}

export function compareLive(a: LiveOrderKey, b: LiveOrderKey): number {
  const rank = (m: LiveOrderKey) => (m.shift ? 0 : m.onDuty ? 1 : 2);
  return rank(a) - rank(b) || a.displayName.localeCompare(b.displayName, 'ja');
}

export function sortLive<T extends LiveOrderKey>(members: readonly T[]): T[] {
  return [...members].sort(compareLive);
}
