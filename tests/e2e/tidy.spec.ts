// "Tidy up" (T, or the ↔ button by the zoom controls): partners that overlap, as in an arena made
// before drops were nudged apart or in an imported file, are moved apart in their own rings, in one step.
import { test, expect, type Page } from '@playwright/test';
import { writeFileSync } from 'node:fs';
import { encodeArenaFile } from '../../src/io/json';
import { createArena, createPartner } from '../../src/domain/arena';
import { placementOf, ringMidRadius } from '../../src/domain/rings';
import { storedArenas } from './helpers';

function stackedFile(): string {
  const arena = createArena('Stacked partners', '2026-10-05T10:00:00.000Z');
  const spots = [
    ...['Kind en Gezin', 'OCMW Gent', 'CAW Oost-Vlaanderen', 'Huis van het Kind'].map((name) => ({ name, ring: 'core' as const })),
    ...['VDAB', 'Stad Gent'].map((name) => ({ name, ring: 'complementary' as const })),
  ];
  spots.forEach(({ name, ring }, i) => {
    const p = createPartner({ name }, `2026-10-05T10:00:0${i}.000Z`);
    // Every partner of a ring on one spot, as a hand-made file or an old arena may have them.
    arena.partners[p.id] = { ...p, position: { x: 0, y: -ringMidRadius(ring) } };
  });
  const path = 'tests/.output/stacked.arena.json';
  writeFileSync(path, encodeArenaFile(arena, { appVersion: 'test', now: '2026-10-05T10:00:00.000Z' }));
  return path;
}

/** Pairs of partner nodes whose boxes on screen overlap. */
async function overlaps(page: Page): Promise<number> {
  return page.locator('.react-flow__node-partner').evaluateAll((nodes) => {
    const boxes = nodes.map((n) => n.getBoundingClientRect());
    let count = 0;
    for (let i = 0; i < boxes.length; i++)
      for (let j = i + 1; j < boxes.length; j++) {
        const [a, b] = [boxes[i]!, boxes[j]!];
        if (a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom) count++;
      }
    return count;
  });
}

async function stored(page: Page) {
  return Object.values((await storedArenas(page)).find((a) => a.title === 'Stacked partners')!.partners);
}

test('Tidy up moves overlapping partners apart, each staying in its ring, and one undo puts them back', async ({ page }) => {
  await page.goto('/');
  await page.locator('input[type=file]').setInputFiles(stackedFile());
  await expect(page.locator('.react-flow__node-partner')).toHaveCount(6);
  const before = await overlaps(page);
  expect(before).toBeGreaterThanOrEqual(7); // 4 stacked in the core (6 pairs) and 2 in the next ring (1)
  const rings = Object.fromEntries((await stored(page)).map((p) => [p.name, placementOf(p.position)]));

  await page.locator('.react-flow__pane').click({ position: { x: 5, y: 5 } });
  await page.keyboard.press('t');
  await expect.poll(() => overlaps(page)).toBe(0);
  await expect(page.getByRole('status').filter({ hasText: 'Saved' })).toBeVisible();
  for (const p of await stored(page)) expect(placementOf(p.position), p.name).toBe(rings[p.name]);

  await page.keyboard.press('Control+z');
  await expect.poll(() => overlaps(page)).toBe(before);
  // The button by the zoom controls does the same.
  await page.getByRole('button', { name: /^Tidy up/ }).click();
  await expect.poll(() => overlaps(page)).toBe(0);
});
