/** The 'family' namespace: the family intake as counselors read it. en.ts has the same shape. */
export const familyJa = {
  title: '家族からの相談',
  label: '家族の情報',
  sep: '、',
  fields: { relationship: '続柄', ageBand: 'ご本人の年代', duration: '続いている期間', hopes: '望んでいること' },
  relationship: { parent: '親', sibling: 'きょうだい', partner: '配偶者・パートナー', other: 'その他の家族' },
  ageBand: {
    under15: '15歳未満', '15-19': '15〜19歳', '20-29': '20代', '30-39': '30代', '40-49': '40代', '50-64': '50〜64歳', '65plus': '65歳以上',
  },
  duration: {
    under6m: '6か月未満', '6m-1y': '6か月〜1年', '1-3y': '1〜3年', '3-5y': '3〜5年', '5-10y': '5〜10年', over10y: '10年以上', unknown: '期間は不明',
  },
  hopes: { talk: '本人との接し方', support: '支援につなげたい', exhaustion: '家族自身の疲れ' },
};
export type FamilyMessages = typeof familyJa;
