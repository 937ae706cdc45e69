import { PHRASE_LEVELS, RISK_LIMITS, type PhraseLevel, type RiskPhrase } from '@hidamari/shared';

/** The phrase list as the settings page edits it: one textarea per level, one phrase per line. */
export type PhraseLines = Record<PhraseLevel, string>;

export function toLines(list: readonly RiskPhrase[]): PhraseLines {
  const out = { high: [] as string[], elevated: [] as string[] };
  for (const p of list) out[p.level].push(p.phrase);
  return { high: out.high.join('\n'), elevated: out.elevated.join('\n') };
}

/** Trimmed, blank lines dropped, each phrase once per level (high first, as the matcher would rank a repeat). */
export function fromLines(lines: PhraseLines): RiskPhrase[] {
  const seen = new Set<string>();
  const out: RiskPhrase[] = [];
  for (const level of PHRASE_LEVELS) {
    for (const raw of lines[level].split('\n')) {
      const phrase = raw.trim();
      if (!phrase || seen.has(phrase)) continue;
      seen.add(phrase);
      out.push({ phrase, level });
    }
  }
  return out;
}

export type PhraseProblem = { kind: 'tooLong' | 'noLetter'; phrase: string } | { kind: 'tooMany' };

/** What the server would refuse, said before saving: the first few problems only. */
export function phraseProblems(list: readonly RiskPhrase[]): PhraseProblem[] {
  const out: PhraseProblem[] = [];
  if (list.length > RISK_LIMITS.phrases) out.push({ kind: 'tooMany' });
  for (const { phrase } of list) {
    if (out.length >= 5) break;
    if (phrase.length > RISK_LIMITS.phrase) out.push({ kind: 'tooLong', phrase });
    else if (!/[\p{L}\p{N}]/u.test(phrase)) out.push({ kind: 'noLetter', phrase });
  }
  return out;
}
