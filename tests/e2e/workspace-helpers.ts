/** Shared steps of the counselor-side journeys at 1440 × 900: sign in, go on duty, take a chat, switch language, screenshot. */
import { mkdirSync } from 'node:fs';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { createShift, createStaff, ok, visitorSocket, type CreatedStaff, type VisitorClient } from '../support/clients';
import type { ConsultationStart } from '@hidamari/shared';
import type { TestServer } from '../support/test-server';

export const SCREENS = '/work/screens/counselor-ux';

export function deskContext(browser: Browser, lang: 'ja' | 'en' = 'ja', permissions: string[] = []): Promise<BrowserContext> {
  return browser.newContext({ viewport: { width: 1440, height: 900 }, locale: lang === 'ja' ? 'ja-JP' : 'en-US', permissions }).then(async (c) => {
    await c.addInitScript((l) => localStorage.setItem('hidamari.lang', l), lang);
    return c;
  });
}

export async function onShiftCounselor(server: TestServer, displayName = '相談員 はる'): Promise<CreatedStaff> {
  const member = await createStaff(server, { displayName });
  await createShift(server, member.staff.id);
  return member;
}

export async function signIn(page: Page, server: TestServer, member: CreatedStaff, path = '/staff'): Promise<void> {
  await page.goto(server.url + path);
  await page.waitForURL('**/staff/login');
  await page.getByTestId('login-id').fill(member.staff.loginId);
  await page.getByTestId('login-password').fill(member.password);
  await page.getByTestId('login-submit').click();
  await page.waitForURL((u) => !u.pathname.endsWith('/login'));
}

export async function goOnDuty(page: Page): Promise<void> {
  const duty = page.getByTestId('duty-toggle');
  await duty.waitFor();
  if ((await duty.getAttribute('aria-pressed')) !== 'true') await duty.click();
  await page.waitForSelector('[data-testid="duty-toggle"][aria-pressed="true"]');
}

export async function visitorStarts(server: TestServer, payload: Partial<ConsultationStart> = {}): Promise<{ socket: VisitorClient; id: string; token: string }> {
  const socket = await visitorSocket(server);
  const started = await ok(socket, 'consultation:start', { audience: 'self', topic: 'daily-life', ...payload });
  return { socket, id: started.consultationId, token: started.token };
}

export async function take(page: Page, consultationId: string): Promise<void> {
  const item = page.locator(`[data-testid="queue-item"][data-consultation-id="${consultationId}"]`);
  await item.getByTestId('queue-take').click();
  await page.waitForSelector(`[data-testid="chat-tab"][data-consultation-id="${consultationId}"][aria-selected="true"]`);
}

export async function shot(page: Page, name: string): Promise<void> {
  mkdirSync(SCREENS, { recursive: true });
  await page.screenshot({ path: `${SCREENS}/${name}.png` });
}
