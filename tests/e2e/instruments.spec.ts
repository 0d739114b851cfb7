import { test, expect, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';

/**
 * Regie instruments, in English and Dutch, on a 1024×768 screen: an instrument added in the partner's
 * details by mouse and one by keyboard, the instrument sheet filled in its tab, and the finding "market
 * steering without a market" appearing when the sheet says nobody else could deliver, and going again.
 * Then the same arena on a phone (390×844): the details and the sheets tab without sideways scrolling.
 */
const WORDS = {
  en: {
    newArena: 'New arena',
    addPartner: '+ Add partner',
    addForm: 'Add partner',
    name: 'Name',
    cancel: 'Cancel',
    partner: 'Partner',
    section: 'Regie instruments',
    instrumentName: 'Instrument',
    type: 'Kind of instrument',
    add: 'Add instrument',
    market: /^Market/,
    juridical: /^Juridical/,
    tab: 'Instruments',
    warningsTab: /^Warnings/,
    warnings: 'Warnings',
    aim: 'What should it achieve?',
    alternatives: 'Who else could deliver here?',
    nobody: 'Nobody else',
    several: 'Several others',
    verdict: 'Verdict',
    replace: 'Replace',
    finding: 'Market steering without a market: Welfare centre',
    empty: 'Give the instrument a name.',
    views: 'Views',
    analysis: /^Analysis/,
  },
  nl: {
    newArena: 'Nieuwe arena',
    addPartner: '+ Partner toevoegen',
    addForm: 'Partner toevoegen',
    name: 'Naam',
    cancel: 'Annuleren',
    partner: 'Partner',
    section: 'Regie-instrumenten',
    instrumentName: 'Instrument',
    type: 'Soort instrument',
    add: 'Instrument toevoegen',
    market: /^Markt/,
    juridical: /^Juridisch/,
    tab: 'Instrumenten',
    warningsTab: /^Waarschuwingen/,
    warnings: 'Waarschuwingen',
    aim: 'Wat moet het bereiken?',
    alternatives: 'Wie kan het hier nog leveren?',
    nobody: 'Niemand anders',
    several: 'Meerdere andere',
    verdict: 'Oordeel',
    replace: 'Vervangen',
    finding: 'Marktsturing zonder markt: Welfare centre',
    empty: 'Geef het instrument een naam.',
    views: 'Weergaven',
    analysis: /^Analyse/,
  },
} as const;

type Words = (typeof WORDS)[keyof typeof WORDS];

async function arenaWithPartners(page: Page, w: Words, language: 'en' | 'nl') {
  await page.addInitScript((l) => localStorage.setItem('arena.language', l), language);
  await page.goto('/');
  await page.getByRole('button', { name: w.newArena }).click();
  await page.getByRole('button', { name: w.addPartner }).click();
  const form = page.getByRole('form', { name: w.addForm });
  for (const name of ['Welfare centre', 'Library']) {
    await form.getByLabel(w.name, { exact: true }).fill(name);
    await form.getByRole('button', { name: w.addForm }).click();
  }
  await form.getByRole('button', { name: w.cancel }).click();
}

async function expectNoSeriousViolations(page: Page, where: string) {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  const serious = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  expect(serious.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`), where).toEqual([]);
}

/** The value of a select, read as the option's label. */
async function selectedLabel(page: Page, select: ReturnType<Page['getByRole']>) {
  return select.evaluate((el) => (el as HTMLSelectElement).selectedOptions[0]?.textContent ?? '');
}

for (const language of ['en', 'nl'] as const) {
  test(`instruments and their sheet, by mouse and keyboard, with the finding coming and going (${language})`, async ({ page }) => {
    test.setTimeout(90_000);
    const w = WORDS[language];
    await page.setViewportSize({ width: 1024, height: 768 });
    await arenaWithPartners(page, w, language);

    await page.getByRole('button', { name: 'Welfare centre', exact: true }).click();
    const inspector = page.getByRole('region', { name: w.partner });
    const section = inspector.getByRole('region', { name: w.section });
    await expect(section).toBeVisible();

    // By mouse: a name, the market type, the button.
    const addForm = section.locator('form');
    await addForm.getByRole('button', { name: w.add }).click();
    await expect(section.getByRole('alert')).toHaveText(w.empty);
    await addForm.getByRole('textbox', { name: w.instrumentName }).click();
    await page.keyboard.type('Subsidy agreement 2025–2027');
    await addForm.getByRole('combobox', { name: w.type }).selectOption({ label: (await addForm.getByRole('option', { name: w.market }).textContent())! });
    await addForm.getByRole('button', { name: w.add }).click();
    const rows = section.getByRole('listitem');
    await expect(rows).toHaveCount(1);
    await expect(rows.first().getByRole('textbox', { name: w.instrumentName })).toHaveValue('Subsidy agreement 2025–2027');
    await expect(rows.first().getByRole('combobox', { name: w.type })).toHaveValue('market');
    await expect(section.getByRole('alert')).toHaveCount(0);

    // By keyboard: type the name, Tab to the type (still market) and step it up to juridical, Enter from the name adds.
    const nameField = addForm.getByRole('textbox', { name: w.instrumentName });
    await nameField.focus();
    await page.keyboard.type('Recognition decree');
    await page.keyboard.press('Tab');
    await expect(addForm.getByRole('combobox', { name: w.type })).toBeFocused();
    await page.keyboard.press('ArrowDown');
    await expect(addForm.getByRole('combobox', { name: w.type })).toHaveValue('juridical');
    await page.keyboard.press('Shift+Tab');
    await page.keyboard.press('Enter');
    await expect(rows).toHaveCount(2);
    expect(await selectedLabel(page, rows.nth(1).getByRole('combobox', { name: w.type }))).toMatch(w.juridical);
    await expect(nameField).toHaveValue('');
    await page.screenshot({ path: `tests/.output/instruments-inspector-${language}.png` });
    await expectNoSeriousViolations(page, `${language}, the partner's instruments`);

    // The sheet, in its tab (on this screen the analysis is a pane of its own).
    await page.getByRole('navigation', { name: w.views }).getByRole('button', { name: w.analysis }).click();
    await page.getByRole('tab', { name: w.tab }).click();
    const panel = page.getByRole('tabpanel');
    const sheet = panel.getByRole('listitem').filter({ has: page.getByRole('heading', { name: 'Subsidy agreement 2025–2027' }) });
    await expect(sheet).toBeVisible();
    await expect(panel.getByRole('heading', { level: 3 })).toHaveCount(2);
    await sheet.getByRole('textbox', { name: w.aim }).fill('A social worker in the station three days a week');
    await sheet.getByRole('combobox', { name: w.verdict }).selectOption('replace');
    await sheet.getByRole('combobox', { name: w.alternatives }).selectOption('none');
    await expect(sheet.getByRole('combobox', { name: w.alternatives })).toHaveValue('none');
    expect(await selectedLabel(page, sheet.getByRole('combobox', { name: w.verdict }))).toBe(w.replace);
    await page.screenshot({ path: `tests/.output/instruments-sheet-${language}.png` });
    await expectNoSeriousViolations(page, `${language}, the sheets tab`);

    // Nobody else could deliver: a tender may draw only this partner.
    await page.getByRole('tab', { name: w.warningsTab }).click();
    const warnings = page.getByRole('region', { name: w.warnings });
    const finding = warnings.getByRole('listitem').filter({ hasText: w.finding });
    await expect(finding).toBeVisible();
    await page.screenshot({ path: `tests/.output/instruments-finding-${language}.png` });

    // Several others could: the finding goes.
    await page.getByRole('tab', { name: w.tab }).click();
    await sheet.getByRole('combobox', { name: w.alternatives }).selectOption('several');
    await page.getByRole('tab', { name: w.warningsTab }).click();
    await expect(warnings).toBeVisible();
    await expect(finding).toHaveCount(0);

    // The sheet survives a reload (it is in the arena).
    await page.reload();
    const analysis = page.getByRole('navigation', { name: w.views }).getByRole('button', { name: w.analysis });
    if ((await analysis.getAttribute('aria-pressed')) !== 'true') await analysis.click();
    await page.getByRole('tab', { name: w.tab }).click();
    await expect(page.getByRole('tabpanel').getByRole('textbox', { name: w.aim }).first()).toHaveValue('A social worker in the station three days a week');
    if (language === 'en') await exportsCarryTheSheets(page);
  });
}

/** The CSV names the instruments with their sheets; the report image grows by the sheets when the box is ticked. */
async function exportsCarryTheSheets(page: Page) {
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.getByRole('button', { name: 'Export', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: 'Export this arena' });
  const save = async (button: string, name: string) => {
    const [d] = await Promise.all([page.waitForEvent('download'), dialog.getByRole('button', { name: button }).click()]);
    const path = `tests/.output/${name}`;
    await d.saveAs(path);
    return readFileSync(path);
  };
  const csv = (await save('Download partner list', 'instruments.csv')).toString('utf8');
  const [header, welfare] = csv.slice(1).split('\r\n');
  expect(header!.split(',').slice(-2)).toEqual(['Instruments', 'Ties']);
  expect(welfare).toContain('Subsidy agreement 2025–2027 (Market): A social worker in the station three days a week; Who else could deliver here? Several others; Verdict: Replace');
  expect(welfare).toContain('Recognition decree (Juridical)');

  const sheets = dialog.getByRole('checkbox', { name: 'Include the instrument sheets' });
  await expect(sheets).toBeChecked();
  const withSheets = pngHeight(await save('Download image', 'instruments-with-sheets.png'));
  await sheets.uncheck();
  const without = pngHeight(await save('Download image', 'instruments-without-sheets.png'));
  expect(withSheets).toBeGreaterThan(without + 60);
  await dialog.getByLabel('Map only').check();
  await expect(sheets).toBeHidden();
}

/** Height of a PNG from its IHDR chunk. */
function pngHeight(bytes: Buffer): number {
  return bytes.readUInt32BE(20);
}

test.describe('phone, 390×844', () => {
  test.use({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });

  test('the instruments in the details and the sheets tab fit a phone', async ({ page }) => {
    test.setTimeout(90_000);
    const w = WORDS.nl;
    await page.addInitScript(() => localStorage.setItem('arena.language', 'nl'));
    await page.goto('/');
    await page.getByRole('button', { name: w.newArena }).tap();
    const views = page.getByRole('navigation', { name: 'Weergaven' });
    await views.getByRole('button', { name: 'Partners' }).tap();
    await page.getByRole('button', { name: w.addPartner }).tap();
    const form = page.getByRole('form', { name: w.addForm });
    await form.getByLabel(w.name, { exact: true }).fill('Welfare centre');
    await form.getByRole('button', { name: w.addForm }).tap();
    await form.getByRole('button', { name: w.cancel }).tap();
    await page.getByRole('button', { name: 'Welfare centre', exact: true }).tap();
    const section = page.getByRole('region', { name: w.section });
    await section.getByRole('textbox', { name: w.instrumentName }).fill('Subsidieovereenkomst 2025–2027 voor het buurtpunt');
    await section.getByRole('button', { name: w.add }).tap();
    await expect(section.getByRole('listitem')).toHaveCount(1);
    await section.scrollIntoViewIfNeeded();
    const scroll = () => page.evaluate(() => ({ inner: innerWidth, doc: document.documentElement.scrollWidth }));
    expect(await scroll()).toEqual({ inner: 390, doc: 390 });
    await page.screenshot({ path: 'tests/.output/instruments-phone-details.png' });

    await views.getByRole('button', { name: w.analysis }).tap();
    await page.getByRole('tab', { name: w.tab }).tap();
    await expect(page.getByRole('tabpanel').getByRole('heading', { name: 'Subsidieovereenkomst 2025–2027 voor het buurtpunt' })).toBeVisible();
    expect(await scroll()).toEqual({ inner: 390, doc: 390 });
    await page.screenshot({ path: 'tests/.output/instruments-phone-sheet.png' });
  });
});
