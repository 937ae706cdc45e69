/** The 'team' namespace: the live team view. en.ts has the same shape. */
export const teamJa = {
  nav: 'チームの状況',
  title: 'チームの状況',
  intro: '現在のシフト・対応状況・対応件数です。10 秒ごとに更新します。時刻は {{timezone}} です。',
  name: '名前',
  roles: '役割',
  shift: 'シフト',
  duty: '対応',
  load: '対応件数',
  until: '{{time}} まで',
  asRole: '（{{role}}）',
  offShift: 'シフト外',
  onDuty: '対応中',
  offDuty: '離席中',
  loadOf: '{{load}} / {{max}} 件',
  noChats: '—',
  empty: '有効なスタッフがいません。',
  failed: 'チームの状況を読み込めませんでした。',
  updatedAt: '{{time}} 時点',
  refreshing: '更新中…',
  summary: 'シフト中 {{onShift}} 人・対応中 {{onDuty}} 人・対応中の相談 {{chats}} 件',
};
export type TeamMessages = typeof teamJa;
