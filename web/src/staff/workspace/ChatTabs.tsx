import { useTranslation } from 'react-i18next';
import { isolatedText } from '../../lib/invisible-chars';
import { SafeText } from '../../lib/safe-text';
import { unreadCount } from '../unread';
import type { ChatState } from '../workspace.reducer';

interface Props {
  chats: ChatState[];
  activeId: string | null;
  onSelect(consultationId: string): void;
}

/** One tab per chat I hold, numbered for Alt+1…9, with unread counts and closed/returned marks. */
export function ChatTabs({ chats, activeId, onSelect }: Props) {
  const { t } = useTranslation('staff');
  if (chats.length === 0) return null;
  return (
    <div className="st-tabs" role="tablist" aria-label={t('chats.title')}>
      {chats.map((chat, i) => {
        const c = chat.consultation;
        const unread = unreadCount(chat.messages, chat.lastReadSeq);
        const state = chat.released ? 'released' : c.status === 'closed' ? 'closed' : 'open';
        return (
          <button key={c.id} type="button" role="tab" id={`st-tab-${c.id}`} aria-selected={c.id === activeId}
            aria-controls="st-chat-panel" className={`st-tab st-tab--${state}`} data-testid="chat-tab" data-consultation-id={c.id}
            data-state={state} onClick={() => onSelect(c.id)} aria-keyshortcuts={i < 9 ? `Alt+${i + 1}` : undefined}>
            {i < 9 && <kbd className="st-tab__key">{i + 1}</kbd>}
            {/* Long nicknames are cut with an ellipsis: the full name on hover and, as the text itself, to screen readers. */}
            <span className="st-tab__name" title={c.nickname ? isolatedText(c.nickname) : t(`audience.${c.audience}`)}>
              {c.nickname ? <SafeText text={c.nickname} /> : t(`audience.${c.audience}`)}
            </span>
            {state === 'open' && c.visitorPresence && !c.visitorPresence.connected && (
              <span className="st-tab__away" data-testid="tab-away" role="img" aria-label={t('presence.tabAway')} title={t('presence.tabAway')} />
            )}
            {c.riskLevel !== 'none' && <span className={`st-dot st-dot--${c.riskLevel}`} aria-label={t(`risk.${c.riskLevel}`)} />}
            {state !== 'open' && <span className="st-tab__mark">{t(`chats.${state}`)}</span>}
            {chatTyping(chat) && <span className="st-tab__typing" aria-hidden="true">…</span>}
            <span className="st-unread" data-testid="unread-count" hidden={unread === 0} aria-label={t('chats.unread', { count: unread })}>
              {unread}
            </span>
          </button>
        );
      })}
    </div>
  );
}

const chatTyping = (chat: ChatState) => chat.visitorTyping && !chat.released && chat.consultation.status === 'active';
