import { describe, expect, it } from 'vitest';
import { isQuickExitKey, shouldSendOnEnter } from './keyboard';

describe('isQuickExitKey', () => {
  it('should exit on Escape', () => {
    expect(isQuickExitKey({ key: 'Escape' })).toBe(true);
  });

  it('should not exit when Escape only cancels an IME conversion', () => {
    expect(isQuickExitKey({ key: 'Escape', isComposing: true })).toBe(false);
    expect(isQuickExitKey({ key: 'Escape', keyCode: 229 })).toBe(false);
  });

  it('should ignore other keys', () => {
    expect(isQuickExitKey({ key: 'Enter' })).toBe(false);
  });

  it('should leave Escape to an open dialog when one is open', () => {
    expect(isQuickExitKey({ key: 'Escape' }, true)).toBe(false);
  });
});

describe('shouldSendOnEnter', () => {
  it('should send on Enter when on a desktop', () => {
    expect(shouldSendOnEnter({ key: 'Enter' }, true)).toBe(true);
  });

  it('should keep a new line when Shift is held, on touch devices, or while converting', () => {
    expect(shouldSendOnEnter({ key: 'Enter', shiftKey: true }, true)).toBe(false);
    expect(shouldSendOnEnter({ key: 'Enter' }, false)).toBe(false);
    expect(shouldSendOnEnter({ key: 'Enter', isComposing: true }, true)).toBe(false);
    expect(shouldSendOnEnter({ key: 'Enter', keyCode: 229 }, true)).toBe(false);
  });
});
