/** The 'audit' namespace. en.ts has the same shape. */
export const auditJa = {
  nav: '操作履歴',
  title: '操作履歴',
  intro: 'スタッフ・シフト・設定の変更を、新しい順に表示します。時刻は {{timezone}} です。会話の内容は記録されません。',
  when: '日時',
  who: '操作した人',
  what: '操作',
  subject: '対象',
  details: '内容',
  system: 'システム',
  empty: 'まだ記録はありません。',
  loadOlder: 'さらに古い記録を読み込む',
  loadingOlder: '読み込み中…',
  noMore: 'これより古い記録はありません。',
  failed: '操作履歴を読み込めませんでした。',
  unknownStaff: '（削除されたスタッフ）',
  action: {
    'staff.created': 'スタッフを追加', 'staff.updated': 'スタッフを変更', 'staff.password_reset': 'パスワードを再発行',
    'staff.password_changed': 'パスワードを変更', 'shift.created': 'シフトを追加', 'shift.updated': 'シフトを変更',
    'shift.deleted': 'シフトを削除', 'shift.bulk': 'シフトを一括操作', 'settings.updated': '設定を変更', 'transcript.read': '会話記録を閲覧', 'risk.changed': 'リスクレベルを変更',
  },
  field: {
    displayName: '表示名', roles: '役割', teams: 'チーム', maxConcurrent: '同時対応数', active: '有効', loginId: 'ログインID',
    staffId: 'スタッフ', startsAt: '開始', endsAt: '終了', role: '役割', keys: '項目', op: '操作', created: '作成', deleted: '削除',
  },
  yes: 'はい', no: 'いいえ', none: 'なし',
  chosenByAdmin: '管理者が指定したパスワード（次回ログイン時に変更が必要）',
  temporaryIssued: '仮パスワードを発行（次回ログイン時に変更が必要）',
  consultation: '相談 {{id}}',
  shiftSubject: 'シフト {{id}}',
  settingsSubject: '設定',
};
export type AuditMessages = typeof auditJa;
