import { test, expect, type Locator, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { oostendeArena, writeArenaFile } from '../fixtures/oostendeArena';

/**
 * Arena on a phone (390×844, touch) and a tablet (1024×768, touch): the home screen's New arena and Import
 * are in view and work; in the editor a partner is added, tagged and given a ring with a finger, the page
 * never scrolls sideways, and what a finger must hit is at least 44 px.
 */

function arenaFile(): string {
  const arena = oostendeArena();
  return writeArenaFile(arena, 'small-screens');
}

/** The page never scrolls sideways; on a phone a wider page would also make the browser zoom out. */
async function expectNoSidewaysScroll(page: Page, width: number, where: string) {
  const m = await page.evaluate(() => ({ inner: innerWidth, doc: document.documentElement.scrollWidth, body: document.body.scrollWidth }));
  expect(m, where).toEqual({ inner: width, doc: width, body: width });
}

async function expectFingerSized(targets: Locator[], where: string) {
  for (const target of targets) {
    const box = await target.boundingBox();
    expect(box, `${where}: ${target}`).not.toBeNull();
    expect(Math.round(box!.height), `${where}: height of ${target}`).toBeGreaterThanOrEqual(44);
    expect(Math.round(box!.width), `${where}: width of ${target}`).toBeGreaterThanOrEqual(44);
  }
}

async function expectNoSeriousViolations(page: Page, where: string) {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  const serious = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  const report = serious.map((v) => `${v.id} (${v.impact}): ${v.help}\n  ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join('\n  ')}`).join('\n');
  expect(report, `${where}: serious or critical accessibility violations`).toBe('');
}

test.describe('phone, 390×844', () => {
  test.use({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });

  test('home and editor work with a finger, one pane at a time, without sideways scrolling', async ({ page }) => {
    test.setTimeout(90_000);
    await page.addInitScript(() => localStorage.setItem('arena.language', 'nl'));
    await page.goto('/');
    const newArena = page.getByRole('button', { name: 'Nieuwe arena' });
    const importButton = page.getByRole('button', { name: 'Importeren' });
    await expect(newArena).toBeInViewport({ ratio: 1 });
    await expect(importButton).toBeInViewport({ ratio: 1 });
    await expectFingerSized([newArena, importButton], 'home');
    await expectNoSidewaysScroll(page, 390, 'home');
    await page.screenshot({ path: 'tests/.output/phone-home.png' });
    await expectNoSeriousViolations(page, 'phone home');

    // Import opens the file chooser and the arena it reads.
    const [chooser] = await Promise.all([page.waitForEvent('filechooser'), importButton.tap()]);
    await chooser.setFiles(arenaFile());
    await expect(page.getByRole('heading', { name: 'Kinderarmoede Oostende' })).toBeVisible();
    await expect(page.locator('.react-flow__node-partner')).toHaveCount(5);
    await expectNoSidewaysScroll(page, 390, 'imported arena');
    await page.screenshot({ path: 'tests/.output/phone-imported.png' });
    await page.getByRole('link', { name: /Arena’s/ }).tap();

    await page.getByRole('button', { name: 'Nieuwe arena' }).tap();
    const map = page.getByRole('region', { name: 'Doelenkaart' });
    await expect(map).toBeVisible();
    const views = page.getByRole('navigation', { name: 'Weergaven' });
    const tab = (name: string | RegExp) => views.getByRole('button', { name });
    await expect(tab('Kaart')).toHaveAttribute('aria-pressed', 'true');
    // The map has the screen's whole width.
    expect((await map.boundingBox())!.width).toBe(390);
    await expectNoSidewaysScroll(page, 390, 'editor, map');
    await expectFingerSized([tab('Kaart'), tab('Partners'), tab('Details'), tab(/^Analyse/), page.getByRole('button', { name: 'Meer' }), page.getByRole('link', { name: /Arena’s/ })], 'editor header and panes');
    // Presenting is for a projector: a phone leaves it out, and folds export, shortcuts and settings behind More.
    await expect(page.getByRole('button', { name: /Presenteren/ })).toBeHidden();
    await expect(page.getByRole('button', { name: 'Exporteren' })).toBeHidden();
    await page.screenshot({ path: 'tests/.output/phone-map.png' });

    // Add a partner in the list.
    await tab('Partners').tap();
    await expect(map).toBeHidden();
    await page.getByRole('button', { name: '+ Partner toevoegen' }).tap();
    const form = page.getByRole('form', { name: 'Partner toevoegen' });
    await form.getByLabel('Naam').fill('Centrum Algemeen Welzijnswerk');
    await expectFingerSized([form.getByLabel('Naam'), form.getByRole('button', { name: 'Partner toevoegen' }), form.getByRole('button', { name: 'Annuleren' })], 'add form');
    await form.getByRole('button', { name: 'Partner toevoegen' }).tap();
    await form.getByRole('button', { name: 'Annuleren' }).tap();
    const item = page.getByRole('button', { name: 'Centrum Algemeen Welzijnswerk', exact: true });
    await expect(item).toBeVisible();
    await expectFingerSized([item], 'partner list');
    await expectNoSidewaysScroll(page, 390, 'editor, partners');
    await page.screenshot({ path: 'tests/.output/phone-partners.png' });

    // Tapping it opens its details: choose the ring, tag it.
    await item.tap();
    await expect(tab('Details')).toHaveAttribute('aria-pressed', 'true');
    const inspector = page.getByRole('region', { name: 'Partner' });
    const ring = inspector.getByRole('combobox', { name: 'Ring' });
    await ring.selectOption('core');
    const welfare = inspector.getByRole('group', { name: 'Expertise' }).getByRole('button', { name: 'Welzijn', exact: true });
    await welfare.tap();
    const care = inspector.getByRole('radio', { name: 'Hulpverlenend' });
    await care.tap();
    const user = inspector.getByRole('group', { name: 'Perspectief' }).getByRole('button', { name: 'Gebruiker / doelgroep' });
    await user.tap();
    await expect(welfare).toHaveAttribute('aria-pressed', 'true');
    await expect(care).toHaveAttribute('aria-checked', 'true');
    await expect(user).toHaveAttribute('aria-pressed', 'true');
    await expectFingerSized([ring, welfare, care, user], 'inspector');
    await expectNoSidewaysScroll(page, 390, 'editor, details');
    await page.screenshot({ path: 'tests/.output/phone-details.png' });
    await expectNoSeriousViolations(page, 'phone editor, details');

    // On the map, in the core.
    await tab('Kaart').tap();
    await expect(map).toBeVisible();
    const node = page.locator('.react-flow__node-partner').filter({ hasText: 'Centrum Algemeen Welzijnswerk' });
    await expect(node).toBeInViewport();
    await expect(node).toContainText('Kern');
    await page.screenshot({ path: 'tests/.output/phone-map-partner.png' });
    await expectNoSeriousViolations(page, 'phone editor, map');

    await tab(/^Analyse/).tap();
    await expect(page.getByRole('tablist', { name: 'Analyse' })).toBeVisible();
    await expectNoSidewaysScroll(page, 390, 'editor, analysis');
    await page.screenshot({ path: 'tests/.output/phone-analysis.png' });

    // The rest of the header folds behind More; export opens from there.
    await page.getByRole('button', { name: 'Meer' }).tap();
    await expect(page.getByRole('button', { name: 'Exporteren' })).toBeInViewport({ ratio: 1 });
    await expectNoSidewaysScroll(page, 390, 'more menu');
    await page.screenshot({ path: 'tests/.output/phone-more.png' });
    await page.getByRole('button', { name: 'Exporteren' }).tap();
    await expect(page.getByRole('dialog', { name: 'Deze arena exporteren' })).toBeVisible();
    await expect(page.getByRole('button', { name: 'Exporteren' })).toBeHidden();
    await page.screenshot({ path: 'tests/.output/phone-export.png' });
  });
});

test.describe('tablet, 1024×768', () => {
  test.use({ viewport: { width: 1024, height: 768 }, hasTouch: true });

  test('the map beside one side column; add, tag and place a partner with a finger', async ({ page }) => {
    test.setTimeout(90_000);
    await page.goto('/');
    const newArena = page.getByRole('button', { name: 'New arena' });
    const importButton = page.getByRole('button', { name: 'Import' });
    await expect(newArena).toBeInViewport({ ratio: 1 });
    await expect(importButton).toBeInViewport({ ratio: 1 });
    await expectNoSidewaysScroll(page, 1024, 'home');
    await page.screenshot({ path: 'tests/.output/tablet-home.png' });
    await expectNoSeriousViolations(page, 'tablet home');

    const [chooser] = await Promise.all([page.waitForEvent('filechooser'), importButton.tap()]);
    await chooser.setFiles(arenaFile());
    await expect(page.getByRole('heading', { name: 'Kinderarmoede Oostende' })).toBeVisible();
    await page.getByRole('link', { name: /Arenas/ }).tap();

    await newArena.tap();
    const map = page.getByRole('region', { name: 'Goal map' });
    await expect(map).toBeVisible();
    // The map keeps the room the panels do not need: all but one 360 px column.
    expect((await map.boundingBox())!.width).toBeGreaterThanOrEqual(1024 - 361);
    // The header's controls sit beside the title, not in a row of their own.
    const title = (await page.locator('.editor-title').boundingBox())!;
    const more = (await page.getByRole('button', { name: 'More' }).boundingBox())!;
    expect(more.y, 'More on the title’s line').toBeLessThan(title.y + title.height);
    const views = page.getByRole('navigation', { name: 'Views' });
    const tab = (name: string | RegExp) => views.getByRole('button', { name });
    await expect(tab('Partners')).toHaveAttribute('aria-pressed', 'true');
    await expect(views.getByRole('button', { name: 'Map' })).toHaveCount(0);
    await expectFingerSized([tab('Partners'), tab('Details'), tab(/^Analysis/), page.getByRole('button', { name: 'More' }), page.getByRole('button', { name: /Undo/ })], 'editor header and panes');
    // Undo is its arrow only; export, shortcuts and settings wait behind More.
    expect((await page.getByRole('button', { name: /Undo/ }).boundingBox())!.width).toBeLessThan(60);
    await expect(page.getByRole('button', { name: /Present/ })).toBeVisible();
    await expect(page.getByRole('button', { name: 'Export' })).toBeHidden();
    await page.getByRole('button', { name: 'More' }).tap();
    await expect(page.getByRole('button', { name: 'Export' })).toBeVisible();
    await expect(page.getByRole('combobox', { name: 'Language' })).toBeVisible();
    await page.screenshot({ path: 'tests/.output/tablet-more.png' });
    // A tap elsewhere folds it again.
    await map.tap({ position: { x: 40, y: 40 } });
    await expect(page.getByRole('button', { name: 'Export' })).toBeHidden();

    await page.getByRole('button', { name: '+ Add partner' }).tap();
    const form = page.getByRole('form', { name: 'Add partner' });
    await form.getByLabel('Name').fill('Youth welfare');
    await form.getByRole('button', { name: 'Add partner' }).tap();
    await form.getByRole('button', { name: 'Cancel' }).tap();
    await page.getByRole('button', { name: 'Youth welfare', exact: true }).tap();
    await expect(tab('Details')).toHaveAttribute('aria-pressed', 'true');
    const inspector = page.getByRole('region', { name: 'Partner' });
    await inspector.getByRole('combobox', { name: 'Ring' }).selectOption('complementary');
    const welfare = inspector.getByRole('group', { name: 'Expertise' }).getByRole('button', { name: 'Welfare', exact: true });
    await welfare.tap();
    await inspector.getByRole('radio', { name: 'Community-building' }).tap();
    await expect(welfare).toHaveAttribute('aria-pressed', 'true');
    await expectFingerSized([inspector.getByRole('combobox', { name: 'Ring' }), welfare], 'inspector');
    // The map beside it shows the partner in its ring at once.
    await expect(page.locator('.react-flow__node-partner').filter({ hasText: 'Youth welfare' })).toContainText('Complementary');
    await expectNoSidewaysScroll(page, 1024, 'editor, details');
    await page.screenshot({ path: 'tests/.output/tablet-details.png' });
    await expectNoSeriousViolations(page, 'tablet editor, details');

    await tab('Partners').tap();
    await expect(page.getByRole('button', { name: 'Youth welfare', exact: true })).toBeVisible();
    await page.screenshot({ path: 'tests/.output/tablet-partners.png' });
    await tab(/^Analysis/).tap();
    await expect(page.getByRole('tablist', { name: 'Analysis' })).toBeVisible();
    await page.screenshot({ path: 'tests/.output/tablet-analysis.png' });
    await expectNoSeriousViolations(page, 'tablet editor, analysis');
  });
});
