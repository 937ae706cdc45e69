/** The 'people' namespace: staff management beyond the original forms. en.ts has the same shape. */
export const peopleJa = {
  maxDefault: '空欄ならサービスの既定値',
  deactivate: '無効にする',
  reactivate: '有効に戻す',
  confirmDeactivate: '{{name}} さんを無効にしますか？ログイン中の端末はすべてログアウトされ、対応中の相談は待機列に戻ります。',
  reset: 'パスワード再発行',
  confirmReset: '{{name}} さんの仮パスワードを発行しますか？現在のパスワードは使えなくなり、ログイン中の端末はログアウトされます。',
  resetConfirm: '再発行する',
  resetting: '発行しています…',
  temporaryTitle: '{{name}} さんの仮パスワード',
  temporaryNote: 'この画面を閉じると二度と表示されません。本人に直接伝えてください。次回ログイン時に本人のパスワードへの変更が必要です。',
  copy: 'コピー',
  copied: 'コピーしました',
  copyFailed: 'コピーできませんでした。選択して手でコピーしてください。',
  done: '閉じる',
  mustChange: 'パスワード変更待ち',
  actions: '操作',
};
export type PeopleMessages = typeof peopleJa;
