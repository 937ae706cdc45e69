/** `tel:` link from a displayed number such as "0120-279-338" or "#7119". */
export function telHref(phone: string): string | null {
  const dial = phone.replace(/[^\d+#*]/g, '');
  return dial ? `tel:${encodeURIComponent(dial)}` : null;
}

/** Hotline sites are set by an admin; still, only http(s) links are ever rendered. */
export function safeWebUrl(url: string | undefined): string | null {
  if (!url) return null;
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'https:' || parsed.protocol === 'http:' ? parsed.href : null;
  } catch {
    return null;
  }
}
