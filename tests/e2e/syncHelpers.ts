/** What the browser tests of shared arenas do again and again: share, wait for Synced, open a link on another device. */
import { expect, type Browser, type BrowserContext, type Page } from '@playwright/test';
import { listItem } from './helpers';

export const syncStatus = (page: Page) => page.locator('.sync-status');

export async function synced(page: Page, timeout = 15_000) {
  await expect(syncStatus(page)).toContainText(/^Synced/, { timeout });
}

/** Shares the open arena and gives its edit and view links (the dialog shows them once the arena is shared). */
export async function share(page: Page): Promise<{ edit: string; view: string }> {
  await page.getByRole('button', { name: 'Share', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: 'Share this arena' });
  await dialog.getByRole('button', { name: 'Share this arena' }).click();
  const edit = await dialog.getByTestId('edit-link').inputValue();
  const view = await dialog.getByTestId('view-link').inputValue();
  await expect(dialog.getByRole('img', { name: 'Scan to edit on a phone or tablet' })).toBeVisible();
  await dialog.getByRole('button', { name: 'Close' }).click();
  await synced(page);
  return { edit, view };
}

/** Another device: a new browser context that opens a link and waits until it is synced. */
export async function device(browser: Browser, link: string): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
  const page = await context.newPage();
  await page.goto(link);
  await expect(page.getByRole('region', { name: 'Goal map' })).toBeVisible();
  await synced(page);
  return page;
}

export const node = (page: Page, name: string) => page.locator('.react-flow__node-partner').filter({ hasText: name });
export const inspector = (page: Page) => page.getByRole('region', { name: 'Partner' });

/** Selects a partner by its name in the partner list. */
export async function select(page: Page, name: string) {
  await listItem(page, name).getByRole('button', { name, exact: true }).click();
}

/**
 * After a test: closes the browser contexts of the other devices it opened. Left open, their pages kept
 * reconnecting to the one sync server of the whole run, and later tests waited behind them.
 */
export async function closeOtherDevices(browser: Browser, context: BrowserContext) {
  for (const other of browser.contexts()) if (other !== context) await other.close();
}
