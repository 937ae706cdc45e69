import type { RiskLevel } from '@hidamari/shared';
import { describe, expect, it } from 'vitest';
import { DEFAULT_RISK_PHRASES } from './risk-phrases.default.js';
import { compilePhrases, normalize, scoreText } from './risk.rules.js';

/** [visitor text, level the default list gives it]. Each row is one case of the table. */
const MUST_MATCH: [string, RiskLevel][] = [
  ['死にたい', 'high'],
  ['もう死にたいです', 'high'],
  ['しにたい', 'high'],
  ['シニタイ', 'high'],
  ['ｼﾆﾀｲ', 'high'],
  ['死 に た い', 'high'],
  ['死、に、た、い。', 'high'],
  ['しにたーい', 'high'],
  ['しにたぃ', 'high'],
  ['死にたくなる夜がある', 'high'],
  ['消えたい', 'elevated'],
  ['キエタイ', 'elevated'],
  ['きえ たい…', 'elevated'],
  ['自殺を考えています', 'high'],
  ['ジサツ', 'high'],
  ['首を吊ることを考えた', 'high'],
  ['首をつる', 'high'],
  ['首吊りの方法', 'high'],
  ['ODしちゃった', 'high'],
  ['昨日OD', 'high'],
  ['ＯＤした', 'high'],
  ['od した', 'high'],
  ['I did an OD last night', 'high'],
  ['O.D. again', 'high'],
  ['オーバードーズした', 'high'],
  ['ｵｰﾊﾞｰﾄﾞｰｽﾞ', 'high'],
  ['リスカしてしまった', 'elevated'],
  ['りすか', 'elevated'],
  ['ﾘｽｶ', 'elevated'],
  ['リストカットの跡', 'elevated'],
  ['I want to kill myself', 'high'],
  ['KILL MYSELF', 'high'],
  ['ｋｉｌｌ ｍｙｓｅｌｆ', 'high'],
  ['kill   my-self', 'high'],
  ['killmyself', 'high'],
  ['i just want to die', 'high'],
  ['Want To Die.', 'high'],
  ['i wanna die lol', 'high'],
  ['I want to end it all', 'high'],
  ['end-it-all', 'high'],
  ['thinking about suicide', 'high'],
  ['suicidal thoughts', 'high'],
  ['飛び降りようと思った', 'high'],
  ['遺書を書いた', 'high'],
  ['いなくなりたい', 'elevated'],
  ['生きていたくない', 'elevated'],
  ['楽になりたい', 'elevated'],
  ['I keep cutting myself', 'elevated'],
  ["I don't want to live anymore", 'elevated'],
  // Both at once: the higher level.
  ['消えたい、いや死にたい', 'high'],
  ['リスカもODもした', 'high'],
  // Over-flagging, on purpose: no context and no negation.
  ['死にたくはないけど', 'high'],
  ['the weekend it all went wrong', 'high'],
];

/** Ordinary sentences the default list must leave alone. */
const MUST_NOT_MATCH: string[] = [
  '死ぬほど笑った',
  '死ぬほど眠い',
  '今日は天気がいいですね',
  'ゲームでキャラが死んだ',
  '消しゴムを買いたい',
  '自転車で出かけた',
  '首が痛い',
  'odd',
  'That was odd.',
  'good morning',
  'a new model',
  'this method works',
  'Odaiba is nice',
  'period',
  'I killed it at the interview',
  'my dad is kind',
  'I love dying my hair',
  'the end of it',
  'ODDS are low',
  'episode',
  '',
  '   ',
  '🙂🙂',
];

describe('scoreText with the default list', () => {
  it.each(MUST_MATCH)('should flag %j at %s when it holds a listed phrase', (text, level) => {
    const score = scoreText(text, DEFAULT_RISK_PHRASES);
    expect(score.level).toBe(level);
    expect(score.matched.length).toBeGreaterThan(0);
  });

  it.each(MUST_NOT_MATCH)('should not flag %j when it is ordinary speech', (text) => {
    expect(scoreText(text, DEFAULT_RISK_PHRASES)).toEqual({ level: 'none', matched: [] });
  });

  it('should report the list\'s phrases, as written, in the order first found, each once', () => {
    expect(scoreText('消えたい。死にたい。消えたい', DEFAULT_RISK_PHRASES).matched).toEqual(['消えたい', '死にたい']);
  });
});

describe('normalize', () => {
  it.each([
    ['ｋｉｌｌ ｍｙｓｅｌｆ', 'killmyself'],
    ['シニタイ', 'しにたい'],
    ['ｼﾆﾀｲ', 'しにたい'],
    ['死 に た い！', '死にたい'],
    ['Ｏ・Ｄ', 'od'],
    ['しにたーい', 'しにたい'],
  ])('should turn %j into %j when folding width, kana, case and punctuation', (input, expected) => {
    expect(normalize(input)).toBe(expected);
  });
});

describe('compilePhrases', () => {
  it('should find overlapping phrases and keep the higher level when a phrase is listed twice', () => {
    const list = compilePhrases([
      { phrase: 'たいし', level: 'elevated' },
      { phrase: 'いしに', level: 'high' },
      { phrase: 'タイシ', level: 'high' },
    ]);
    expect(scoreText('たいしに', list)).toEqual({ level: 'high', matched: ['たいし', 'いしに'] });
  });

  it('should match a short Latin phrase only as a whole word when it is four letters or fewer', () => {
    const list = compilePhrases([{ phrase: 'kys', level: 'high' }, { phrase: 'hopeless', level: 'elevated' }]);
    expect(scoreText('kys', list).level).toBe('high');
    expect(scoreText('skysail', list).level).toBe('none');
    expect(scoreText('feelinghopelessly', list).level).toBe('elevated');
  });

  it('should match characters outside the basic plane when a phrase has them', () => {
    expect(scoreText('もう𠮷野家にも行けない', [{ phrase: '𠮷野家', level: 'elevated' }]).level).toBe('elevated');
  });
});
