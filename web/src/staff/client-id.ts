/**
 * A fresh clientMessageId. crypto.randomUUID only exists in secure contexts, and a center's
 * intranet may serve over plain http; getRandomValues exists everywhere.
 */
export function newClientMessageId(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}
