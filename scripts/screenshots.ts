/**
 * `npm run screenshots`: the README's pictures, regenerated from the production build. Starts the server in this
 * process on an embedded scratch database (PGlite in memory), seeds it through the public API and real browsers,
 * and writes docs/screenshots/*.png: the visitor's phone views (390 × 844) and the counselor's workspace (1440 × 900).
 * `-- --out DIR` writes them elsewhere.
 */
import { existsSync, mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import type { Page } from 'playwright-core';
import { launchBrowser } from '../tests/e2e/browser.js';
import { ADMIN_ENV, createShift, createStaff } from '../tests/support/clients.js';
import { startTestServer } from '../tests/support/test-server.js';

const ROOT = resolve(import.meta.dirname, '..');
const { values: args } = parseArgs({ options: { out: { type: 'string', default: join(ROOT, 'docs/screenshots') } } });
const out = resolve(args.out ?? '');

if (!existsSync(join(ROOT, 'web/dist/index.html'))) {
  process.stderr.write('web/dist is not built: run `npm run build` first (npm run screenshots does).\n');
  process.exit(2);
}
mkdirSync(out, { recursive: true });

async function shot(page: Page, name: string): Promise<void> {
  await page.waitForLoadState('networkidle');
  // Let transitions and the last scroll settle: the picture is of a person's view, not of a frame mid-animation.
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
  await page.screenshot({ path: join(out, `${name}.png`) });
  process.stdout.write(`  ${name}.png\n`);
}

const server = await startTestServer({ env: { ...ADMIN_ENV, SERVICE_TIMEZONE: 'Asia/Tokyo' } });
const browser = await launchBrowser();
try {
  const phone = { viewport: { width: 390, height: 844 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true, locale: 'ja-JP', timezoneId: 'Asia/Tokyo' };
  const visitor = await (await browser.newContext(phone)).newPage();
  visitor.setDefaultTimeout(60_000);

  // Nobody on the roster yet: what a visitor sees outside the hours.
  await visitor.goto(`${server.url}/`);
  await visitor.getByTestId('off-hours').waitFor();
  await shot(visitor, 'visitor-off-hours-ja');

  const counselor = await createStaff(server, { displayName: 'はる', roles: ['counselor'] });
  await createShift(server, counselor.staff.id);
  await visitor.reload();
  await visitor.getByTestId('intake-start').waitFor();
  await shot(visitor, 'visitor-intake-ja');
  await visitor.getByTestId('lang-en').click();
  await visitor.waitForFunction(() => document.documentElement.lang === 'en');
  await shot(visitor, 'visitor-intake-en');
  await visitor.getByTestId('lang-ja').click();
  await visitor.waitForFunction(() => document.documentElement.lang === 'ja');

  await visitor.getByTestId('intake-audience-family').click();
  await visitor.getByTestId('intake-topic-family').click();
  await visitor.getByTestId('intake-nickname').fill('みどり');
  await visitor.getByTestId('intake-message').fill('息子が半年ほど部屋から出てきません。どう声をかければいいのか分からなくて。');
  await visitor.getByTestId('intake-start').click();
  await visitor.getByTestId('queue-position').waitFor();
  await shot(visitor, 'visitor-waiting-ja');

  // The counselor, on a desktop: sign in, go on duty, take the chat, answer.
  const staff = await (await browser.newContext({ viewport: { width: 1440, height: 900 }, locale: 'ja-JP', timezoneId: 'Asia/Tokyo' })).newPage();
  staff.setDefaultTimeout(60_000);
  await staff.goto(`${server.url}/staff/login`);
  await staff.getByTestId('login-id').fill(counselor.staff.loginId);
  await staff.getByTestId('login-password').fill(counselor.password);
  await staff.getByTestId('login-submit').click();
  const duty = staff.getByTestId('duty-toggle');
  await duty.waitFor();
  if ((await duty.getAttribute('aria-pressed')) !== 'true') await duty.click();
  await staff.getByTestId('queue-item').first().getByTestId('queue-take').click();
  await staff.getByTestId('chat-tab').waitFor();
  const say = async (text: string) => {
    await staff.getByTestId('chat-input').fill(text);
    await staff.getByTestId('chat-input').press('Enter');
    await visitor.locator('[data-testid="message"][data-sender="staff"]', { hasText: text.slice(0, 8) }).waitFor();
  };
  await say('こんにちは、はるです。話しにきてくださって、ありがとうございます。');
  await say('半年、心配な日が続いていたのですね。息子さんとは、いまどんなふうに過ごしていますか。');
  await visitor.getByTestId('chat-input').fill('食事はドアの前に置いています。ときどき夜中に台所で音がします。');
  await visitor.getByTestId('chat-send').click();
  await visitor.locator('[data-testid="message"][data-sender="visitor"][data-status="sent"]', { hasText: '夜中に台所' }).waitFor();
  await staff.locator('[data-testid="message"][data-sender="visitor"]', { hasText: '夜中に台所' }).waitFor();
  await shot(visitor, 'visitor-chat-ja');
  // The desktop-notification offer is answered "later", as a counselor who has seen it once would have.
  const later = staff.getByTestId('notify-prompt').getByRole('button', { name: 'あとで' });
  if (await later.isVisible()) await later.click();
  await staff.getByTestId('chat-input').fill('夜中に起きていることが分かるのは、大切な手がかりですね。');
  await shot(staff, 'staff-workspace-ja');
  await staff.getByRole('button', { name: 'English' }).click();
  await staff.waitForFunction(() => document.documentElement.lang === 'en');
  await shot(staff, 'staff-workspace-en');
} finally {
  await browser.close();
  await server.close();
}
process.stdout.write(`Wrote ${out}\n`);
