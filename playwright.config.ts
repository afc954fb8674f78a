import { existsSync } from 'node:fs';
import { defineConfig } from '@playwright/test';

// A system Chromium when there is one (browser downloads are not possible everywhere);
// otherwise Playwright's own browser, if `npx playwright install chromium` was run.
const systemChromium = process.env.CHROMIUM_PATH ?? (existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined);
const port = Number(process.env.E2E_PORT ?? 4329);
const base = (process.env.SITE_BASE ?? '/').replace(/\/?$/, '/');
const distDir = process.env.DIST_DIR ?? 'dist';

// The sub-path build (`npm run build:subpath`): the same site deployed under /handbook/, served on
// E2E_SUBPATH_PORT (default: E2E_PORT + 100, clear of neighbouring E2E_PORTs), checked by
// e2e/base-path.spec.ts. Served only when it has been built, so single spec files can run after a
// plain `npm run build`.
const subpath = { base: '/handbook/', dir: 'dist-subpath', port: Number(process.env.E2E_SUBPATH_PORT ?? port + 100) };
const subpathBuilt = existsSync(subpath.dir);

export default defineConfig({
  testDir: 'e2e',
  fullyParallel: true,
  workers: process.env.CI ? 2 : undefined,
  forbidOnly: Boolean(process.env.CI),
  // One retry in CI, where the machine is shared and a starved browser can miss a timeout; the
  // report lists such a test as flaky, and a real failure still fails twice.
  retries: process.env.CI ? 1 : 0,
  reporter: process.env.CI ? 'line' : 'list',
  use: {
    browserName: 'chromium',
    // The site's service worker serves what it has cached, which page.route() cannot see or change:
    // off, except in the specs that test it (offline.spec.ts, base-path.spec.ts).
    serviceWorkers: 'block',
    launchOptions: {
      executablePath: systemChromium,
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
        '--disable-quic',
      ],
    },
  },
  projects: [
    { name: 'site', testIgnore: 'base-path.spec.ts', use: { baseURL: `http://127.0.0.1:${port}${base}` } },
    {
      name: 'subpath',
      testMatch: 'base-path.spec.ts',
      use: { baseURL: `http://127.0.0.1:${subpath.port}${subpath.base}` },
    },
  ],
  webServer: [
    {
      command: `node scripts/serve-static.ts ${distDir} ${port} ${base}`,
      url: `http://127.0.0.1:${port}${base}`,
      reuseExistingServer: false,
      timeout: 30_000,
    },
    ...(subpathBuilt
      ? [
          {
            command: `node scripts/serve-static.ts ${subpath.dir} ${subpath.port} ${subpath.base}`,
            url: `http://127.0.0.1:${subpath.port}${subpath.base}`,
            reuseExistingServer: false,
            timeout: 30_000,
          },
        ]
      : []),
  ],
});
