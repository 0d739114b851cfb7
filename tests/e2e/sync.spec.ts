import { expect, test, type Browser, type Page } from '@playwright/test';
import { addPartners, dragFromList, listItem, newArena, ringPoint } from './helpers';

/** Shares the open arena and gives its edit and view links. */
async function share(page: Page): Promise<{ edit: string; view: string }> {
  await page.getByRole('button', { name: 'Share', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: 'Share this arena' });
  await dialog.getByRole('button', { name: 'Share this arena' }).click();
  // The arena reopens as a shared one, and the dialog shows its links.
  const edit = await dialog.getByTestId('edit-link').inputValue();
  const view = await dialog.getByTestId('view-link').inputValue();
  await dialog.getByRole('button', { name: 'Close' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Synced' })).toBeVisible();
  return { edit, view };
}

async function open(browser: Browser, link: string): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
  const page = await context.newPage();
  await page.goto(link);
  await expect(page.getByRole('region', { name: 'Goal map' })).toBeVisible();
  await expect(page.getByRole('status').filter({ hasText: 'Synced' })).toBeVisible();
  return page;
}

test('two devices on one shared arena: a partner added, placed and renamed on one appears on the other, and back', async ({ page, browser }) => {
  await newArena(page, 'Wijk Noord', 'Een leefbare wijk');
  await addPartners(page, ['CAW', 'OCMW']);
  const links = await share(page);
  expect(links.edit).toMatch(/#\/join\/[A-Za-z0-9_-]+\?edit=[A-Za-z0-9_-]+&view=[A-Za-z0-9_-]+$/);
  const other = await open(browser, links.edit);
  await expect(other.getByRole('button', { name: /^Title: Wijk Noord/ })).toBeVisible();
  await expect(listItem(other, 'CAW')).toBeVisible();
  // A on the map → B sees it on the map.
  await dragFromList(page, 'CAW', await ringPoint(page, 'core', 0));
  await expect(other.locator('.react-flow__node-partner').filter({ hasText: 'CAW' })).toBeVisible();
  // B adds one → A sees it.
  await addPartners(other, ['Politie']);
  await expect(listItem(page, 'Politie')).toBeVisible();
});
