/** Roster page, Japanese (default). en.ts has the same shape. */
export const rosterJa = {
  nav: 'シフト表',
  title: 'シフト表',
  zone: '時刻はすべて {{timezone}} で表示・入力します。',
  week: {
    prev: '前の週', next: '次の週', current: '今週', today: '今日', nav: '週の移動',
    range: '{{from}} 〜 {{to}}',
  },
  newShift: '新しいシフト',
  bulk: 'まとめて操作',
  grid: {
    label: '週間シフト表', staff: 'スタッフ', coverage: '体制', counselorHours: '相談員 {{hours}} 時間',
    now: '現在', noStaff: '有効なスタッフがいません。管理ページで登録してください。',
    rowHint: '空いている所をドラッグするとシフトを作成します',
    keys: 'シフトを選んで：Enter 編集・← → 15分移動・Shift+← → 終了を15分調整・Delete 削除',
    saving: '保存中…', coverageError: '体制の集計を読み込めませんでした。',
  },
  block: {
    label: '{{name}}、{{role}}、{{from}}〜{{to}}', fromPrev: '前の週から', toNext: '次の週へ',
    short: { counselor: '相談員', supervisor: 'SV' },
  },
  flags: { no_counselor: '相談員なし', no_supervisor: 'SVなし', under_two: '2名未満' },
  flagsLong: {
    no_counselor: '相談員が一人もいない時間（サービスは閉まります）',
    no_supervisor: 'スーパーバイザーがいない時間',
    under_two: '勤務者が2名未満の時間（緊急時の対応には2名以上が望まれます）',
  },
  legend: {
    title: '凡例', counselor: '相談員のシフト', supervisor: 'スーパーバイザーのシフト', now: '現在時刻', today: '今日',
  },
  form: {
    createTitle: 'シフトを追加', editTitle: 'シフトを編集', staff: 'スタッフ', pickStaff: '選択してください',
    date: '日付', start: '開始', end: '終了', role: '勤務の役割', nightHint: '終了が開始以前の時刻なら翌日の時刻です。',
    create: '追加する', save: '保存する', delete: 'このシフトを削除',
  },
  fieldErrors: {
    required: '入力してください。', tooLong: 'シフトは最長 {{hours}} 時間です。',
    staffId: 'この人には割り当てられません（無効なアカウントか、その役割を持っていません）。',
    role: 'この人はこの役割を持っていません。', startsAt: '開始時刻を確認してください。',
    endsAt: '終了時刻を確認してください（開始より後、最長 {{hours}} 時間）。',
    overlap: 'この時間帯にはこの人の別のシフトがあります。',
  },
  confirmDelete: {
    title: 'シフトを削除しますか？', body: '{{name}}：{{when}}', confirm: '削除する',
  },
  bulkForm: {
    title: 'まとめて操作', ops: '操作',
    copyWeek: 'この週を次の週以降へ複製', repeatWeekly: 'シフトを毎週くり返す', deleteRange: '期間のシフトを削除',
    weeks: '何週分', shift: 'くり返すシフト', pickShift: '選択してください', until: 'くり返す最終日',
    from: '開始日', to: '終了日', staff: 'スタッフ', everyone: '全員', review: '確認へ', back: '戻る', run: '実行する', running: '実行中…',
    confirmCopy: 'この週（{{week}}）のシフト {{count}} 件を、次の {{weeks}} 週にコピーします。',
    confirmRepeat: '{{shift}} を {{until}} まで毎週くり返します。',
    confirmDelete: '{{from}} から {{to}} までに始まる {{who}} のシフトを削除します。元に戻せません。',
    allOrNothing: 'すべて成功するか、何も変更されないかのどちらかです。',
    created_one: '{{count}} 件のシフトを作成しました。', created_other: '{{count}} 件のシフトを作成しました。',
    deleted_one: '{{count}} 件のシフトを削除しました。', deleted_other: '{{count}} 件のシフトを削除しました。',
  },
  errors: { overlap: '同じ人のシフトが重なるため、変更できませんでした。', reverted: '元の位置に戻しました。' },
};

export type RosterMessages = typeof rosterJa;
