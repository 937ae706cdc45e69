import { RISK_LEVELS, type PhraseLevel, type RiskLevel, type RiskPhrase } from '@hidamari/shared';

/**
 * Risk triage: scores a visitor's text against the admin's phrase list. Pure; no context, negation or spelling
 * correction (see the README). Over-flagging is intended: a false positive costs a look, a miss can cost a life.
 */

export interface RiskScore {
  level: RiskLevel;
  /** The list's phrases that matched, as the admin wrote them, in the order first found; never the visitor's text. */
  matched: string[];
}

/** 2 high, 1 elevated, 0 none: the consultations.risk_rank sort key. */
export const riskRankOf = (level: RiskLevel): number => RISK_LEVELS.length - 1 - RISK_LEVELS.indexOf(level);

/** A Latin-only phrase this short ("OD") matches whole words only, so "odd", "good", "model" and "method" do not. */
export const SHORT_LATIN_MAX = 4;

const KEEP = /[\p{L}\p{N}\p{M}]/u;
const SEP = -1;
const DROP = -2;
/** ぁぃぅぇぉゎ → あいうえおわ: decorative small vowels (しにたぃ) spell the same word. */
const SMALL_VOWEL = new Map([[0x3041, 0x3042], [0x3043, 0x3044], [0x3045, 0x3046], [0x3047, 0x3048], [0x3049, 0x304a], [0x308e, 0x308f]]);

const isWordUnit = (c: number): boolean => (c >= 0x61 && c <= 0x7a) || (c >= 0x30 && c <= 0x39);

/** One UTF-16 unit of NFKC, lower-cased text: what it becomes, SEP when it separates words, DROP to leave it out. */
function fold(c: number): number {
  if (c < 0x80) return isWordUnit(c) ? c : SEP;
  // The long-vowel mark stretches a word (しにたーい): dropped, not a separator.
  if (c === 0x30fc) return DROP;
  // Katakana → hiragana (ァ..ヶ, ヽヾ), so シニタイ and しにたい are one spelling.
  if ((c >= 0x30a1 && c <= 0x30f6) || c === 0x30fd || c === 0x30fe) c -= 0x60;
  if (c >= 0x3041 && c <= 0x309f) return SMALL_VOWEL.get(c) ?? c;
  if (c >= 0x4e00 && c <= 0x9fff) return c;
  // Japanese punctuation and brackets, except 々 〆 〇, which are letters.
  if (c >= 0x3000 && c <= 0x303f) return c >= 0x3005 && c <= 0x3007 ? c : SEP;
  // Surrogates (characters outside the BMP) are kept as they are: both halves, so the pair stays whole.
  if (c >= 0xd800 && c <= 0xdfff) return c;
  return KEEP.test(String.fromCharCode(c)) ? c : SEP;
}

interface Folded {
  /** The normalised text as UTF-16 code units; `length` of them are used. */
  units: Uint16Array;
  length: number;
  /** sep[i]: a space or punctuation stood before unit i (sep[length]: the end). */
  sep: Uint8Array;
}

function foldAll(input: string): Folded {
  const src = input.normalize('NFKC').toLowerCase();
  const units = new Uint16Array(src.length);
  const sep = new Uint8Array(src.length + 1);
  let length = 0;
  let pendingSep = true;
  for (let i = 0; i < src.length; i++) {
    const f = fold(src.charCodeAt(i));
    if (f === SEP) pendingSep = true;
    else if (f !== DROP) {
      if (pendingSep) sep[length] = 1;
      pendingSep = false;
      units[length++] = f;
    }
  }
  sep[length] = 1;
  return { units, length, sep };
}

/** NFKC (full/half width), lower case, katakana → hiragana, small vowels → full size, ー and every space and punctuation removed. */
export function normalize(text: string): string {
  const { units, length } = foldAll(text);
  let out = '';
  for (let i = 0; i < length; i += 4096) out += String.fromCharCode(...units.subarray(i, Math.min(length, i + 4096)));
  return out;
}

/** The list compiled once: an Aho-Corasick automaton over the normalised phrases (one pass per text, all overlaps found). */
export interface CompiledPhrases {
  readonly size: number;
  /** Per node: next node by UTF-16 unit. */
  readonly next: Map<number, number>[];
  readonly fail: Int32Array;
  /** Per node: the phrase entries ending there (its own and its suffixes'). */
  readonly out: number[][];
  readonly entries: { phrase: string; level: PhraseLevel; length: number; wholeWord: boolean }[];
}

export function compilePhrases(list: readonly RiskPhrase[]): CompiledPhrases {
  const next: Map<number, number>[] = [new Map()];
  const own: number[][] = [[]];
  const entries: CompiledPhrases['entries'] = [];
  const byNormal = new Map<string, number>();
  for (const { phrase, level } of list) {
    const n = normalize(phrase);
    if (!n) continue;
    const seen = byNormal.get(n);
    if (seen !== undefined) {
      // The same phrase twice (e.g. in katakana and hiragana): the higher level wins.
      if (level === 'high') entries[seen]!.level = 'high';
      continue;
    }
    byNormal.set(n, entries.length);
    let node = 0;
    for (let i = 0; i < n.length; i++) {
      const c = n.charCodeAt(i);
      let to = next[node]!.get(c);
      if (to === undefined) {
        to = next.length;
        next.push(new Map());
        own.push([]);
        next[node]!.set(c, to);
      }
      node = to;
    }
    own[node]!.push(entries.length);
    const wholeWord = n.length <= SHORT_LATIN_MAX && [...n].every((ch) => isWordUnit(ch.charCodeAt(0)));
    entries.push({ phrase: phrase.trim(), level, length: n.length, wholeWord });
  }
  const fail = new Int32Array(next.length);
  const out: number[][] = own.map((o) => [...o]);
  const queue: number[] = [...next[0]!.values()];
  for (let qi = 0; qi < queue.length; qi++) {
    const node = queue[qi]!;
    for (const [c, child] of next[node]!) {
      let f = fail[node]!;
      while (f !== 0 && !next[f]!.has(c)) f = fail[f]!;
      fail[child] = next[f]!.get(c) ?? 0;
      out[child]!.push(...out[fail[child]!]!);
      queue.push(child);
    }
  }
  return { size: entries.length, next, fail, out, entries };
}

const compiledLists = new WeakMap<readonly RiskPhrase[], CompiledPhrases>();

function compiledOf(phrases: readonly RiskPhrase[] | CompiledPhrases): CompiledPhrases {
  if (!Array.isArray(phrases)) return phrases as CompiledPhrases;
  const list = phrases as readonly RiskPhrase[];
  let c = compiledLists.get(list);
  if (!c) compiledLists.set(list, (c = compilePhrases(list)));
  return c;
}

/** The highest level among the phrases in `text`, and which phrases matched. A plain list is compiled once and remembered. */
export function scoreText(text: string, phrases: readonly RiskPhrase[] | CompiledPhrases): RiskScore {
  const { next, fail, out, entries } = compiledOf(phrases);
  const { units, length, sep } = foldAll(text);
  const hit = new Set<number>();
  let node = 0;
  for (let i = 0; i < length; i++) {
    const c = units[i]!;
    let to = next[node]!.get(c);
    while (to === undefined && node !== 0) {
      node = fail[node]!;
      to = next[node]!.get(c);
    }
    node = to ?? 0;
    const ending = out[node]!;
    for (let k = 0; k < ending.length; k++) {
      const e = ending[k]!;
      if (hit.has(e)) continue;
      const entry = entries[e]!;
      if (entry.wholeWord) {
        // A whole word: a separator, a non-Latin character or the text's edge on both sides.
        const start = i + 1 - entry.length;
        const end = i + 1;
        if (!sep[start] && start > 0 && isWordUnit(units[start - 1]!)) continue;
        if (!sep[end] && end < length && isWordUnit(units[end]!)) continue;
      }
      hit.add(e);
    }
  }
  let rank = 0;
  const matched: string[] = [];
  for (const e of hit) {
    const entry = entries[e]!;
    rank = Math.max(rank, riskRankOf(entry.level));
    matched.push(entry.phrase);
  }
  return { level: RISK_LEVELS[RISK_LEVELS.length - 1 - rank]!, matched };
}
