import { test, expect, type Browser, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { writeFileSync } from 'node:fs';
import { OOSTENDE_NOW, oostendeArena, writeArenaFile } from '../fixtures/oostendeArena';
import { damagedText } from './layoutChecks';

/**
 * The analysis panel's five tabs at every size Arena supports, in Dutch (the longer words) and English, light
 * and dark, with the counts on Warnings and Actions: the strip is at most two rows, every tab is whole on
 * screen and clickable without scrolling the page, a finger-sized 44 px high on a touch screen and in the
 * tablet and phone layouts, no label is cut, and the arrow keys, Home and End still move between the tabs.
 */

const NL = ['Waarschuwingen', 'Doel & netwerk', 'Acties', 'Teamrollen', 'Instrumenten'];
const EN = ['Warnings', 'Goal & network', 'Actions', 'Team roles', 'Instruments'];

function arenaFile(): string {
  const arena = oostendeArena();
  const now = OOSTENDE_NOW;
  // Twelve actions: a two-digit count on the Actions tab, the widest it gets in practice.
  for (let i = 0; i < 12; i++) arena.actions[`a${i}`] = { id: `a${i}`, title: `Actie ${i + 1}`, description: '', involvement: {}, createdAt: now, updatedAt: now };
  return writeArenaFile(arena, 'side-tabs');
}

interface Size {
  name: string;
  width: number;
  height: number;
  touch: boolean;
}

const SIZES: Size[] = [
  { name: 'projector', width: 1920, height: 1080, touch: false },
  { name: 'laptop-1440', width: 1440, height: 900, touch: false },
  { name: 'laptop-1280', width: 1280, height: 800, touch: false },
  { name: 'touch-1024', width: 1024, height: 768, touch: true },
  { name: 'tablet-portrait', width: 768, height: 1024, touch: true },
  { name: 'phone-430', width: 430, height: 932, touch: true },
  { name: 'phone-360', width: 360, height: 740, touch: true },
];

async function openArena(browser: Browser, size: Size, language: 'nl' | 'en', theme: 'light' | 'dark', file: string): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: size.width, height: size.height }, hasTouch: size.touch, isMobile: size.touch && size.width < 700 });
  const page = await context.newPage();
  await page.addInitScript(([l, t]) => {
    localStorage.setItem('arena.language', l!);
    localStorage.setItem('arena.theme', t!);
  }, [language, theme]);
  await page.goto('/');
  const [chooser] = await Promise.all([page.waitForEvent('filechooser'), page.getByRole('button', { name: language === 'nl' ? 'Importeren' : 'Import' }).click()]);
  await chooser.setFiles(file);
  await expect(page.getByRole('heading', { name: 'Kinderarmoede Oostende' })).toBeVisible();
  // On a tablet and a phone the analysis is one of the panes.
  const layout = await page.locator('.editor').getAttribute('data-layout');
  if (layout !== 'desktop') {
    await page.getByRole('navigation', { name: language === 'nl' ? 'Weergaven' : 'Views' }).getByRole('button', { name: language === 'nl' ? /^Analyse/ : /^Analysis/ }).click();
  }
  await expect(page.getByRole('tablist')).toBeVisible();
  return page;
}

/** The strip's height, its rows (distinct tops of the tabs) and each tab's box. */
async function measure(page: Page) {
  return page.getByRole('tablist').evaluate((list) => {
    const tabs = [...list.querySelectorAll('[role="tab"]')].map((t) => t.getBoundingClientRect());
    // Room to spare in the fullest row: its width less what its tabs need at their natural width.
    const spare = [...list.querySelectorAll<HTMLElement>('.side-tabs-row')].map((row) => {
      const cells = [...row.children] as HTMLElement[];
      for (const c of cells) c.style.flex = 'none';
      const used = cells.reduce((sum, c) => sum + c.getBoundingClientRect().width, 0) + parseFloat(getComputedStyle(row).columnGap) * (cells.length - 1);
      for (const c of cells) c.style.flex = '';
      return Math.round(row.clientWidth - used);
    });
    return {
      spare: Math.min(...spare),
      height: Math.round(list.getBoundingClientRect().height),
      rows: new Set(tabs.map((r) => Math.round(r.top))).size,
      tabHeights: tabs.map((r) => Math.round(r.height)),
    };
  });
}

async function expectPageNotScrolled(page: Page, where: string) {
  const m = await page.evaluate(() => ({ x: scrollX, y: scrollY, tall: document.documentElement.scrollHeight <= innerHeight }));
  expect(m, `${where}: the page does not scroll`).toEqual({ x: 0, y: 0, tall: true });
}

test('at 1024×768 (touch) and 1440×900, in Dutch, every tab is whole on screen, clickable and at most two rows; the keys move between them', async ({ browser }) => {
  test.setTimeout(90_000);
  const file = arenaFile();
  for (const size of SIZES.filter((s) => s.name === 'touch-1024' || s.name === 'laptop-1440')) {
    const where = `${size.width}×${size.height}`;
    const page = await openArena(browser, size, 'nl', 'light', file);
    const list = page.getByRole('tablist', { name: 'Analyse' });
    const m = await measure(page);
    expect(m.rows, `${where}: rows`).toBeLessThanOrEqual(2);
    const rowHeight = Math.max(...m.tabHeights);
    // Two rows of tabs and the gaps and borders around them, nothing more.
    expect(m.height, `${where}: strip height`).toBeLessThanOrEqual(2 * rowHeight + 16);
    if (size.touch) for (const h of m.tabHeights) expect(h, `${where}: tab height for a finger`).toBeGreaterThanOrEqual(44);
    expect(await damagedText(list), `${where}: cut labels`).toEqual([]);
    for (const name of NL) {
      const tab = list.getByRole('tab', { name: new RegExp(`^${name}`) });
      await expect(tab, `${where}: ${name}`).toBeInViewport({ ratio: 1 });
      if (size.touch) await tab.tap();
      else await tab.click();
      await expect(tab).toHaveAttribute('aria-selected', 'true');
      await expect(page.getByRole('tabpanel')).toBeVisible();
      await expectPageNotScrolled(page, `${where}, ${name}`);
    }
    // Both counts are there (they are part of the tabs' names, which the tests rely on).
    await expect(list.getByRole('tab', { name: /^Waarschuwingen \d+$/ })).toBeVisible();
    await expect(list.getByRole('tab', { name: 'Acties 12' })).toBeVisible();

    // Keys: right and left across the row break, End and Home, and around the ends.
    const tab = (name: string) => list.getByRole('tab', { name: new RegExp(`^${name}`) });
    await tab('Waarschuwingen').click();
    await page.keyboard.press('ArrowRight');
    await expect(tab('Doel & netwerk')).toBeFocused();
    await page.keyboard.press('ArrowRight');
    await expect(tab('Acties')).toBeFocused();
    await expect(tab('Acties')).toHaveAttribute('aria-selected', 'true');
    await page.keyboard.press('ArrowLeft');
    await expect(tab('Doel & netwerk')).toBeFocused();
    await page.keyboard.press('End');
    await expect(tab('Instrumenten')).toBeFocused();
    await page.keyboard.press('ArrowRight');
    await expect(tab('Waarschuwingen')).toBeFocused();
    await page.keyboard.press('ArrowLeft');
    await expect(tab('Instrumenten')).toBeFocused();
    await page.keyboard.press('Home');
    await expect(tab('Waarschuwingen')).toBeFocused();
    await expect(tab('Waarschuwingen')).toHaveAttribute('aria-selected', 'true');
    await expectPageNotScrolled(page, `${where}, after the keys`);
    // The rows are layout boxes inside the tablist: axe finds nothing wrong with the tabs' structure.
    const axe = await new AxeBuilder({ page }).include('.side-tabs').withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
    expect(axe.violations.map((v) => `${v.id}: ${v.help}`), `${where}: axe`).toEqual([]);
    await page.context().close();
  }
});

test('at every supported size, in Dutch and English, light and dark: at most two rows, no cut labels (measured, screenshots)', async ({ browser }) => {
  test.setTimeout(240_000);
  const file = arenaFile();
  const report: string[] = [];
  for (const size of SIZES) {
    for (const language of ['nl', 'en'] as const) {
      for (const theme of ['light', 'dark'] as const) {
        // Dark once per size is enough to look at; the geometry does not depend on the theme.
        if (theme === 'dark' && language === 'en') continue;
        const where = `${size.name} ${size.width}×${size.height} ${language} ${theme}`;
        const page = await openArena(browser, size, language, theme, file);
        const list = page.getByRole('tablist');
        const m = await measure(page);
        report.push(`${where}: ${m.rows} rows, strip ${m.height} px, tabs ${[...new Set(m.tabHeights)].join('/')} px high, ${m.spare} px to spare in the fullest row`);
        await list.screenshot({ path: `tests/.output/side-tabs-${size.name}-${language}-${theme}.png` });
        if (theme === 'light') await page.screenshot({ path: `tests/.output/side-tabs-page-${size.name}-${language}.png` });
        expect(m.rows, `${where}: rows`).toBeLessThanOrEqual(2);
        if (size.touch) for (const h of m.tabHeights) expect(h, `${where}: tab height for a finger`).toBeGreaterThanOrEqual(44);
        expect(await damagedText(list), `${where}: cut labels`).toEqual([]);
        for (const name of language === 'nl' ? NL : EN) await expect(list.getByRole('tab', { name: new RegExp(`^${name}`) }), `${where}: ${name}`).toBeInViewport({ ratio: 1 });
        await page.context().close();
      }
    }
  }
  writeFileSync('tests/.output/side-tabs-measure.txt', report.join('\n') + '\n');
  console.log(report.join('\n'));
});
