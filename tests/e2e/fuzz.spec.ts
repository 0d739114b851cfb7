// A small seeded fuzz run of the UI: random adds, renames, tags, rings, drags of nodes, undo/redo bursts,
// typing that is not finished, and reloads 0–100 ms after a last change. Before each reload the arena is
// exported through the Export dialog; after it, the export must be the same plus the last change.
// Fixed seed: a failure reproduces. `FUZZ_SEED=n` tries another one.
import { test, expect, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { addPartners, newArena, waitSaved } from './helpers';
import { prng } from '../prng';

const SEED = Number(process.env.FUZZ_SEED ?? 20261130);
const ROUNDS = 6;
const STEPS_PER_ROUND = 8;

const NAMES = ['CAW Antwerpen', 'OCMW', 'Kind en Gezin', '<img src=x onerror=alert(1)>', 'Ωmega «vzw»', '=SUM(A1)', '  padded  ', 'Huis van het Kind', 'École 23', '"quoted", comma'];

type ArenaExport = { arena: Record<string, unknown> & { partners: Record<string, { name: string }>; goal: string } };

async function exportArena(page: Page): Promise<ArenaExport['arena']> {
  await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
  await page.getByRole('button', { name: 'Export' }).click();
  const dialog = page.getByRole('dialog');
  const [download] = await Promise.all([page.waitForEvent('download'), dialog.getByRole('button', { name: 'Download arena file' }).click()]);
  const file = await download.path();
  await page.keyboard.press('Escape');
  await expect(dialog).toHaveCount(0);
  return (JSON.parse(readFileSync(file, 'utf8')) as ArenaExport).arena;
}

/** The arena without what a save stamps anew (times), to compare content. */
function content(arena: ArenaExport['arena']) {
  return JSON.parse(JSON.stringify(arena, (key, value: unknown) => (key === 'updatedAt' ? undefined : value))) as ArenaExport['arena'];
}

async function partnerButtons(page: Page) {
  return page.locator('.partner-item').getByRole('button').filter({ hasNotText: /^$/ });
}

test(`seeded UI fuzz (seed ${SEED}): every reload keeps what was exported before it, plus the last change`, async ({ page }) => {
  test.setTimeout(120_000);
  const random = prng(SEED);
  const pick = <T,>(list: readonly T[]): T => list[Math.floor(random() * list.length)]!;
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('dialog', (d) => {
    errors.push(`unexpected dialog: ${d.message()}`);
    void d.dismiss();
  });

  await newArena(page, 'Fuzzed arena', 'Fewer young people without a diploma by 2028');
  await addPartners(page, ['Seed partner']);
  let counter = 0;

  const steps: Record<string, () => Promise<void>> = {
    add: async () => addPartners(page, [`${pick(NAMES)} ${++counter}`]),
    select: async () => {
      const buttons = await partnerButtons(page);
      const n = await buttons.count();
      if (n) await buttons.nth(Math.floor(random() * n)).click();
    },
    rename: async () => {
      const name = page.getByRole('region', { name: 'Partner' }).getByRole('textbox', { name: 'Name' });
      if (!(await name.count())) return;
      await name.fill(`${pick(NAMES)} renamed ${++counter}`);
      if (random() < 0.5) await name.press('Enter');
    },
    tag: async () => {
      const region = page.getByRole('region', { name: 'Partner' });
      const chips = region.locator('.chip');
      const n = await chips.count();
      if (n) await chips.nth(Math.floor(random() * n)).click();
    },
    ring: async () => {
      const ring = page.getByRole('region', { name: 'Partner' }).getByRole('combobox', { name: 'Ring' });
      if (await ring.count()) await ring.selectOption(pick(['core', 'complementary', 'context', 'outside', 'unplaced']));
    },
    drag: async () => {
      const nodes = page.locator('.react-flow__node-partner');
      const n = await nodes.count();
      if (!n) return;
      const box = await nodes.nth(Math.floor(random() * n)).boundingBox();
      if (!box) return;
      const from = { x: box.x + box.width / 2, y: box.y + 12 };
      await page.mouse.move(from.x, from.y);
      await page.mouse.down();
      await page.mouse.move(from.x + (random() - 0.5) * 160, from.y + (random() - 0.5) * 160, { steps: 6 });
      await page.mouse.up();
    },
    undoRedo: async () => {
      await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
      const undos = 1 + Math.floor(random() * 4);
      for (let i = 0; i < undos; i++) await page.keyboard.press('Control+z');
      const redos = Math.floor(random() * (undos + 1));
      for (let i = 0; i < redos; i++) await page.keyboard.press('Control+Shift+z');
    },
    notes: async () => {
      const notes = page.getByRole('region', { name: 'Partner' }).getByRole('textbox', { name: 'Notes' });
      if (await notes.count()) await notes.fill(`Note ${++counter}: ${pick(NAMES)}`);
    },
  };
  const kinds = Object.keys(steps);

  for (let round = 0; round < ROUNDS; round++) {
    for (let i = 0; i < STEPS_PER_ROUND; i++) await steps[pick(kinds)]!();
    const before = content(await exportArena(page));

    // One last change, then the reload 0–100 ms later: typing in the goal, not left (half the time), or
    // adding a partner.
    const typeGoal = random() < 0.5;
    const last = typeGoal ? `Goal typed in round ${round}: ${pick(NAMES)}` : `Last partner ${round}`;
    if (typeGoal) {
      await page.getByRole('button', { name: /^Goal:/ }).click();
      await page.getByRole('textbox', { name: 'Goal', exact: true }).fill(last);
    } else {
      await addPartners(page, [last]);
    }
    await page.waitForTimeout(Math.floor(random() * 100));
    await page.reload();
    await expect(page.getByRole('region', { name: 'Goal map' })).toBeVisible();
    const after = content(await exportArena(page));

    if (typeGoal) {
      expect(after.goal).toBe(last.trim()); // the goal is stored trimmed
      after.goal = before.goal;
    } else {
      const added = Object.entries(after.partners).filter(([, p]) => p.name === last);
      expect(added).toHaveLength(1);
      delete after.partners[added[0]![0]];
    }
    expect(after, `round ${round} (seed ${SEED})`).toEqual(before);
    await waitSaved(page);
  }
  expect(errors).toEqual([]);
});
