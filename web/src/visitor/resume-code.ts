/** Resume codes are shown as groups of four (ABCD-EFGH-JKLM); people type them with spaces, dashes or lower case. */
export function formatResumeCode(input: string): string {
  const compact = input.toUpperCase().replace(/[^0-9A-Z]/g, '');
  return compact.match(/.{1,4}/g)?.join('-') ?? '';
}

/** The smallest code the server accepts is 8 characters; anything shorter is a typo, not worth a round trip. */
export function looksLikeResumeCode(input: string): boolean {
  return formatResumeCode(input).replace(/-/g, '').length >= 8;
}
