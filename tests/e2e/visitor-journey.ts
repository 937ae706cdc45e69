/** Steps the visitor journeys share: a phone page, intake, the counselor as a socket client, and what is on screen. */
import type { Page } from 'playwright-core';
import { ok } from '../support/clients';
import type { Counselor } from '../support/flows';
import type { TestServer } from '../support/test-server';

export const SCREENS = '/work/screens/visitor-ux';

/** Fills the intake as a visitor would and waits for the waiting view. `message` also finds the chat in the queue. */
export async function startFromIntake(page: Page, server: TestServer, message: string, nickname?: string): Promise<void> {
  await page.goto(server.url + '/');
  await page.getByTestId('intake-audience-self').click();
  await page.getByTestId('intake-topic-other').click();
  if (nickname) await page.getByTestId('intake-nickname').fill(nickname);
  await page.getByTestId('intake-message').fill(message);
  await page.getByTestId('intake-start').click();
  await page.getByTestId('queue-position').waitFor();
}

/** The counselor takes the waiting chat whose first words are `message`; answers its id. */
export async function takeByPreview(c: Counselor, message: string): Promise<string> {
  const { items } = await ok(c.socket, 'queue:list', {});
  const item = items.find((i) => i.preview === message);
  if (!item) throw new Error('the chat is not in the queue');
  await ok(c.socket, 'consultation:claim', { consultationId: item.consultationId });
  return item.consultationId;
}

export interface Visibility {
  ok: boolean;
  top: number;
  bottom: number;
  visibleTop: number;
  visibleBottom: number;
}

/**
 * Whether the newest message, with its status line, is wholly inside what the visitor sees: below the sticky header
 * and above the composer and the on-screen keyboard (the visual viewport).
 */
export function lastMessageVisibility(page: Page): Promise<Visibility> {
  return page.evaluate(() => {
    const all = document.querySelectorAll('[data-testid="message"]');
    const last = all[all.length - 1];
    const header = document.querySelector('.hv-header')!.getBoundingClientRect();
    const composer = document.querySelector('.hv-composer')?.getBoundingClientRect();
    const vv = window.visualViewport;
    const screenBottom = vv ? vv.offsetTop + vv.height : window.innerHeight;
    const visibleBottom = Math.min(composer ? composer.top : screenBottom, screenBottom);
    const r = last!.getBoundingClientRect();
    return { ok: r.top >= header.bottom - 1 && r.bottom <= visibleBottom + 1, top: r.top, bottom: r.bottom, visibleTop: header.bottom, visibleBottom };
  });
}

export async function shoot(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: `${SCREENS}/${name}.png`, fullPage: false });
}

/** Switches the visitor page's language with its own toggle. */
export async function switchTo(page: Page, lang: 'ja' | 'en'): Promise<void> {
  await page.getByTestId(`lang-${lang}`).click();
  await page.waitForFunction((l) => document.documentElement.lang === l, lang);
}
