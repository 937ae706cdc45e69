/** axe-core on the page as it is now (a11y.spec.ts and issue 12's screens check themselves with it); the page's context needs `bypassCSP`. */
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';

const AXE_PATH = createRequire(import.meta.url).resolve('axe-core/axe.min.js');

interface Violation { id: string; impact: string | null; help: string; nodes: { target: string[] }[] }

/** Waits until nothing is marked busy, then runs axe on the whole document: the violations on the page, or why nothing was checked. */
export async function axeViolations(page: Page): Promise<string[]> {
  await page.waitForFunction(() => !document.querySelector('[aria-busy="true"]'), undefined, { timeout: 10_000 }).catch(() => undefined);
  if (!(await page.evaluate(() => 'axe' in window))) await page.addScriptTag({ path: AXE_PATH });
  const { violations, passed } = await page.evaluate(async () => {
    const w = window as unknown as { axe: { run(ctx: Document, o: object): Promise<{ violations: Violation[]; passes: unknown[] }> } };
    const result = await w.axe.run(document, { resultTypes: ['violations'] });
    return { violations: result.violations, passed: result.passes.length };
  });
  // A screen where no rule even applied was not really checked (an empty page, an error screen).
  if (passed < 5) return [`only ${passed} axe rules applied: is the screen there?`];
  return violations.map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.slice(0, 4).map((n) => n.target.join(' ')).join(' | ')}`);
}
