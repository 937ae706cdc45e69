import { describe, expect, it } from 'vitest';
import { fromLines, phraseProblems, toLines } from './phrase-lines';

describe('phrase lines', () => {
  it('should round-trip a list through one textarea per level when nothing was edited', () => {
    const list = [{ phrase: '死にたい', level: 'high' as const }, { phrase: '消えたい', level: 'elevated' as const }, { phrase: 'OD', level: 'high' as const }];
    expect(fromLines(toLines(list))).toEqual([list[0], list[2], list[1]]);
  });

  it('should drop blank lines, trim, and keep a phrase listed at both levels only as high when typed twice', () => {
    expect(fromLines({ high: ' 自殺 \n\n', elevated: '自殺\nリスカ\n' })).toEqual([
      { phrase: '自殺', level: 'high' }, { phrase: 'リスカ', level: 'elevated' },
    ]);
  });

  it('should name a phrase without a letter and one that is too long when checking before saving', () => {
    expect(phraseProblems([{ phrase: '！！', level: 'high' }, { phrase: 'あ'.repeat(61), level: 'elevated' }]).map((p) => p.kind)).toEqual(['noLetter', 'tooLong']);
  });
});
