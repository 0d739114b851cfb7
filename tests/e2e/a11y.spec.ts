import { test, expect, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { writeFileSync } from 'node:fs';
import { createArena, createPartner } from '../../src/domain/arena';
import { encodeArenaFile } from '../../src/io/json';
import { EXPERTISE_KEYS, STYLE_KEYS } from '../../src/domain/vocabularies';
import { pointInRing } from '../../src/domain/rings';

/** An arena of 20 partners with a one-sided core, so the warnings panel is full. */
function twentyPartners(): string {
  const now = '2026-03-01T10:00:00.000Z';
  const arena = createArena('Liveability of the station neighbourhood', now);
  arena.goal = 'Liveability of the neighbourhood';
  for (let i = 0; i < 20; i++) {
    const p = createPartner({ name: `Partner organisation ${i + 1}` }, new Date(Date.parse(now) + i).toISOString(), `p${i}`);
    const ring = i < 8 ? 'core' : i < 14 ? 'complementary' : i < 18 ? 'context' : 'outside';
    arena.partners[p.id] = {
      ...p,
      position: pointInRing(ring, null, (i / 20) * Math.PI * 2),
      expertise: i < 7 ? ['safety'] : [EXPERTISE_KEYS[i % EXPERTISE_KEYS.length]!],
      style: i < 7 ? 'enforcing' : STYLE_KEYS[i % STYLE_KEYS.length]!,
      perspective: i === 15 ? ['user'] : ['provider'],
    };
  }
  const path = 'tests/.output/a11y-20.arena.json';
  writeFileSync(path, encodeArenaFile(arena, { appVersion: 'test', now }));
  return path;
}

async function expectNoSeriousViolations(page: Page, where: string) {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  const serious = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  const report = serious.map((v) => `${v.id} (${v.impact}): ${v.help}\n  ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join('\n  ')}`).join('\n');
  expect(report, `${where}: serious or critical accessibility violations`).toBe('');
}

for (const language of ['en', 'nl'] as const) {
  for (const theme of ['light', 'dark'] as const) {
    test(`no serious accessibility violations: ${language}, ${theme} theme`, async ({ page }) => {
      test.setTimeout(90_000);
      await page.addInitScript(
        ({ l, th }) => {
          localStorage.setItem('arena.language', l);
          localStorage.setItem('arena.theme', th);
        },
        { l: language, th: theme },
      );
      const file = twentyPartners();
      await page.goto('/');
      await expect(page.locator('html')).toHaveAttribute('lang', language);
      await expectNoSeriousViolations(page, 'home (empty)');

      await page.locator('input[type=file]').setInputFiles(file);
      await expect(page.locator('.react-flow__node-partner')).toHaveCount(20);
      await expect(page.locator('.finding').first()).toBeVisible();
      await expectNoSeriousViolations(page, 'editor with 20 partners and warnings');

      await page.locator('.partner-item-name').first().click();
      await expectNoSeriousViolations(page, 'editor with the inspector open');

      await page.locator('.editor-actions button', { hasText: /Export|Exporteren/ }).click();
      await expect(page.locator('dialog[open]')).toBeVisible();
      await expectNoSeriousViolations(page, 'export dialog');
      await page.keyboard.press('Escape');

      await page.keyboard.press('?');
      await expect(page.locator('dialog[open]')).toBeVisible();
      await expectNoSeriousViolations(page, 'help dialog');
      await page.keyboard.press('Escape');

      await page.locator('.back-link').click();
      await expect(page.locator('.arena-card')).toHaveCount(1);
      await expectNoSeriousViolations(page, 'home with an arena');
    });
  }
}
