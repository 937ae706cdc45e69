/** The 'account' namespace: one's own password. en.ts has the same shape. */
export const accountJa = {
  nav: 'パスワード変更',
  title: 'パスワードの変更',
  forcedIntro: '管理者が発行した仮パスワードでログインしました。続けるには、ご自身のパスワードを設定してください。',
  intro: '現在のパスワードと新しいパスワードを入力してください。ほかの端末のログインは終了します。',
  current: '現在のパスワード',
  currentForced: '仮パスワード',
  next: '新しいパスワード',
  nextHint: '10 文字以上。現在のものとは別のパスワードにしてください。',
  confirm: '新しいパスワード（確認）',
  mismatch: '新しいパスワードが一致しません。',
  wrongCurrent: '現在のパスワードが違います。',
  sameAsCurrent: '現在のパスワードとは別のものにしてください。',
  submit: '変更する',
  submitting: '変更しています…',
  done: 'パスワードを変更しました。',
  back: '戻る',
  logout: 'ログアウト',
};
export type AccountMessages = typeof accountJa;
