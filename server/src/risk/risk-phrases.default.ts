import type { RiskPhrase } from '@hidamari/shared';

/**
 * The list a center starts with (settings key `riskPhrases`), edited by its admins. Matching ignores width, case,
 * katakana/hiragana, spaces and punctuation, but not kanji against kana: both spellings are listed. Bare 死ぬ / 死 are
 * left out on purpose (死ぬほど笑った, 死ぬほど眠い are everyday speech); an admin who wants them can add them.
 * `high`: intent, plan or method. `elevated`: wishing to vanish, self-harm, despair.
 */
const high = [
  '死にたい', 'しにたい', '死にたく', 'しにたく', '死のうと', 'しのうと', '死ぬつもり', '死ぬしかない', '死んだほうが', '死んだ方が',
  '自殺', 'じさつ', '自死', '首を吊る', '首をつる', '首吊り', '首つり', '首を括る', '首をくくる', '飛び降り', '飛びおり', 'とびおり',
  '命を絶つ', '遺書', '練炭', 'OD', 'オーバードーズ', '過剰摂取', '薬を大量', '殺してほしい', '殺して欲しい',
  'kill myself', 'killing myself', 'want to die', 'wanna die', 'end it all', 'end my life', 'take my own life',
  'suicide', 'suicidal', 'hang myself', 'overdose', 'better off dead',
];
const elevated = [
  '消えたい', 'きえたい', '消えたく', 'きえたく', 'いなくなりたい', '居なくなりたい', '生きていたくない', '生きたくない', '生きてる意味',
  '生きている意味', '生きる意味がない', '楽になりたい', 'リスカ', 'リストカット', 'アムカ', '自傷', '手首を切', 'もう限界',
  'self harm', 'cut myself', 'cutting myself', 'hurt myself', 'want to disappear', 'no reason to live', "don't want to live",
  'hate my life',
];

export const DEFAULT_RISK_PHRASES: RiskPhrase[] = [
  ...high.map((phrase) => ({ phrase, level: 'high' as const })),
  ...elevated.map((phrase) => ({ phrase, level: 'elevated' as const })),
];
