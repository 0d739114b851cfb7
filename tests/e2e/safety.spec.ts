import { test, expect, chromium, type Page } from '@playwright/test';
import { execSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CHROMIUM_ARGS, chromiumPath } from './chromium';
import { addPartners, listItem, newArena, waitSaved } from './helpers';

const BASE = `http://127.0.0.1:${process.env.E2E_PORT ?? 4173}`;

/** Waits until the service worker has installed (precached everything) and controls the page. */
async function serviceWorkerReady(page: Page) {
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
  });
  await expect.poll(() => page.evaluate(() => !!navigator.serviceWorker.controller)).toBe(true);
}

test('offline: after one visit the app opens, lists, edits and keeps arenas with the network off', async ({ page, context }) => {
  await newArena(page, 'Offline arena', 'Works in a meeting room without network');
  await addPartners(page, ['Library']);
  await waitSaved(page);
  await serviceWorkerReady(page);

  await context.setOffline(true);
  await page.goto('/');
  await expect(page.getByRole('heading', { name: 'Arenas', level: 1 })).toBeVisible();
  await page.getByRole('link', { name: /Offline arena/ }).click();
  await addPartners(page, ['Added while offline']);
  await waitSaved(page);
  await page.reload();
  await expect(listItem(page, 'Added while offline')).toBeVisible();
  await expect(listItem(page, 'Library')).toBeVisible();
  // Even the lazily loaded export code is there offline.
  await page.getByRole('button', { name: 'Export' }).click();
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('dialog').getByRole('button', { name: 'Download arena file' }).click()]);
  expect(download.suggestedFilename()).toBe('Offline arena.arena.json');
});

test('no network request after load, all from the app itself, and a CSP that allows no inline or remote script', async ({ page }) => {
  const requests: string[] = [];
  /** Responses that came over the network rather than from the service worker's precache. */
  const fromNetwork: string[] = [];
  page.on('request', (r) => requests.push(r.url()));
  page.on('response', (r) => {
    if (!r.fromServiceWorker()) fromNetwork.push(r.url());
  });
  const response = await page.goto('/');
  expect(response?.headers()['content-security-policy']).toContain("script-src 'self'");
  const meta = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
  expect(meta).toContain("script-src 'self'");
  expect(meta).not.toContain('unsafe-inline\'; script');
  expect(meta).not.toMatch(/script-src[^;]*(unsafe-inline|unsafe-eval|https?:)/);
  await serviceWorkerReady(page);
  await page.waitForLoadState('networkidle');
  const afterLoad = fromNetwork.length;

  await newArena(page, 'Quiet arena', 'No calls home', { navigate: false });
  await addPartners(page, ['A', 'B', 'C']);
  await listItem(page, 'A').getByRole('button', { name: 'A', exact: true }).click();
  await page.getByRole('combobox', { name: 'Ring' }).selectOption('core');
  await waitSaved(page);
  // Code loaded on first use (a tab, a dialog) comes from the precache: nothing reaches the network.
  await page.getByRole('tab', { name: 'Goal & network' }).click();
  await page.keyboard.press('?');
  await expect(page.getByRole('dialog', { name: 'Keyboard shortcuts' })).toBeVisible();
  // The browser fetches the tab's favicon on its own schedule; that is not the app.
  expect(fromNetwork.slice(afterLoad).filter((u) => !u.endsWith('/favicon-32.png'))).toEqual([]);
  expect(requests.every((u) => u.startsWith(`${BASE}/`))).toBe(true);

  // An inline script injected into the page is refused by the policy.
  const ran = await page.evaluate(() => {
    const s = document.createElement('script');
    s.textContent = 'window.__inlineRan = true';
    document.body.appendChild(s);
    return (window as unknown as { __inlineRan?: boolean }).__inlineRan === true;
  });
  expect(ran).toBe(false);
});

test('two tabs: the second shows the arena read-only and live, can take over, and nothing is lost', async ({ context }) => {
  const first = await context.newPage();
  await newArena(first, 'Shared arena', 'Two tabs, one map');
  await addPartners(first, ['From tab one']);
  await waitSaved(first);
  const url = first.url();

  const second = await context.newPage();
  await second.goto(url);
  await expect(second.getByText('Open in another tab.')).toBeVisible();
  await expect(second.getByRole('button', { name: '+ Add partner' })).toHaveCount(0);
  // Edits in the first tab appear in the second.
  await addPartners(first, ['Also from tab one']);
  await expect(listItem(second, 'Also from tab one')).toBeVisible();

  await second.getByRole('button', { name: 'Edit here instead' }).click();
  await expect(second.getByText('Open in another tab.')).toHaveCount(0);
  await expect(first.getByText('Open in another tab.')).toBeVisible();
  await addPartners(second, ['From tab two']);
  await listItem(second, 'From tab one').getByRole('button', { name: 'From tab one', exact: true }).click();
  await second.getByRole('region', { name: 'Partner' }).getByRole('group', { name: 'Expertise' }).getByRole('button', { name: 'Housing' }).click();
  await waitSaved(second);
  await expect(listItem(first, 'From tab two')).toBeVisible();

  const stored = await second.evaluate(
    () =>
      new Promise<{ names: string[]; tags: string[] }>((resolve) => {
        const req = indexedDB.open('arena');
        req.onsuccess = () => {
          const all = req.result.transaction('arenas').objectStore('arenas').getAll();
          all.onsuccess = () => {
            const arena = (all.result as { title: string; partners: Record<string, { name: string; expertise: string[] }> }[]).find((a) => a.title === 'Shared arena')!;
            const partners = Object.values(arena.partners);
            resolve({ names: partners.map((p) => p.name).sort(), tags: partners.flatMap((p) => p.expertise) });
          };
        };
      }),
  );
  expect(stored.names).toEqual(['Also from tab one', 'From tab one', 'From tab two']);
  expect(stored.tags).toEqual(['housing']);
  for (const page of [first, second]) {
    const shown = await page.locator('.partner-item .name-text').allTextContents();
    expect(shown.sort()).toEqual(stored.names);
  }
});

test('closing the tab 100 ms after a change loses nothing', async ({ context }) => {
  const page = await context.newPage();
  await newArena(page, 'Quick close', '');
  await addPartners(page, ['Saved before closing']);
  await page.waitForTimeout(100);
  await page.close();
  const again = await context.newPage();
  await again.goto('/');
  await again.getByRole('link', { name: /Quick close/ }).click();
  await expect(listItem(again, 'Saved before closing')).toBeVisible();
});

test('a browser killed 1 s after a change loses nothing', async () => {
  const profile = mkdtempSync(join(tmpdir(), 'arena-crash-'));
  try {
    const launch = () => chromium.launchPersistentContext(profile, { executablePath: chromiumPath(), args: CHROMIUM_ARGS, baseURL: BASE });
    const context = await launch();
    const page = context.pages()[0] ?? (await context.newPage());
    await newArena(page, 'Crash arena', 'Survives a crash');
    await addPartners(page, ['Written before the crash']);
    await page.waitForTimeout(1000);
    // Not a clean close: SIGKILL every process of this browser profile.
    const pids = execSync('ps -eo pid=,args=')
      .toString()
      .split('\n')
      .filter((line) => line.includes(`--user-data-dir=${profile}`) && /chrom/.test(line))
      .map((line) => Number(line.trim().split(/\s+/)[0]));
    expect(pids.length).toBeGreaterThan(0);
    for (const pid of pids) {
      try {
        process.kill(pid, 'SIGKILL');
      } catch {
        // already gone with its parent
      }
    }
    await context.close().catch(() => {});

    const revived = await launch();
    const page2 = revived.pages()[0] ?? (await revived.newPage());
    await page2.goto('/');
    await page2.getByRole('link', { name: /Crash arena/ }).click();
    await expect(listItem(page2, 'Written before the crash')).toBeVisible();
    await revived.close();
  } finally {
    rmSync(profile, { recursive: true, force: true });
  }
});
