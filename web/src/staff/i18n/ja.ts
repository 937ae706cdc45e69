/** Staff UI, Japanese (default). en.ts must have the same shape. */
import { TOPIC_LABELS } from '../../lib/topic-labels';

export const staffJa = {
  appName: 'ひだまり',
  appSub: 'スタッフ',
  common: {
    loading: '読み込み中…', retry: '再試行', cancel: 'キャンセル', save: '保存', saving: '保存中…', close: '閉じる',
    delete: '削除', deleting: '削除中…', dismiss: '閉じる',
  },
  errors: {
    INVALID_PAYLOAD: '入力内容を確認してください。', UNAUTHENTICATED: 'ログインの有効期限が切れました。もう一度ログインしてください。',
    INVALID_CREDENTIALS: 'ログインIDまたはパスワードが違います。',
    FORBIDDEN: 'この操作の権限がありません。', BAD_ORIGIN: 'このアドレスからの操作は受け付けられません。',
    NOT_FOUND: '対象が見つかりません。', CONFLICT: 'ほかの変更と重なりました。再読み込みしてください。',
    ALREADY_CLAIMED: 'ほかのスタッフが対応を始めました。', AT_CAPACITY: '同時に対応できる上限に達しています。',
    NOT_ON_DUTY: '対応中（勤務中）にしてから受けてください。', CONSULTATION_CLOSED: 'この相談はすでに終了しています。',
    NOT_ON_SHIFT: '今はあなたのシフトの時間ではありません。対応中にできるのはシフト開始の 15 分前からです。',
    SHIFT_ENDED: 'シフトが終わったため、新しい相談は受けられません。対応中の相談を引き継いでください。',
    TEAM_RESERVED: 'この相談は指定されたチーム向けです。チームのメンバーが対応中の間は、メンバーが受けます。',
    RESERVED_FOR_COUNSELOR: 'この相談は、相談者が指名したスタッフのために取り置かれています。指名の時間が過ぎると、どなたでも受けられます。',
    PASSWORD_CHANGE_REQUIRED: '仮パスワードのままです。先にパスワードを変更してください。',
    BUSY: 'サーバーが混み合っています。少し待ってからもう一度お試しください。', UNKNOWN_EVENT: 'この操作はサーバーで使えません。ページを再読み込みしてください。',
    ALREADY_ANSWERED: 'この相談のアンケートには、すでに回答があります。',
    NOT_BOUND: 'この相談に接続されていません。',
    RATE_LIMITED: '試行回数が多すぎます。しばらく待ってからもう一度お試しください。',
    INTERNAL: '通信またはサーバーでエラーが起きました。もう一度お試しください。',
    invalidField: '「{{field}}」を確認してください。',
  },
  fields: {
    loginId: 'ログインID', displayName: '表示名', password: 'パスワード', roles: '役割', teams: 'チーム', maxConcurrent: '同時対応数',
    active: '有効', staffId: 'スタッフ', startsAt: '開始', endsAt: '終了', role: '役割', token: 'セットアップリンク',
  },
  login: {
    title: 'スタッフログイン', loginId: 'ログインID', password: 'パスワード', submit: 'ログイン', submitting: 'ログイン中…',
    setupNeeded: '管理者がまだ登録されていません。サーバー起動時のログに出力されたセットアップリンクを開いてください。',
  },
  setup: {
    title: '最初の管理者の登録', intro: 'このセンターの最初の管理者アカウントを作成します。リンクは一度だけ使えます。',
    confirm: 'パスワード（確認）', mismatch: 'パスワードが一致しません。', submit: '登録してログイン',
    missingToken: 'セットアップリンクが不完全です。サーバーのログに出力されたリンクをそのまま開いてください。',
    notNeeded: '初期設定は完了しています。', goLogin: 'ログイン画面へ', badToken: 'セットアップリンクが無効か、期限切れです。',
  },
  header: {
    nav: 'ページ', admin: '管理', workspace: '相談画面', logout: 'ログアウト', language: '表示言語を切り替え',
    onDuty: '対応中', offDuty: '離席中', soundOn: '通知音オン', soundOff: '通知音オフ',
  },
  connection: { connecting: 'サーバーに接続しています…', offline: '接続が切れました。再接続しています…（送信中のメッセージは再接続後に送られます）', online: '' },
  help: {
    title: 'キーボードショートカット', switchChat: 'n番目の相談に切り替え', takeNext: '待機列の先頭の相談を受ける',
    toggleNote: 'メモ（スタッフのみ）モードの切り替え', focusQueue: '待機列へ移動', focusComposer: '入力欄へ移動',
    send: '送信', newline: '改行', help: 'この一覧を開く（入力欄の外で）',
    openDirectory: '紹介先の検索を開く・閉じる', openHistory: 'これまでの相談を開く・閉じる（再来の相談のみ）',
    note: 'Alt の組み合わせは入力中でも使えます。日本語変換中は反応しません。',
  },
  queue: {
    title: '待機中', empty: '待機中の相談はありません。', more: 'ほかに {{count}} 件が待機中です（緊急度と到着順で上から表示）。', offDuty: '離席中です。相談を受けるには「対応中」に切り替えてください。',
    take: '受ける', taking: '受けています…', waited: '待ち時間', noPreview: '（最初のメッセージなし）', team: '希望: {{team}}',
    atCapacity: '同時対応数の上限です。ほかの相談を終了してから受けてください。', goOnDuty: '対応中にする',
    preferred: {
      first: '{{name}}さん指名 · あと {{left}}', forYou: 'あなたを指名',
      waitNext: '{{name}}さんを待っています（次回 {{at}}）', waitUntil: '{{name}}さんを待っています（{{at}} まで）',
      messageNext: '{{name}}さんへの伝言（次回 {{at}}）', messageUntil: '{{name}}さんへの伝言（{{at}} まで）',
    },
    notice: {
      ALREADY_CLAIMED: 'その相談はほかのスタッフが対応を始めたため、一覧から消えました。',
      NOT_ON_DUTY: '相談を受けるには「対応中」に切り替えてください。',
      SHIFT_ENDED: 'シフトが終わったため、新しい相談は受けられません。',
    },
  },
  audience: { self: '本人', family: '家族' },
  topic: TOPIC_LABELS.ja,
  risk: { high: '高リスク', elevated: '要注意', none: '' },
  roles: { counselor: '相談員', supervisor: 'スーパーバイザー', admin: '管理者' },
  outcome: {
    listened: '傾聴', information_given: '情報提供', referred: '他機関紹介', follow_up: '継続相談', no_response: '応答なし', other: 'その他',
  },
  chats: {
    title: '対応中の相談', empty: '対応中の相談はありません。', emptyHint: '左の待機列から「受ける」を押すか、Alt+T で先頭の相談を受けます。',
    unread: '未読 {{count}} 件', closed: '終了', released: '待機列へ',
  },
  chat: {
    anonymous: '相談者', you: 'あなた', close: '相談を終了', dismiss: 'タブを閉じる', transcript: '会話',
    noMessages: 'まだメッセージはありません。', noteLabel: 'メモ（スタッフのみ）', typing: '相談者が入力しています…', retry: '再送',
    startedAt: '開始 {{time}}', locale: '表示言語: {{locale}}',
    released: 'この相談はあなたの担当ではなくなりました（待機列に戻されたか、接続が切れている間にほかへ移りました）。',
    status: { pending: '送信中…', sent: '送信済み', failed: '送信できませんでした', received: '' },
    closed: {
      visitor_left: '相談者が退出したため、相談は終了しました。', counselor_closed: 'この相談は終了しました。',
      abandoned: '相談者が戻らなかったため、相談は終了しました。', inactive: 'やり取りがなかったため、相談は自動的に終了しました。',
    },
  },
  composer: {
    placeholder: '相談者へのメッセージ（Enter で送信、Shift+Enter で改行）', notePlaceholder: 'スタッフ用メモ（相談者には表示されません）',
    noteOff: 'メモにする', noteOn: 'メモ入力中', noteHint: '相談者には表示されません', send: '送信', saveNote: 'メモを残す',
  },
  close: {
    title: '相談を終了する', intro: '相談者には終了したことが表示されます。', outcome: '対応結果', outcomeNone: '選択しない',
    tags: 'タグ', tagsPlaceholder: '例: 生活リズム、就労', tagsHint: '読点またはカンマで区切ります（10 個まで、各 40 文字まで）',
    tagErrors: { 'too-many': 'タグは 10 個までです。', 'too-long': 'タグは 1 つ 40 文字までです。' },
    confirm: '終了する', closing: '終了しています…',
  },
  shiftEnd: {
    endingTitle: 'シフト終了まであと 10 分です',
    ending: '{{time}} に終わります。新しい相談は控えめにして、対応中の相談の引き継ぎを準備してください。',
    endedTitle: 'シフトが終わりました',
    ended: '新しい相談は受けられません。対応中の相談を、相談者に一言伝えてから引き継いでください。引き継いだ相談は待機列の先頭に戻り、次の担当者はあなたのメモを最初に読みます。',
    chatsLabel: '引き継ぐ相談',
    open: '表示', handover: '引き継ぐ', handingOver: '引き継いでいます…', handedOver: '引き継ぎました。',
    note: '引き継ぎメモ（任意・スタッフのみ）', notePlaceholder: '例: 家族の話の途中。次回の約束はまだ。',
    noneLeft: '対応中の相談はもうありません。お疲れさまでした。', goOffDuty: '離席にする', later: 'あとで',
    pinned: '引き継ぎメモ',
  },
  title: { queued: '待機中', unread: '未読' },
  workspace: { heading: '相談画面', sr: { actions: '操作' } },
  presence: {
    connected: '相談者は接続中', away: '相談者は {{time}} から離れています', awayShort: '離席',
    tabAway: '（相談者は接続していません）',
  },
  notify: {
    on: 'デスクトップ通知オン', off: 'デスクトップ通知オフ', ask: 'デスクトップ通知を使う',
    askHint: '別の画面を見ている間も、新しい相談とメッセージをお知らせします。',
    later: 'あとで', denied: 'ブラウザでデスクトップ通知がブロックされています。使うにはブラウザのサイト設定で許可してください。',
    unsupported: 'このブラウザはデスクトップ通知に対応していません。',
    newChat: '新しい相談が待機列に入りました', newChatBody: '{{topic}}（{{audience}}）',
    preferredChat: 'あなたを指名した相談が待っています', preferredChatBody: '{{topic}}（前に話した方です）',
    newMessage: '{{name}} さんから新しいメッセージ', newMessageBody: 'ひだまりのタブを開いて確認してください。',
  },
  logout: {
    title: '対応中の相談があります', intro: 'このままログアウトすると、{{count}} 件の相談は担当者のいない状態になり、しばらくして待機列に戻ります。先に待機列の先頭へ引き継ぐと、相談者を待たせずに済みます。',
    handover: '引き継いでからログアウト', handingOver: '引き継いでいます…', anyway: 'このままログアウト', failed: '引き継げなかった相談があります: {{error}}',
  },
  outcomeLater: {
    record: '対応結果を記録', title: '対応結果を記録する', intro: '相談者が退出したあとでも、対応結果とタグを一度だけ記録できます。',
    confirm: '記録する', recording: '記録しています…', recorded: '対応結果を記録しました。',
  },
  admin: { title: '管理', serviceOpen: '現在、相談を受け付けています。', serviceClosed: '現在、受付時間外です（勤務中のシフトがありません）。' },
  staffList: {
    title: 'スタッフ', empty: 'スタッフが登録されていません。', max: '同時対応', state: '状態', edit: '編集',
    inactive: '無効', onDuty: '対応中', offDuty: '離席中',
  },
  staffForm: {
    createTitle: 'スタッフを追加', editTitle: '{{name}} を編集', loginId: 'ログインID', loginIdHint: 'メールアドレス、または英数字と . _ - で 3〜40 文字',
    displayName: '表示名（相談者に表示されます）', password: '初期パスワード', passwordHint: '10 文字以上', roles: '役割', teams: 'チーム',
    teamsHint: '英小文字のチーム名をカンマ区切りで（例: family, youth）', maxConcurrent: '同時対応数（1〜10）', active: '有効（ログインできる）',
    resetPassword: '新しいパスワード', resetPasswordHint: '変更しない場合は空のまま', create: '追加', created: '{{name}} さんを追加しました。',
    needRole: '役割を 1 つ以上選んでください。', loginIdTaken: 'このログインIDはすでに使われています。',
    selfLockout: '自分自身を無効にしたり、自分の管理者の役割を外したりすることはできません。',
  },
  shifts: {
    title: 'シフト', intro: '今日から {{days}} 日先までのシフトです。時刻は {{timezone}} で表示しています。',
    empty: '予定されているシフトはありません。受付時間外になります。', createTitle: 'シフトを追加', staff: 'スタッフ', pickStaff: '選んでください',
    start: '開始', end: '終了', role: '役割', create: '追加', confirmDelete: 'このシフトを削除しますか？',
    zoneNote: '開始・終了は {{timezone}} の時刻として登録します。', incomplete: 'スタッフと開始・終了を入力してください。',
    endBeforeStart: '終了は開始より後にしてください。',
  },
};

export type StaffMessages = typeof staffJa;
