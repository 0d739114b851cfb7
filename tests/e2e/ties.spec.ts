/**
 * Trust ties: drawn by mouse from a partner's handle and by keyboard from the inspector, hidden and shown
 * again, and the governance advisor measuring trust from them (density, the candidate lead), in English
 * and in Dutch. Screenshots at 1920×1080 and 1024×768 go to tests/.output/.
 */
import { test, expect, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { writeFileSync } from 'node:fs';
import { createArena, createPartner } from '../../src/domain/arena';
import { encodeArenaFile } from '../../src/io/json';
import { pointInRing, type Point, type Ring } from '../../src/domain/rings';
import { nudgeAll } from '../../src/domain/nudge';
import { center, mouseDrag, storedArenas } from './helpers';

const PARTNERS: [string, Ring, number][] = [
  ['Huis van het Kind', 'core', -90],
  ['OCMW', 'core', 30],
  ['CAW', 'core', 150],
  ['Basisschool', 'complementary', -30],
  ['Jeugdwerk', 'complementary', 210],
];

/** Five partners at the table, no ties yet, the group's estimates given (trust estimated high). */
function fiveAtTheTable(): string {
  const now = '2026-11-30T10:00:00.000Z';
  const arena = createArena('Trust in Ledeberg', now);
  arena.goal = 'Every child in Ledeberg finds a free homework place by 2027';
  const drops = PARTNERS.map(([, ring, deg], i) => ({ id: `p${i}`, position: pointInRing(ring, null, (deg * Math.PI) / 180) as Point, size: { width: 200, height: 80 } }));
  const placed = new Map(nudgeAll(drops, []).map((m) => [m.id, m.position]));
  PARTNERS.forEach(([name], i) => {
    const p = createPartner({ name }, new Date(Date.parse(now) + i).toISOString(), `p${i}`);
    arena.partners[p.id] = { ...p, position: placed.get(p.id)!, expertise: ['welfare'], style: 'care', perspective: ['provider'] };
  });
  arena.governance = { ...arena.governance, trust: 'high', consensus: 'moderatelyLow', competencies: 'moderate' };
  const path = 'tests/.output/ties-five.arena.json';
  writeFileSync(path, encodeArenaFile(arena, { appVersion: 'test', now }));
  return path;
}

const TEXT = {
  en: {
    goalTab: 'Goal & network',
    warningsTab: /^Warnings/,
    shared: 'Shared governance (by the participants)',
    mismatch: 'The network type may not fit',
    moreWarning: 'Show 1 more warning',
    saved: 'Saved',
    withLabel: 'Tie with',
    kindLabel: 'Kind',
    add: 'Add tie',
    trusts: 'Trusts',
    works: 'Works well with',
    hide: 'Hide ties',
    show: 'Show ties',
    legend: 'Ties',
    hidden: 'Ties hidden (4)',
    noneMeasured: 'the advisor uses your estimate of trust',
    star: 'Density: 0.4 (4 of 10 possible pairs) — Moderate',
    centralisation: 'Centralisation: 1',
    lead: 'Candidate lead organisation: Huis van het Kind',
    bestLead: 'Best fit: Lead organisation',
    denser: 'Density: 0.5 (5 of 10 possible pairs) — Moderate',
    kindOf: 'Kind of the tie with OCMW',
    reason: 'Trust runs through Huis van het Kind (centralisation 1)',
  },
  nl: {
    goalTab: 'Doel & netwerk',
    warningsTab: /^Waarschuwingen/,
    shared: 'Gedeeld bestuur (door de deelnemers zelf)',
    mismatch: 'Het netwerktype past misschien niet',
    moreWarning: 'Nog 1 waarschuwing tonen',
    saved: 'Bewaard',
    withLabel: 'Band met',
    kindLabel: 'Soort',
    add: 'Band toevoegen',
    trusts: 'Vertrouwt',
    works: 'Werkt goed samen met',
    hide: 'Banden verbergen',
    show: 'Banden tonen',
    legend: 'Banden',
    hidden: 'Banden verborgen (4)',
    noneMeasured: 'de adviseur gebruikt jullie inschatting van het vertrouwen',
    star: 'Dichtheid: 0,4 (4 van 10 mogelijke paren) — Gemiddeld',
    centralisation: 'Centralisatie: 1',
    lead: 'Kandidaat-leidersorganisatie: Huis van het Kind',
    bestLead: 'Past het best: Leidersorganisatie',
    denser: 'Dichtheid: 0,5 (5 van 10 mogelijke paren) — Gemiddeld',
    kindOf: 'Soort van de band met OCMW',
    reason: 'Het vertrouwen loopt via Huis van het Kind (centralisatie 1)',
  },
} as const;

const node = (page: Page, name: string) => page.locator('.react-flow__node-partner').filter({ has: page.locator('.partner-node-name', { hasText: name }) });

async function open(page: Page, language: 'en' | 'nl') {
  await page.addInitScript((l) => localStorage.setItem('arena.language', l), language);
  await page.goto('/');
  await page.locator('input[type=file]').setInputFiles(fiveAtTheTable());
  await expect(page.locator('.react-flow__node-partner')).toHaveCount(5);
}

/** Adds a tie from the selected partner in the inspector, by keyboard only. */
async function tieByKeyboard(page: Page, language: 'en' | 'nl', other: string, kind?: string) {
  const text = TEXT[language];
  // The inspector's ties section (the instruments section has a "Kind" too).
  const inspector = page.locator('.inspector section.ties');
  const partner = inspector.getByRole('combobox', { name: text.withLabel, exact: true });
  await partner.focus();
  await partner.selectOption({ label: other });
  if (kind) {
    await page.keyboard.press('Tab');
    await expect(inspector.getByRole('combobox', { name: text.kindLabel, exact: true })).toBeFocused();
    await inspector.getByRole('combobox', { name: text.kindLabel, exact: true }).selectOption({ label: kind });
  }
  await inspector.getByRole('button', { name: text.add }).focus();
  await page.keyboard.press('Enter');
}

for (const language of ['en', 'nl'] as const) {
  test(`ties drawn by mouse and keyboard, hidden, and measured by the advisor (${language})`, async ({ page }) => {
    const text = TEXT[language];
    await page.setViewportSize({ width: 1920, height: 1080 });
    await open(page, language);
    await page.getByRole('tab', { name: text.goalTab }).click();
    await expect(page.locator('.measured-trust')).toContainText(text.noneMeasured);
    // Shared governance chosen: with the group's estimate (high trust) it ties with the lead form, no warning.
    await page.getByRole('radio', { name: text.shared }).check();
    await page.getByRole('tab', { name: text.warningsTab }).click();
    await expect(page.locator('.finding').filter({ hasText: text.mismatch })).toHaveCount(0);
    await expect(page.getByRole('button', { name: text.moreWarning })).toHaveCount(0);
    await page.getByRole('tab', { name: text.goalTab }).click();

    // By mouse: from the handle on Huis van het Kind's right edge to anywhere on OCMW.
    const lead = node(page, 'Huis van het Kind');
    const handle = lead.locator('.tie-handle');
    await expect(handle).toBeVisible();
    // The dot shows on the partner under the pointer (and the selected one), not on every partner at once.
    await expect(handle).toHaveCSS('opacity', '0');
    await lead.hover();
    await expect(handle).toHaveCSS('opacity', '1');
    await expect(node(page, 'OCMW').locator('.tie-handle')).toHaveCSS('opacity', '0');
    const from = await center(page, '.react-flow__node-partner:has-text("Huis van het Kind") .tie-handle');
    const to = await center(page, '.react-flow__node-partner:has-text("OCMW")');
    const before = await lead.boundingBox();
    await mouseDrag(page, from, to);
    await expect(page.locator('.tie-line')).toHaveCount(1);
    // Drawing a tie did not move the partner it started from.
    expect(await lead.boundingBox()).toEqual(before);
    // The inspector opens on the partner the tie started from, listing the new tie.
    const inspector = page.locator('.inspector');
    await expect(inspector.getByRole('combobox', { name: text.kindOf })).toHaveValue('works');

    // By keyboard: three more ties from Huis van het Kind, one of them "trusts": a star.
    await tieByKeyboard(page, language, 'Basisschool');
    await tieByKeyboard(page, language, 'Jeugdwerk');
    await tieByKeyboard(page, language, 'CAW', text.trusts);
    await expect(page.locator('.tie-line')).toHaveCount(4);
    await expect(page.locator('.tie-line.tie-trusts')).toHaveCount(1);
    await expect(page.locator('.ties-legend')).toContainText(text.legend);

    // The advisor measures the star: density 0.4, all trust through one partner, named as candidate lead.
    const measured = page.locator('.measured-trust');
    await expect(measured).toContainText(text.star);
    await expect(measured).toContainText(text.centralisation);
    await expect(measured.locator('.candidate-lead')).toHaveText(text.lead);
    await expect(page.locator('.advice')).toContainText(text.bestLead);
    // The warnings reason with the same measured trust: shared governance no longer fits.
    await page.getByRole('tab', { name: text.warningsTab }).click();
    // The panel opens on three warnings; this is the fourth.
    await page.getByRole('button', { name: text.moreWarning }).click();
    await expect(page.locator('.finding').filter({ hasText: text.mismatch })).toHaveCount(1);
    await page.getByRole('tab', { name: text.goalTab }).click();
    await page.screenshot({ path: `tests/.output/ties-${language}-1920.png` });
    await measured.scrollIntoViewIfNeeded();
    await page.screenshot({ path: `tests/.output/ties-${language}-1920-advisor.png` });
    // The advisor says why: trust runs through one partner.
    await expect(page.locator('.governance-reasons')).toContainText(text.reason);
    await page.locator('.governance-reasons').scrollIntoViewIfNeeded();
    await page.screenshot({ path: `tests/.output/ties-${language}-1920-reasons.png` });
    // The ties on the map, their list in the inspector and the measures: nothing serious for axe.
    const axe = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
    expect(axe.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);

    // Hidden: no line on the map, the legend says how many are hidden; shown again.
    await page.getByRole('button', { name: text.hide }).click();
    await expect(page.locator('.tie-line')).toHaveCount(0);
    await expect(page.locator('.ties-legend')).toContainText(text.hidden);
    // … and no dot to draw a new one from, which would not be seen either.
    await expect(page.locator('.react-flow__handle.tie-handle:visible')).toHaveCount(0);
    await page.getByRole('button', { name: text.show }).click();
    await expect(page.locator('.react-flow__handle.tie-handle:visible').first()).toBeVisible();
    await expect(page.locator('.tie-line')).toHaveCount(4);

    // One more tie between two others: the density changes.
    await node(page, 'OCMW').locator('.partner-node-name').click();
    await tieByKeyboard(page, language, 'CAW', text.works);
    await expect(measured).toContainText(text.denser);

    // Ties are part of the arena: saved, and undone like every other change.
    await expect(page.getByRole('status').filter({ hasText: text.saved })).toBeVisible();
    const [stored] = await storedArenas(page);
    const ties = Object.values((stored as unknown as { ties: Record<string, { from: string; to: string; kind: string }> }).ties);
    expect(ties).toHaveLength(5);
    expect(ties.filter((t) => t.kind === 'trusts')).toHaveLength(1);
    await page.keyboard.press('Control+z');
    await expect(page.locator('.tie-line')).toHaveCount(4);
    await expect(measured).toContainText(text.star);
  });
}

test('ties at 1024×768 (a tablet, dark theme): the map with its ties, and the details pane with the ties list', async ({ page }) => {
  await page.setViewportSize({ width: 1024, height: 768 });
  await page.addInitScript(() => localStorage.setItem('arena.theme', 'dark'));
  await open(page, 'nl');
  await node(page, 'Huis van het Kind').locator('.partner-node-name').click();
  await page.getByRole('button', { name: 'Details' }).click();
  for (const other of ['OCMW', 'CAW', 'Basisschool']) await tieByKeyboard(page, 'nl', other);
  await expect(page.locator('.tie-line')).toHaveCount(3);
  await page.screenshot({ path: 'tests/.output/ties-nl-1024-details.png' });
  await page.getByRole('button', { name: 'Analyse' }).click();
  await page.getByRole('tab', { name: 'Doel & netwerk' }).click();
  await expect(page.locator('.measured-trust')).toContainText('Dichtheid: 0,3 (3 van 10 mogelijke paren)');
  await page.locator('.measured-trust').scrollIntoViewIfNeeded();
  await page.screenshot({ path: 'tests/.output/ties-nl-1024-advisor.png' });
});
