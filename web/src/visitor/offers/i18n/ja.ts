/** i18next namespace 'visitorOffers': the center's offers page (a chunk of its own). Warm, plain です・ます. */
export const offersJa = {
  title: 'センターの講座・集まり',
  lead: 'センターが開く講座や家族教室、居場所の日などのご案内です。気になるものがあれば、チャットで相談員に聞いてみてください。',
  loading: 'ご案内を読み込んでいます…',
  empty: 'いまご案内できる予定はありません。また見に来てください。',
  error: 'ご案内を読み込めませんでした。通信の状態を確かめて、もう一度お試しください。',
  retry: 'もう一度読み込む',
  back: 'もどる',
  when: '日時',
  place: '場所',
  audience: { self: 'ご本人向け', family: 'ご家族向け', all: 'どなたでも' },
  timeUnknown: '日時は、お問い合わせください',
  zoneNote: '時刻は、センターの地域の時間（{{zone}}）で表示しています。',
};

export type OffersResources = typeof offersJa;
