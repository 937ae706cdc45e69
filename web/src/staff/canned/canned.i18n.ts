/** The 'canned' i18next namespace: canned replies (the page and the composer's list). */
export const cannedJa = {
  nav: '定型文',
  title: '定型文',
  lead: '入力欄の先頭で「/」または Ctrl+/ を押すと一覧が開き、Enter で入力欄に入ります。送信前に書き換えられます（自動では送信しません）。',
  center: { title: 'センターの定型文', hint: 'このセンターの全スタッフが使えます。管理者が編集します。', empty: 'センターの定型文はまだありません。' },
  personal: { title: '自分の定型文', hint: 'あなただけが使えます。', empty: '自分の定型文はまだありません。下のフォームから追加できます。' },
  cols: { shortcut: 'ショートカット', title: 'タイトル', ja: '日本語', en: 'English', actions: '操作' },
  form: {
    addCenter: 'センターの定型文を追加', addPersonal: '自分の定型文を追加', edit: '「{{title}}」を編集',
    title: 'タイトル', shortcut: 'ショートカット（任意）', shortcutHint: '「/」のあとに入力して呼び出します。英数字・かな・_ ・-（空白なし）',
    ja: '本文（日本語）', en: '本文（English）', bodyHint: 'どちらか一方は必須です。相談者の表示言語の本文が入ります。',
    add: '追加', save: '保存', cancel: 'キャンセル', saved: '保存しました。',
  },
  edit: '編集', delete: '削除', confirmDelete: '「{{title}}」を削除しますか？',
  loading: '定型文を読み込んでいます…', loadFailed: '定型文を読み込めませんでした。', retry: '再試行',
  picker: {
    open: '定型文（/ または Ctrl+/）', label: '定型文を絞り込む', placeholder: 'ショートカットや言葉で絞り込み（Enter で入力欄へ、Esc で閉じる）',
    empty: '一致する定型文はありません。', none: '定型文はまだありません。「定型文」のページで追加できます。', manage: '定型文を管理',
    center: 'センター', personal: '自分',
  },
};

export const cannedEn: typeof cannedJa = {
  nav: 'Canned replies',
  title: 'Canned replies',
  lead: 'Type "/" at the start of the message box or press Ctrl+/ to open the list; Enter puts the text in the box, where you can edit it before sending (it is never sent by itself).',
  center: { title: 'Center replies', hint: 'Everyone at this center can use these. Admins edit them.', empty: 'No center replies yet.' },
  personal: { title: 'My replies', hint: 'Only you can use these.', empty: 'You have no replies of your own yet. Add one with the form below.' },
  cols: { shortcut: 'Shortcut', title: 'Title', ja: '日本語', en: 'English', actions: 'Actions' },
  form: {
    addCenter: 'Add a center reply', addPersonal: 'Add one of my replies', edit: 'Edit "{{title}}"',
    title: 'Title', shortcut: 'Shortcut (optional)', shortcutHint: 'Typed after "/" to call it up. Letters, digits, _ and - (no spaces).',
    ja: 'Text (日本語)', en: 'Text (English)', bodyHint: 'At least one is required. The visitor\'s language is inserted.',
    add: 'Add', save: 'Save', cancel: 'Cancel', saved: 'Saved.',
  },
  edit: 'Edit', delete: 'Delete', confirmDelete: 'Delete "{{title}}"?',
  loading: 'Loading canned replies…', loadFailed: 'The canned replies could not be loaded.', retry: 'Retry',
  picker: {
    open: 'Canned replies (/ or Ctrl+/)', label: 'Filter canned replies', placeholder: 'Filter by shortcut or words (Enter inserts, Esc closes)',
    empty: 'No canned reply matches.', none: 'No canned replies yet. Add some on the Canned replies page.', manage: 'Manage canned replies',
    center: 'Center', personal: 'Mine',
  },
};
