import { describe, expect, it } from 'vitest';
import { shortcutFor, type KeyInput } from './shortcuts';

const key = (over: Partial<KeyInput>): KeyInput => ({
  key: '', code: '', altKey: false, ctrlKey: false, metaKey: false, shiftKey: false, isComposing: false, inEditable: false, ...over,
});

describe('shortcutFor', () => {
  it('should switch chats with Alt+1..9 by physical key', () => {
    expect(shortcutFor(key({ altKey: true, code: 'Digit1', key: '¡' }))).toEqual({ type: 'switch-chat', index: 0 });
    expect(shortcutFor(key({ altKey: true, code: 'Digit9', inEditable: true }))).toEqual({ type: 'switch-chat', index: 8 });
    expect(shortcutFor(key({ altKey: true, code: 'Digit0' }))).toBeNull();
  });

  it('should map Alt+T, Alt+N, Alt+Q and Alt+M, also while typing', () => {
    expect(shortcutFor(key({ altKey: true, code: 'KeyT', inEditable: true }))).toEqual({ type: 'take-next' });
    expect(shortcutFor(key({ altKey: true, code: 'KeyN', inEditable: true }))).toEqual({ type: 'toggle-note' });
    expect(shortcutFor(key({ altKey: true, code: 'KeyQ' }))).toEqual({ type: 'focus-queue' });
    expect(shortcutFor(key({ altKey: true, code: 'KeyM' }))).toEqual({ type: 'focus-composer' });
  });

  it('should open the directory with Alt+R and the earlier consultations with Alt+Y, also while typing', () => {
    expect(shortcutFor(key({ altKey: true, code: 'KeyR', inEditable: true }))).toEqual({ type: 'open-directory' });
    expect(shortcutFor(key({ altKey: true, code: 'KeyY' }))).toEqual({ type: 'open-history' });
  });

  it('should ignore AltGr (Ctrl+Alt), Alt+Shift, Meta and IME composition', () => {
    expect(shortcutFor(key({ altKey: true, ctrlKey: true, code: 'KeyT' }))).toBeNull();
    expect(shortcutFor(key({ altKey: true, shiftKey: true, code: 'KeyT' }))).toBeNull();
    expect(shortcutFor(key({ altKey: true, metaKey: true, code: 'KeyN' }))).toBeNull();
    expect(shortcutFor(key({ altKey: true, code: 'KeyN', isComposing: true }))).toBeNull();
  });

  it('should open help with ? only outside text fields', () => {
    expect(shortcutFor(key({ key: '?', shiftKey: true }))).toEqual({ type: 'help' });
    expect(shortcutFor(key({ key: '?', shiftKey: true, inEditable: true }))).toBeNull();
  });

  it('should leave plain letters alone', () => {
    expect(shortcutFor(key({ key: 't', code: 'KeyT' }))).toBeNull();
  });
});
