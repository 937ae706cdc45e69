import { describe, expect, it } from 'vitest';
import { DesktopNotifier, type NotifyApi, type NotifyPermission } from './desktop-notify';

function harness(initial: NotifyPermission, answer: NotificationPermission = 'granted', stored: Record<string, string> = {}) {
  let permission = initial;
  const shown: string[] = [];
  let asked = 0;
  const api: NotifyApi = {
    permission: () => permission,
    request: async () => {
      asked++;
      permission = answer;
      return answer;
    },
    show: (title) => shown.push(title),
  };
  const store = { get: (k: string) => stored[k] ?? null, set: (k: string, v: string) => void (stored[k] = v) };
  return { n: new DesktopNotifier(api, store), shown, asked: () => asked, stored };
}

describe('DesktopNotifier', () => {
  it('should prompt only on duty before the browser was asked, and notify once granted', async () => {
    const h = harness('default');
    expect(h.n.shouldPrompt(false)).toBe(false);
    expect(h.n.shouldPrompt(true)).toBe(true);
    h.n.notify('x', 'b', 't', () => {});
    expect(h.shown).toEqual([]);
    await h.n.ask();
    expect(h.n.shouldPrompt(true)).toBe(false);
    h.n.notify('新しい相談', 'b', 't', () => {});
    expect(h.shown).toEqual(['新しい相談']);
  });

  it('should respect a denial: no prompt again, no notification, no second request', async () => {
    const h = harness('default', 'denied');
    await h.n.ask();
    expect(h.n.getSnapshot().permission).toBe('denied');
    expect(h.n.shouldPrompt(true)).toBe(false);
    await h.n.toggle();
    await h.n.ask();
    expect(h.asked()).toBe(1);
    h.n.notify('x', 'b', 't', () => {});
    expect(h.shown).toEqual([]);
  });

  it('should keep "later" and the off switch on the device', async () => {
    const h = harness('default');
    h.n.later();
    expect(new DesktopNotifier({ permission: () => 'default', request: async () => 'default', show: () => {} },
      { get: (k) => h.stored[k] ?? null, set: () => {} }).shouldPrompt(true)).toBe(false);
    const g = harness('granted');
    await g.n.toggle();
    g.n.notify('x', 'b', 't', () => {});
    expect(g.shown).toEqual([]);
    expect(g.stored['hidamari.staff.notify']).toBe('0');
  });
});
