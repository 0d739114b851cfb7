/**
 * Importing a partner list from a spreadsheet through the mapping step, with real files from
 * tests/fixtures/lists: by mouse from the home screen into a new arena, by keyboard after a drop into the
 * open arena (one undo step), and a bad file that writes nothing.
 */
import { test, expect, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { addPartners, dropFile, newArena, storedArenas } from './helpers';
import { rectAround, overlaps } from '../../src/domain/mapLayout';
import { ringOf } from '../../src/domain/rings';
import type { Arena } from '../../src/domain/arena';

const LISTS = 'tests/fixtures/lists/';

function previewRow(page: Page, line: number) {
  return page.locator(`dialog.list-import tr[data-line="${line}"]`);
}

function noOverlaps(arena: Arena): string[] {
  const placed = Object.values(arena.partners).filter((p) => p.position);
  const out: string[] = [];
  placed.forEach((a, i) =>
    placed.slice(i + 1).forEach((b) => {
      if (overlaps(rectAround(a.position!, { width: 200, height: 80 }), rectAround(b.position!, { width: 200, height: 80 }))) out.push(`${a.name} / ${b.name}`);
    }),
  );
  return out;
}

test('a Dutch Excel CSV from the home screen: mapping, duplicates, own tags and preview by mouse, then a new arena', async ({ page }) => {
  await page.goto('/');
  await page.getByLabel('Import', { exact: true }).setInputFiles(`${LISTS}sociale-kaart-nl.csv`);
  const dialog = page.getByRole('dialog', { name: 'Import a partner list' });
  await expect(dialog).toBeVisible();
  await expect(dialog.getByText('From “sociale-kaart-nl.csv” into a new arena.', { exact: false })).toBeVisible();
  await expect(dialog.getByText('CSV, columns separated by semicolons, Windows-1252')).toBeVisible();

  // The suggested mapping, from the file's own headings.
  await expect(dialog.getByRole('combobox', { name: 'Organisatie' })).toHaveValue('name');
  await expect(dialog.getByRole('combobox', { name: 'Domein' })).toHaveValue('expertise');
  await expect(dialog.getByRole('combobox', { name: 'Opmerkingen' })).toHaveValue('notes');

  // Every row with what will happen to it.
  await expect(dialog.locator('tbody tr[data-line]')).toHaveCount(8);
  await expect(previewRow(page, 3)).toContainText('Café ’t Hoekske');
  await expect(previewRow(page, 3)).toContainText('Context');
  await expect(previewRow(page, 5)).toContainText('Not imported: no name');
  await expect(previewRow(page, 9)).toContainText('Skipped: “OCMW Gent” is higher in the list');
  await expect(previewRow(page, 8)).toContainText('“Digitale inclusie” matches no tag: left out');
  await expect(dialog.getByRole('button', { name: 'Import 6 partners' })).toBeVisible();

  // Merge the duplicate, agree to the own tag, leave the notes out: the preview follows each choice.
  await dialog.getByText('Merge them', { exact: false }).click();
  await expect(previewRow(page, 9)).toContainText('Merged with “OCMW Gent” higher in the list');
  await dialog.getByRole('checkbox', { name: /Make these the arena’s own tags: Digitale inclusie/ }).click();
  await expect(previewRow(page, 8)).toContainText('“Digitale inclusie” becomes an own tag');
  await dialog.getByRole('combobox', { name: 'Opmerkingen' }).selectOption({ label: 'Leave out' });
  // Choosing the name for another column takes it from the first; with no name column nothing can be imported.
  await dialog.getByRole('combobox', { name: 'Soort' }).selectOption({ label: 'Name' });
  await expect(dialog.getByRole('combobox', { name: 'Organisatie' })).toHaveValue('');
  await expect(previewRow(page, 3).locator('td').nth(1)).toHaveText('horeca');
  await dialog.getByRole('combobox', { name: 'Soort' }).selectOption({ label: 'Leave out' });
  await expect(dialog.getByRole('alert')).toHaveText('Choose the column that holds the names.');
  await expect(dialog.getByRole('button', { name: 'Nothing to import' })).toBeDisabled();
  await dialog.getByRole('combobox', { name: 'Soort' }).selectOption({ label: 'Type' });
  await dialog.getByRole('combobox', { name: 'Organisatie' }).selectOption({ label: 'Name' });
  await expect(dialog.getByText('6 to add, 1 to merge, 0 skipped, 1 not imported')).toBeVisible();

  // No serious accessibility violation in the dialog (labels of every select, contrast of the outcomes).
  const axe = await new AxeBuilder({ page }).include('dialog.list-import').withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  expect(axe.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);

  await page.setViewportSize({ width: 1024, height: 768 });
  await page.screenshot({ path: 'tests/.output/list-import-1024.png' });
  await previewRow(page, 9).scrollIntoViewIfNeeded();
  await page.screenshot({ path: 'tests/.output/list-import-1024-preview.png' });
  await page.setViewportSize({ width: 1920, height: 1080 });
  await page.screenshot({ path: 'tests/.output/list-import-1920.png' });
  await page.setViewportSize({ width: 1440, height: 900 });

  await dialog.getByRole('button', { name: 'Import 7 partners' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByRole('region', { name: 'Goal map' })).toBeVisible();
  await expect(page.getByRole('button', { name: /^Title: sociale-kaart-nl/ })).toBeVisible();
  await expect(page.getByText('5 of 6 on the map')).toBeVisible();

  await expect.poll(async () => (await storedArenas(page)).length).toBe(1);
  const [arena] = await storedArenas(page);
  const partners = Object.values(arena!.partners);
  const byName = new Map(partners.map((p) => [p.name, p]));
  expect([...byName.keys()].sort()).toEqual(['Buurtwerk Rabot', 'Café ’t Hoekske', 'Digitale hub Gent', 'Kinderopvang Kabouter', 'OCMW Gent', 'Wijkgezondheidscentrum De Sleutel']);
  expect(ringOf(byName.get('OCMW Gent')!.position!)).toBe('core');
  expect(byName.get('OCMW Gent')!.expertise).toEqual(['welfare', 'poverty', 'housing']);
  expect(byName.get('OCMW Gent')!.notes).toBe('');
  expect(byName.get('Kinderopvang Kabouter')!.position).toBeNull();
  const own = Object.values(arena!.tags);
  expect(own.map((t) => t.label)).toEqual(['Digitale inclusie']);
  expect(byName.get('Digitale hub Gent')!.expertise).toEqual([own[0]!.id]);
  expect(noOverlaps(arena!)).toEqual([]);
});

test('an .xlsx dropped on the open arena, mapped by keyboard, is one undo step', async ({ page }) => {
  await newArena(page, 'Gentbrugge', 'Iedereen in Gentbrugge vindt binnen een week hulp');
  await addPartners(page, ['Seniorenraad']);
  await dropFile(page, `${LISTS}sociale-kaart.xlsx`, 'sociale-kaart.xlsx', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
  const dialog = page.getByRole('dialog', { name: 'Import a partner list' });
  await expect(dialog.getByText('From “sociale-kaart.xlsx” into this arena.', { exact: false })).toBeVisible();
  await expect(dialog.getByText('Excel workbook, first sheet')).toBeVisible();
  await expect(previewRow(page, 8)).toContainText('Skipped: “Seniorenraad” is already in the arena');
  await expect(previewRow(page, 4)).toContainText('Welfare · Housing · Community-building · Government / policy');

  // Tab through the dialog to the notes column's field and leave it out with the keyboard.
  const notes = dialog.getByRole('combobox', { name: 'Notities' });
  for (let i = 0; i < 30 && !(await notes.evaluate((el) => el === document.activeElement)); i++) await page.keyboard.press('Tab');
  await expect(notes).toBeFocused();
  await expect(notes).toHaveValue('notes');
  await page.keyboard.press('Home');
  await expect(notes).toHaveValue('');
  // Merge duplicates: the radio group by arrow keys.
  const skip = dialog.getByRole('radio', { name: 'Skip them' });
  for (let i = 0; i < 10 && !(await skip.evaluate((el) => el === document.activeElement)); i++) await page.keyboard.press('Tab');
  await expect(skip).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await expect(dialog.getByRole('radio', { name: /Merge them/ })).toBeChecked();
  await expect(previewRow(page, 8)).toContainText('Merged into “Seniorenraad”');
  const importButton = dialog.getByRole('button', { name: 'Import 3 partners' });
  for (let i = 0; i < 10 && !(await importButton.evaluate((el) => el === document.activeElement)); i++) await page.keyboard.press('Tab');
  await expect(importButton).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(dialog).toBeHidden();

  await expect(page.getByText('3 of 3 on the map')).toBeVisible();
  await expect.poll(async () => Object.keys((await storedArenas(page))[0]!.partners).length).toBe(3);
  const arena = (await storedArenas(page))[0]!;
  const senioren = Object.values(arena.partners).find((p) => p.name === 'Seniorenraad')!;
  expect(ringOf(senioren.position!)).toBe('complementary');
  expect(senioren.perspective).toEqual(['resident']);
  expect(Object.values(arena.partners).find((p) => p.name === 'Wijkpunt Gentbrugge')!.notes).toBe('');
  expect(noOverlaps(arena)).toEqual([]);

  // One undo step takes the whole import back.
  await page.keyboard.press('Control+z');
  await expect(page.getByText('0 of 1 on the map')).toBeVisible();
});

test('a bad file says why and writes nothing; Escape closes it', async ({ page }) => {
  await page.goto('/');
  await page.getByLabel('Import', { exact: true }).setInputFiles(`${LISTS}binary.csv`);
  const dialog = page.getByRole('dialog', { name: 'Import a partner list' });
  await expect(dialog.getByRole('alert')).toContainText('Could not import “binary.csv”: This file holds binary data, not a list.');
  await expect(dialog.getByRole('alert')).toContainText('Nothing was imported.');
  await expect(dialog.getByRole('button', { name: /^Import/ })).toHaveCount(0);
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  expect(await storedArenas(page)).toEqual([]);
});

test(`a workbook of ${5000} rows (its sheet unpacks to over 512 kB) is read under the app’s Content-Security-Policy`, async ({ page }) => {
  // fflate unpacks parts over 512 kB in a blob: Worker, which the CSP forbids; the reader repacks first.
  const { zipSync, strToU8 } = await import('fflate');
  const rows = Array.from(
    { length: 5000 },
    (_, i) => `<row r="${i + 2}"><c r="A${i + 2}" t="inlineStr"><is><t>Partner ${i + 1}</t></is></c><c r="B${i + 2}" t="inlineStr"><is><t>${['Kern', 'Complementair', 'Context', ''][i % 4]}</t></is></c><c r="C${i + 2}" t="inlineStr"><is><t>Welzijn | Armoede</t></is></c></row>`,
  );
  const sheet = `<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>Naam</t></is></c><c r="B1" t="inlineStr"><is><t>Ring</t></is></c><c r="C1" t="inlineStr"><is><t>Expertise</t></is></c></row>${rows.join('')}</sheetData></worksheet>`;
  expect(sheet.length).toBeGreaterThan(512 * 1024);
  const rel = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
  const zip = zipSync({
    '[Content_Types].xml': strToU8(`<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/></Types>`),
    '_rels/.rels': strToU8(`<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${rel}/officeDocument" Target="xl/workbook.xml"/></Relationships>`),
    'xl/workbook.xml': strToU8(`<?xml version="1.0"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="${rel}"><sheets><sheet name="Blad1" sheetId="1" r:id="rId1"/></sheets></workbook>`),
    'xl/_rels/workbook.xml.rels': strToU8(`<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${rel}/worksheet" Target="worksheets/sheet1.xml"/></Relationships>`),
    'xl/worksheets/sheet1.xml': strToU8(sheet),
  });
  await page.goto('/');
  await page.getByLabel('Import', { exact: true }).setInputFiles({ name: 'groot.xlsx', mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', buffer: Buffer.from(zip) });
  const dialog = page.getByRole('dialog', { name: 'Import a partner list' });
  await expect(dialog.getByText('5000 to add, 0 to merge, 0 skipped, 0 not imported')).toBeVisible({ timeout: 20_000 });
  await expect(dialog.locator('tbody tr[data-line]')).toHaveCount(500);
  await dialog.getByRole('button', { name: 'Showing the first 500 of 5000 rows. Show all' }).click();
  await expect(dialog.locator('tbody tr[data-line]')).toHaveCount(5000);
  await expect(previewRow(page, 5001)).toContainText('Partner 5000');
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  await expect(dialog).toBeHidden();
  expect(await storedArenas(page)).toEqual([]);
});

test('in Dutch: an English list into a new arena, the dialog in Dutch and tags shown with their Dutch labels', async ({ browser }) => {
  const context = await browser.newContext({ locale: 'nl-BE', viewport: { width: 1024, height: 768 } });
  const page = await context.newPage();
  await page.goto('/');
  await page.getByLabel('Importeren', { exact: true }).setInputFiles(`${LISTS}partners-en.csv`);
  const dialog = page.getByRole('dialog', { name: 'Een partnerlijst importeren' });
  await expect(dialog.getByText('CSV, kolommen gescheiden door komma’s, UTF-8')).toBeVisible();
  await expect(dialog.getByRole('combobox', { name: 'Organisation' })).toHaveValue('name');
  await expect(previewRow(page, 2)).toContainText('Wonen · Armoede · Beleidsmatig · Overheid / beleid');
  await expect(previewRow(page, 5)).toContainText('Ring “somewhere” kent Arena niet: blijft in de lijst');
  await expect(dialog.getByText('5 toe te voegen, 0 samen te voegen, 0 overgeslagen, 0 niet geïmporteerd')).toBeVisible();
  await page.screenshot({ path: 'tests/.output/list-import-nl-1024.png' });
  await dialog.getByRole('button', { name: '5 partners importeren' }).click();
  await expect(page.getByText('4 van 5 op de kaart')).toBeVisible();
  await context.close();
});
