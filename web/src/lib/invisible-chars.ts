/**
 * Characters that change how text around them is ordered or that cannot be seen: bidirectional embeddings,
 * overrides, isolates and marks (U+202A–202E, U+2066–2069, U+200E/200F, U+061C), zero-width characters
 * (U+200B–200D, U+FEFF), invisible operators and the word joiner (U+2060–2064), deprecated format characters
 * (U+206A–206F) and the soft hyphen (U+00AD). Variation selectors are left alone: emoji and kanji variants use them.
 */
const INVISIBLE = /[\u00AD\u061C\u200B-\u200F\u202A-\u202E\u2060-\u2064\u2066-\u206F\uFEFF]/u;
const INVISIBLE_ALL = new RegExp(INVISIBLE.source, 'gu');
const ZWJ = '\u200D';
/** A pictograph, or what may end one inside an emoji sequence (variation selector 16, a skin-tone modifier). */
const PICTO_END = /(?:\p{Extended_Pictographic}|\uFE0F|\p{Emoji_Modifier})$/u;
const PICTO_START = /^\p{Extended_Pictographic}/u;

export type Segment = { kind: 'text'; text: string } | { kind: 'control'; code: string };

/** `U+202E` style code point name. */
export const codeOf = (ch: string): string => `U+${ch.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;

/** A zero-width joiner that glues two pictographs (👨‍👩‍👧) is part of an emoji, not a hidden character. */
function joinsEmoji(text: string, at: number): boolean {
  return PICTO_END.test(text.slice(Math.max(0, at - 2), at)) && PICTO_START.test(text.slice(at + 1, at + 3));
}

/** Splits text into plain runs and the invisible/formatting characters between them, each to be shown as its code. */
export function segments(text: string): Segment[] {
  const out: Segment[] = [];
  let run = '';
  let i = 0;
  for (const m of text.matchAll(INVISIBLE_ALL)) {
    const at = m.index;
    if (m[0] === ZWJ && joinsEmoji(text, at)) continue;
    run += text.slice(i, at);
    if (run) out.push({ kind: 'text', text: run });
    run = '';
    out.push({ kind: 'control', code: codeOf(m[0]) });
    i = at + m[0].length;
  }
  run += text.slice(i);
  if (run) out.push({ kind: 'text', text: run });
  return out;
}

/** Whether the text holds anything `segments` would show as a code (cheap test for the common case). */
export const hasInvisible = (text: string): boolean => INVISIBLE.test(text);

/** The visible marker of one control character, e.g. `⟪U+202E⟫`. */
export const marker = (code: string): string => `⟪${code}⟫`;

/**
 * For places that take a plain string (a translated sentence, a title attribute): every control character made
 * visible, and the whole wrapped in FIRST STRONG ISOLATE … POP DIRECTIONAL ISOLATE, the text form of `<bdi>`, so it
 * cannot reorder the sentence around it.
 */
export function isolatedText(text: string): string {
  const shown = hasInvisible(text) ? segments(text).map((s) => (s.kind === 'text' ? s.text : marker(s.code))).join('') : text;
  return `\u2068${shown}\u2069`;
}
