import { test, expect, type Page } from '@playwright/test';
import { writeFileSync } from 'node:fs';
import { encodeArenaFile } from '../../src/io/json';
import { childPovertyArena } from '../fixtures/arenas/childPoverty';

/** The realistic arena (Flemish child-poverty network, 18 partners, two actions) as a file to import. */
function childPovertyFile(): string {
  const path = 'tests/.output/child-poverty.arena.json';
  writeFileSync(path, encodeArenaFile(childPovertyArena(), { appVersion: 'test', now: '2026-10-05T10:00:00.000Z' }));
  return path;
}

async function importChildPoverty(page: Page, language: 'en' | 'nl') {
  await page.addInitScript((l) => localStorage.setItem('arena.language', l), language);
  await page.goto('/');
  await page.locator('input[type=file]').setInputFiles(childPovertyFile());
  await expect(page.locator('.react-flow__node-partner')).toHaveCount(18);
}

const TEXTS = {
  en: {
    region: 'Warnings',
    moreNotes: 'Show 1 more note',
    fewerNotes: 'Show fewer notes',
    lone: 'Lone voices: User / target group, Resident / citizen',
    action: 'In “Schoolkosten en schoolmaaltijden”: one-sided expertise (Poverty)',
    hidden: 'In “Schoolkosten en schoolmaaltijden”: lone voices (Health, Policy / administrative)',
  },
  nl: {
    region: 'Waarschuwingen',
    moreNotes: 'Nog 1 opmerking tonen',
    fewerNotes: 'Minder opmerkingen tonen',
    lone: 'Eenzame stemmen: Gebruiker / doelgroep, Bewoner / burger',
    action: 'In “Schoolkosten en schoolmaaltijden”: eenzijdige expertise (Armoede)',
    hidden: 'In “Schoolkosten en schoolmaaltijden”: eenzame stemmen (Gezondheid, Beleidsmatig)',
  },
} as const;

for (const language of ['en', 'nl'] as const) {
  test(`a realistic arena opens on at most three warnings and three notes, the rest one click away (${language})`, async ({ page }) => {
    const text = TEXTS[language];
    await importChildPoverty(page, language);
    const panel = page.getByRole('region', { name: text.region, exact: true });
    const warnings = panel.locator('.finding.severity-warning, .finding.severity-severe');
    const notes = panel.locator('.finding.severity-info');
    await expect(panel.getByRole('heading', { name: text.lone })).toBeVisible();

    // Two warnings and four notes: both warnings and three notes are listed, the fourth note is behind a button.
    await expect(warnings).toHaveCount(2);
    await expect(notes).toHaveCount(3);
    await expect(panel.getByRole('heading', { name: text.action })).toBeVisible();
    await expect(panel.getByRole('heading', { name: text.hidden })).toHaveCount(0);
    // One lone-voice note for the table, not one per category, and nothing that reads as a duplicate.
    const titles = await panel.locator('.finding h3').allTextContents();
    expect(new Set(titles).size).toBe(titles.length);
    expect(titles.filter((t) => /^(Lone voice|Eenzame stem)/.test(t))).toHaveLength(1);
    await page.screenshot({ path: `tests/.output/findings-${language}.png` });
    await panel.locator('.findings-notes').scrollIntoViewIfNeeded();
    await page.screenshot({ path: `tests/.output/findings-${language}-notes.png` });

    // The rest is one click away, by keyboard too; the button says what it does and whether it is open.
    const more = panel.getByRole('button', { name: text.moreNotes });
    await expect(more).toHaveAttribute('aria-expanded', 'false');
    await more.focus();
    await page.keyboard.press('Enter');
    await expect(notes).toHaveCount(4);
    await expect(panel.getByRole('heading', { name: text.hidden })).toBeVisible();
    const fewer = panel.getByRole('button', { name: text.fewerNotes });
    await expect(fewer).toBeFocused();
    await expect(fewer).toHaveAttribute('aria-expanded', 'true');
    await fewer.scrollIntoViewIfNeeded();
    await page.screenshot({ path: `tests/.output/findings-${language}-all.png` });
    await page.keyboard.press('Enter');
    await expect(notes).toHaveCount(3);
  });
}

test('accepting a shown warning moves it under Accepted; presentation shows the same first warnings', async ({ page }) => {
  await importChildPoverty(page, 'en');
  const panel = page.getByRole('region', { name: 'Warnings', exact: true });
  const finding = panel.locator('.findings-warnings > .finding').filter({ hasText: 'Hard to replace, but outside the core: CLB Gent' });
  await finding.getByRole('button', { name: 'Accept on purpose…' }).click();
  await finding.getByLabel('Why is this on purpose?').fill('The CLB joins the core once the school year starts.');
  await finding.getByRole('button', { name: 'Save' }).click();
  const accepted = panel.locator('details.accepted');
  await expect(accepted.getByRole('heading', { name: 'Hard to replace, but outside the core: CLB Gent' })).toBeVisible();
  await expect(panel.locator('.findings-warnings > .finding')).toHaveCount(1);

  await page.keyboard.press('p');
  const overlay = page.getByRole('complementary', { name: 'Warnings' });
  await expect(overlay.getByRole('listitem')).toHaveText(['Warning In “Schoolkosten en schoolmaaltijden”: one-sided expertise (Poverty)']);
  await page.screenshot({ path: 'tests/.output/findings-present.png' });
});
