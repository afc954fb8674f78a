// Collecting Content-Security-Policy violations, for every test that loads pages under the policy.
import type { Page } from '@playwright/test';

const watched = new WeakMap<Page, string[]>();

/**
 * Records CSP violations (and console reports of them) from the start of every page load. A tab
 * shared by several tests is watched once; each call empties and returns its list.
 */
export async function watchViolations(page: Page): Promise<string[]> {
  const existing = watched.get(page);
  if (existing) {
    existing.length = 0;
    return existing;
  }
  const violations: string[] = [];
  watched.set(page, violations);
  page.on('console', (message) => {
    if (/Content Security Policy/i.test(message.text())) violations.push(`console: ${message.text()}`);
  });
  await page.exposeFunction('reportViolation', (text: string) => violations.push(text));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      (window as unknown as { reportViolation(text: string): void }).reportViolation(`${event.effectiveDirective} blocked ${event.blockedURI || 'inline'} (${event.sourceFile}:${event.lineNumber})`);
    });
  });
  return violations;
}
