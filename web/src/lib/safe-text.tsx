import { hasInvisible, marker, segments } from './invisible-chars';
import './safe-text.css';

/**
 * Text someone else wrote (a message body, a nickname, a staff name), shown so it cannot disturb the page: isolated
 * (`<bdi dir="auto">`: its direction is its own and never leaks into the text around it) and with every bidi
 * override and invisible formatting character replaced by a small visible code such as ⟪U+202E⟫.
 */
export function SafeText({ text, className }: { text: string; className?: string }) {
  return (
    <bdi dir="auto" className={className ? `safe-text ${className}` : 'safe-text'}>
      {hasInvisible(text)
        ? segments(text).map((s, i) => (s.kind === 'text' ? s.text : (
          <span key={i} className="safe-text__ctl" data-testid="invisible-char" title={s.code}>{marker(s.code)}</span>
        )))
        : text}
    </bdi>
  );
}
