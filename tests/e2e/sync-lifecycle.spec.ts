/**
 * A shared arena's life beyond the live editing (sync.spec.ts): an arena stored by an older Arena is shared
 * and round-trips through the files; Stop sharing; a tab closed right after an undo; the sync server killed
 * and restarted under the devices. Against real sync servers on 127.0.0.1 (the test web server's, and one
 * this file starts and kills itself).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { addPartners, listItem, newArena } from './helpers';
import { closeOtherDevices, device, share, synced, syncStatus } from './syncHelpers';

test.afterEach(async ({ browser, context }) => closeOtherDevices(browser, context));

async function download(page: Page, button: string): Promise<string> {
  await page.getByRole('button', { name: 'Export' }).click();
  const dialog = page.getByRole('dialog', { name: 'Export this arena' });
  const [file] = await Promise.all([page.waitForEvent('download'), dialog.getByRole('button', { name: button }).click()]);
  await dialog.getByRole('button', { name: 'Close' }).click();
  return (await file.path())!;
}

test('an arena stored by an older Arena (database 2, format 2) opens, is shared, and round-trips through JSON and PNG', async ({ page, browser }) => {
  const v2 = JSON.parse(readFileSync(new URL('../fixtures/formats/v2.arena.json', import.meta.url), 'utf8')) as { arena: { title: string; partners: Record<string, { name: string }> } };
  // What Arena left behind before sharing existed: Dexie version 2 (IndexedDB version 20) with a format-2 row.
  // A page of the origin that is not the app (which would open the database at today's version first).
  await page.goto('/favicon-32.png');
  await page.evaluate(
    (arena) =>
      new Promise<void>((resolve, reject) => {
        const req = indexedDB.open('arena', 20);
        req.onupgradeneeded = () => {
          const arenas = req.result.createObjectStore('arenas', { keyPath: 'id' });
          arenas.createIndex('updatedAt', 'updatedAt');
          req.result.createObjectStore('digests', { keyPath: 'id' });
        };
        req.onsuccess = () => {
          const tx = req.result.transaction('arenas', 'readwrite');
          tx.objectStore('arenas').put(arena);
          tx.oncomplete = () => {
            req.result.close();
            resolve();
          };
        };
        req.onerror = () => reject(req.error);
      }),
    v2.arena,
  );
  await page.goto('/');
  await page.getByRole('link', { name: new RegExp(v2.arena.title) }).click();
  const names = Object.values(v2.arena.partners).map((p) => p.name);
  for (const name of names) await expect(listItem(page, name)).toBeVisible();
  const { edit } = await share(page);
  const other = await device(browser, edit);
  for (const name of names) await expect(listItem(other, name)).toBeVisible();

  const json = await download(other, 'Download arena file');
  const png = await download(other, 'Download image');
  await other.goto('/#/');
  for (const file of [json, png]) {
    await other.getByLabel('Import', { exact: true }).setInputFiles(file);
    await expect(other.getByRole('region', { name: 'Goal map' })).toBeVisible();
    for (const name of names) await expect(listItem(other, name)).toBeVisible();
    // An imported copy is a local arena of its own: not shared.
    await expect(other.locator('.sync-status')).toHaveCount(0);
    await other.goto('/#/');
  }
  await expect(other.locator('.arena-card')).toHaveCount(3);
  await expect(other.locator('.arena-card .shared-mark')).toHaveCount(1);
});

test('Stop sharing: every link stops working and the arena stays on this device as a local one', async ({ page, browser }) => {
  await newArena(page, 'Stoppen', '');
  await addPartners(page, ['Blijft']);
  const { edit } = await share(page);
  const other = await device(browser, edit);
  await page.getByRole('button', { name: 'Shared', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: 'Share this arena' });
  await dialog.getByRole('button', { name: 'Stop sharing' }).click();
  // It asks first: every link stops working for everyone.
  await dialog.getByRole('group', { name: /^Stop sharing for everyone\?/ }).getByRole('button', { name: 'Stop sharing' }).click();
  // Local again: no sync status, the Share button offers sharing anew, and the arena is all there.
  await expect(page.locator('.sync-status')).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Share', exact: true })).toBeVisible();
  await expect(listItem(page, 'Blijft')).toBeVisible();
  await addPartners(page, ['Lokaal']);
  await page.reload();
  await expect(listItem(page, 'Lokaal')).toBeVisible();
  // The other device is told its link no longer works, and keeps what it has.
  await expect(syncStatus(other)).toContainText('Not syncing: this link no longer works');
  await expect(listItem(other, 'Blijft')).toBeVisible();
  const late = await (await browser.newContext()).newPage();
  await late.goto(edit);
  await expect(late.getByRole('alert')).toHaveText('This link no longer works: it was replaced or sharing stopped. Ask for a new link.');
});

test('a tab closed right after an undo keeps the undo: the journal holds Yjs updates, not times', async ({ page, browser }) => {
  await newArena(page, 'Dagboek', '');
  await addPartners(page, ['Een', 'Twee']);
  const { edit } = await share(page);
  await addPartners(page, ['Drie']);
  await expect(listItem(page, 'Drie')).toBeVisible();
  await page.keyboard.press('Control+z');
  await expect(listItem(page, 'Drie')).toHaveCount(0);
  const url = page.url();
  // Closed at once, the undo's write may still have been under way.
  await page.close({ runBeforeUnload: true });
  const again = await page.context().newPage();
  await again.goto(url);
  await synced(again);
  await expect(listItem(again, 'Twee')).toBeVisible();
  await expect(listItem(again, 'Drie')).toHaveCount(0);
  // And so does every other device.
  const other = await device(browser, edit);
  await expect(listItem(other, 'Twee')).toBeVisible();
  await expect(listItem(other, 'Drie')).toHaveCount(0);
});

/** A sync server of this test's own (the built app and the sync server, as npm start), to kill and restart. */
function startServer(port: number, data: string): Promise<ChildProcess> {
  // node itself (not npx or the tsx wrapper), so a SIGKILL reaches the server and nothing else.
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/server/main.ts', '--static', 'dist', '--port', String(port), '--host', '127.0.0.1', '--data', data], { stdio: ['ignore', 'pipe', 'pipe'] });
  return new Promise((resolve, reject) => {
    child.stdout!.on('data', (chunk: Buffer) => {
      if (chunk.toString().includes('Arena sync server on')) resolve(child);
    });
    child.on('exit', (code) => reject(new Error(`sync server exited (${code})`)));
  });
}

test('the sync server killed (SIGKILL) mid-session and restarted on its file: nothing lost, devices reconnect by themselves', async ({ browser }) => {
  test.setTimeout(120_000);
  const port = Number(process.env.E2E_PORT ?? 4173) + 20;
  const data = mkdtempSync(join(tmpdir(), 'arena-kill-'));
  let server = await startServer(port, data);
  try {
    const page = await (await browser.newContext({ viewport: { width: 1440, height: 900 } })).newPage();
    await page.goto(`http://127.0.0.1:${port}/`);
    await newArena(page, 'Herstart', '', { navigate: false });
    await addPartners(page, ['Voor de crash']);
    const { edit } = await share(page);
    const other = await device(browser, edit);
    await expect(listItem(other, 'Voor de crash')).toBeVisible();
    // The server stores within its debounce (at most 2 s); then it dies without a chance to store again.
    await page.waitForTimeout(2500);
    server.kill('SIGKILL');
    await expect(syncStatus(page)).toContainText('Cannot reach the sync server', { timeout: 15_000 });
    // Both keep working meanwhile.
    await addPartners(page, ['Tijdens A']);
    await addPartners(other, ['Tijdens B']);
    server = await startServer(port, data);
    // Nobody clicks anything: both reconnect, and everything is on both.
    await synced(page, 30_000);
    await synced(other, 30_000);
    for (const p of [page, other]) for (const name of ['Voor de crash', 'Tijdens A', 'Tijdens B']) await expect(listItem(p, name)).toBeVisible();
    // A third device joining now gets it all from the restarted server.
    const third = await device(browser, edit);
    for (const name of ['Voor de crash', 'Tijdens A', 'Tijdens B']) await expect(listItem(third, name)).toBeVisible();
  } finally {
    server.kill('SIGKILL');
    rmSync(data, { recursive: true, force: true });
  }
});

test('a shared arena deleted on the home screen while another tab has it open is not brought back by that tab, and Restore brings it back whole', async ({ page }) => {
  await newArena(page, 'Weg ermee', '');
  await addPartners(page, ['Blijft bewaard']);
  await share(page);
  const home = await page.context().newPage();
  await home.goto('/#/');
  await home.locator('.arena-card').filter({ hasText: 'Weg ermee' }).getByRole('button', { name: 'Delete' }).click();
  await expect(page.getByText('This arena was deleted elsewhere')).toBeVisible();
  // The open tab does not write it back (a change from elsewhere would make it write its snapshot).
  await home.reload();
  await expect(home.locator('.arena-card').filter({ hasText: 'Weg ermee' })).toHaveCount(0);
  await page.getByRole('button', { name: 'Restore' }).click();
  await expect(home.locator('.arena-card').filter({ hasText: 'Weg ermee' })).toBeVisible();
  await expect(listItem(page, 'Blijft bewaard')).toBeVisible();
  await addPartners(page, ['Na herstel']);
  await synced(page);
});
