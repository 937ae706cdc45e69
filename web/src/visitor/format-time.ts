/** Opening times are shown in the service's time zone (not the device's), with the zone named. */
export function formatOpening(iso: string, timeZone: string, lang: string): string | null {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return null;
  try {
    return new Intl.DateTimeFormat(lang === 'en' ? 'en-US' : 'ja-JP', {
      timeZone,
      month: 'long',
      day: 'numeric',
      weekday: 'short',
      hour: 'numeric',
      minute: '2-digit',
      timeZoneName: 'short',
    }).format(date);
  } catch {
    return null;
  }
}
