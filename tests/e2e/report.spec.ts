import { test, expect, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { writeFileSync } from 'node:fs';
import { encodeArenaFile } from '../../src/io/json';
import { reportArena } from '../fixtures/reportArena';
import { PT_PER_MM, readPdf, renderPdf, squeeze, type PdfPage } from './pdf';

const MARGIN_MM = { top: 16, side: 16, bottom: 18 };

interface Words {
  /** Text a person reads on the page. */
  [k: string]: string | RegExp;
}

const WORDS: Record<'en' | 'nl', Words> = {
  en: {
    export: 'Export',
    dialog: 'Export this arena',
    open: 'Open the report',
    team: /Include the team roles/,
    report: 'Report',
    print: 'Print or save as PDF',
    close: 'Close the report',
    kind: 'Arena analysis',
    map: 'The map',
    composition: 'Composition at a glance',
    findings: 'Warnings and what the group decided',
    accepted: 'Accepted on purpose (1)',
    actions: 'Actions and the participation ladder',
    dependency: 'Dependency on partners',
    governance: 'Network type: advice',
    teamRoles: 'Team roles',
    appOnly: 'Add partner',
  },
  nl: {
    export: 'Exporteren',
    dialog: 'Deze arena exporteren',
    open: 'Rapport openen',
    team: /Neem de zelftest van de teamrollen/,
    report: 'Rapport',
    print: 'Afdrukken of als pdf bewaren',
    close: 'Rapport sluiten',
    kind: 'Arena-analyse',
    map: 'De kaart',
    composition: 'Samenstelling in één oogopslag',
    findings: 'Waarschuwingen en wat de groep besliste',
    accepted: 'Bewust aanvaard (1)',
    actions: 'Acties en de participatieladder',
    dependency: 'Afhankelijkheid van partners',
    governance: 'Netwerktype: advies',
    teamRoles: 'Teamrollen',
    appOnly: 'Partner toevoegen',
  },
};

/** The page with a line that is `heading` (spacing and case aside), or -1. */
function headingPage(pages: PdfPage[], heading: string): number {
  const s = squeeze(heading);
  return pages.findIndex((p) => p.items.some((i) => squeeze(i.str) === s));
}

/** The page holding `text` whole (spacing and case aside), or -1. */
function pageOf(pages: PdfPage[], text: string): number {
  const s = squeeze(text);
  return pages.findIndex((p) => squeeze(p.text).includes(s));
}

async function openReport(page: Page, language: 'en' | 'nl', includeTeam: boolean) {
  const w = WORDS[language];
  await page.addInitScript((l) => localStorage.setItem('arena.language', l), language);
  const file = `tests/.output/report-${language}.arena.json`;
  writeFileSync(file, encodeArenaFile(reportArena(), { appVersion: 'test', now: '2026-03-02T09:00:00.000Z' }));
  await page.goto('/');
  await page.locator('input[type=file]').setInputFiles(file);
  await expect(page.locator('.react-flow__node-partner')).toHaveCount(15);
  await page.getByRole('button', { name: w.export as string, exact: true }).click();
  const dialog = page.getByRole('dialog', { name: w.dialog as string });
  if (includeTeam) await dialog.getByRole('checkbox', { name: w.team as RegExp }).check();
  await page.screenshot({ path: `tests/.output/report-${language}-dialog.png` });
  await dialog.getByRole('button', { name: w.open as string }).click();
  await expect(dialog).toBeHidden();
  const report = page.getByRole('dialog', { name: w.report as string, exact: true });
  await expect(report).toBeVisible();
  await expect(report.getByRole('button', { name: w.print as string })).toBeEnabled({ timeout: 15_000 });
  await expect(page.locator('.report')).toHaveAttribute('data-map', 'ready');
  return report;
}

for (const language of ['nl', 'en'] as const) {
  test(`the report (${language}) opens from the export dialog and prints on A4 with every section, no row or finding split and nothing past the margins`, async ({ page }) => {
    test.setTimeout(120_000);
    const w = WORDS[language];
    const report = await openReport(page, language, true);
    await page.screenshot({ path: `tests/.output/report-${language}-screen.png` });
    const axe = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
    expect(axe.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id}: ${v.nodes[0]?.target.join(' ')}`)).toEqual([]);
    // The map is drawn at twice the size it is laid out at.
    const map = await page.locator('.report-map img').evaluate((img: HTMLImageElement) => ({ natural: img.naturalWidth, width: img.width }));
    expect(map.natural).toBe(2 * Number(await page.locator('.report-map img').getAttribute('width')));

    // What the DOM says the PDF must hold whole: each finding and each table row.
    const boxes = await page.locator('.report-finding, .report-table tbody tr').evaluateAll((els) =>
      els.map((el) => {
        const parts = el.matches('tr') ? [...el.children].map((c) => (c as HTMLElement).innerText) : [...el.children].map((c) => (c as HTMLElement).innerText);
        return parts.filter((p) => p.trim() !== '');
      }),
    );
    const findingTitles = await page.locator('.report-finding h4').allInnerTexts();
    expect(findingTitles.length).toBeGreaterThan(3);

    const pdf = await page.pdf({ format: 'A4', preferCSSPageSize: true, printBackground: true });
    writeFileSync(`tests/.output/report-${language}.pdf`, pdf);
    const pages = await readPdf(new Uint8Array(pdf));
    await renderPdf(new Uint8Array(pdf), `tests/.output/report-${language}-page`);
    // Cover, map, and the sections: 8 pages in English, 9 in Dutch (longer words) with this Chromium's fonts,
    // each numbered "n / N" in its bottom margin.
    expect(pages.length).toBeGreaterThanOrEqual(7);
    expect(pages.length).toBeLessThanOrEqual(10);
    const pageNumber = (n: number) => `${n + 1} / ${pages.length}`;
    for (const [n, p] of pages.entries()) {
      const number = p.items.find((i) => i.str === pageNumber(n));
      expect(number, `page ${n + 1}`).toBeDefined();
      expect(number!.y).toBeLessThan(MARGIN_MM.bottom * PT_PER_MM);
    }

    // A4 portrait.
    for (const p of pages) {
      expect(Math.round(p.width / PT_PER_MM)).toBe(210);
      expect(Math.round(p.height / PT_PER_MM)).toBe(297);
    }

    // The cover is page 1, the map alone on page 2, the sections after it in order.
    expect(headingPage(pages, w.kind as string)).toBe(0);
    expect(pageOf(pages, reportArena().title)).toBe(0);
    expect(pageOf(pages, reportArena().goal)).toBe(0);
    expect(pageOf(pages, reportArena().strategic.complexity)).toBe(0);
    expect(headingPage(pages, w.map as string)).toBe(1);
    const order = ['composition', 'findings', 'actions', 'dependency', 'governance', 'teamRoles'].map((k) => headingPage(pages, w[k] as string));
    expect(order.every((n) => n >= 2)).toBe(true);
    expect([...order].sort((a, b) => a - b)).toEqual(order);
    // The map's page holds the map alone: its heading and caption, none of the next section.
    expect(pages[1]!.items.length).toBeLessThan(6);
    expect(headingPage(pages, w.accepted as string)).toBeGreaterThan(1);
    expect(pageOf(pages, reportArena().acknowledgements['actionWithoutDoers:a2']!.reason)).toBeGreaterThan(1);
    // The app's own UI is not on paper.
    expect(pageOf(pages, w.appOnly as string)).toBe(-1);
    expect(pageOf(pages, w.print as string)).toBe(-1);

    // Every finding and every table row whole on one page: all its parts on the same page.
    for (const parts of boxes) {
      const found = pages.findIndex((p) => parts.every((part) => squeeze(p.text).includes(squeeze(part))));
      expect(found, parts.join(' | ')).toBeGreaterThanOrEqual(0);
    }
    for (const title of findingTitles) expect(pageOf(pages, title), title).toBeGreaterThanOrEqual(0);

    // No text past the margins but the page number. A piece's height is
    // its font size, a little more than its letters reach above the baseline: 2 pt (0.7 mm) of slack, far
    // less than the line a page edge would cut.
    const slack = 2;
    for (const [n, p] of pages.entries()) {
      for (const item of p.items) {
        if (item.str === pageNumber(n)) continue;
        const where = `page ${n + 1}: ${item.str}`;
        expect(item.x, where).toBeGreaterThanOrEqual(MARGIN_MM.side * PT_PER_MM - slack);
        expect(item.x + item.width, where).toBeLessThanOrEqual(p.width - MARGIN_MM.side * PT_PER_MM + slack);
        expect(item.y, where).toBeGreaterThanOrEqual(MARGIN_MM.bottom * PT_PER_MM - slack);
        expect(item.y + item.height, where).toBeLessThanOrEqual(p.height - MARGIN_MM.top * PT_PER_MM + slack);
      }
    }

    await report.getByRole('button', { name: w.close as string }).click();
    await expect(report).toBeHidden();
    await expect(page.getByRole('button', { name: w.export as string, exact: true })).toBeFocused();
  });
}

test.describe('on a phone', () => {
  test.use({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });

  test('the report opens from More → Export in the dark theme as a white page that fits the screen', async ({ page }) => {
    test.setTimeout(90_000);
    await page.addInitScript(() => localStorage.setItem('arena.theme', 'dark'));
    const file = 'tests/.output/report-phone.arena.json';
    writeFileSync(file, encodeArenaFile(reportArena(), { appVersion: 'test', now: '2026-03-02T09:00:00.000Z' }));
    await page.goto('/');
    await page.locator('input[type=file]').setInputFiles(file);
    await page.getByRole('button', { name: 'More' }).tap();
    await page.getByRole('button', { name: 'Export', exact: true }).tap();
    await page.getByRole('dialog', { name: 'Export this arena' }).getByRole('button', { name: 'Open the report' }).tap();
    const report = page.getByRole('dialog', { name: 'Report', exact: true });
    await expect(report.getByRole('button', { name: 'Print or save as PDF' })).toBeEnabled({ timeout: 15_000 });
    // Nothing reaches past the screen's edge but inside a table, which scrolls sideways on its own.
    const fit = await page.locator('.report-screen').evaluate((el) => ({
      scroll: el.scrollWidth,
      client: el.clientWidth,
      wide: [...el.querySelectorAll('*')]
        .filter((e) => e.getBoundingClientRect().right > el.clientWidth + 1 && !e.closest('.report-table'))
        .map((e) => `${e.tagName} in .${(e.parentElement as HTMLElement).className}: ${(e.textContent ?? '').slice(0, 30)}`),
    }));
    expect(fit.wide).toEqual([]);
    expect(fit.scroll).toBeLessThanOrEqual(fit.client);
    const box = (await page.locator('.report').boundingBox())!;
    expect(box.x).toBeGreaterThanOrEqual(0);
    expect(box.x + box.width).toBeLessThanOrEqual(390);
    expect(await page.locator('.report').evaluate((el) => getComputedStyle(el).backgroundColor)).toBe('rgb(255, 255, 255)');
    await page.screenshot({ path: 'tests/.output/report-phone.png' });
    await page.locator('.report-map-page').scrollIntoViewIfNeeded();
    await page.screenshot({ path: 'tests/.output/report-phone-map.png' });
  });
});
