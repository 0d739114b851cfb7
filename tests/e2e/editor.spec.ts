import { test, expect } from '@playwright/test';
import { notOnMap, addPartners, dragFromList, listItem, mouseDrag, newArena, ringPoint, waitSaved, center } from './helpers';

test('a coordinator maps partners on rings, tags them, and finds the same map after a reload', async ({ page }) => {
  await newArena(page, 'Liveability of the station neighbourhood', 'A liveable station area where residents feel at home by 2027');
  await addPartners(page, ['Local police', 'Welfare centre', 'Housing company']);

  await dragFromList(page, 'Local police', await ringPoint(page, 'core', -90));
  await expect(listItem(page, 'Local police').locator('.ring-chip')).toHaveText('Core');
  await dragFromList(page, 'Welfare centre', await ringPoint(page, 'context', 0));
  await expect(listItem(page, 'Welfare centre').locator('.ring-chip')).toHaveText('Context');
  await expect(notOnMap(page, 'Housing company')).toBeVisible();

  // Drag a partner that is already on the map from the context ring into the complementary ring.
  const welfareNode = page.locator('.react-flow__node-partner').filter({ hasText: 'Welfare centre' });
  await mouseDrag(page, await center(page, '.react-flow__node-partner:has-text("Welfare centre")'), await ringPoint(page, 'complementary', 10));
  await expect(welfareNode).toContainText('Complementary');
  await expect(listItem(page, 'Welfare centre').locator('.ring-chip')).toHaveText('Complementary');

  // Tag both.
  await listItem(page, 'Local police').getByRole('button', { name: 'Local police', exact: true }).click();
  const inspector = page.getByRole('region', { name: 'Partner' });
  await inspector.getByRole('group', { name: 'Expertise' }).getByRole('button', { name: 'Safety' }).click();
  await inspector.getByRole('radiogroup', { name: 'Style' }).getByRole('radio', { name: 'Enforcing' }).click();
  await inspector.getByRole('group', { name: 'Perspective' }).getByRole('button', { name: 'Government / policy' }).click();
  await listItem(page, 'Welfare centre').getByRole('button', { name: 'Welfare centre', exact: true }).click();
  await inspector.getByRole('group', { name: 'Expertise' }).getByRole('button', { name: 'Welfare' }).click();
  await inspector.getByRole('radiogroup', { name: 'Style' }).getByRole('radio', { name: 'Care / support' }).click();
  await inspector.getByRole('group', { name: 'Perspective' }).getByRole('button', { name: 'User / target group' }).click();
  await expect(page.locator('.legend')).toContainText('Safety');
  await waitSaved(page);
  await page.screenshot({ path: 'tests/.output/editor.png' });

  await page.reload();
  await expect(page.getByRole('heading', { name: 'Liveability of the station neighbourhood' })).toBeVisible();
  await expect(page.getByRole('button', { name: /^Goal: A liveable station area/ })).toBeVisible();
  await expect(listItem(page, 'Local police').locator('.ring-chip')).toHaveText('Core');
  await expect(listItem(page, 'Welfare centre').locator('.ring-chip')).toHaveText('Complementary');
  await expect(notOnMap(page, 'Housing company')).toBeVisible();
  await expect(page.locator('.react-flow__node-partner')).toHaveCount(2);
  // A node with a one-line name is exactly the size buildNodes.ts gives React Flow before measuring
  // (PARTNER_NODE_WIDTH x PARTNER_NODE_HEIGHT); if the styles drift from it, React Flow's first measuring
  // sends a change for every node and a large map renders all its nodes twice while it opens.
  const sizes = await page.locator('.react-flow__node-partner').evaluateAll((nodes) => nodes.map((n) => [(n as HTMLElement).offsetWidth, (n as HTMLElement).offsetHeight]));
  expect(sizes).toEqual([
    [200, 80],
    [200, 80],
  ]);
  await listItem(page, 'Local police').getByRole('button', { name: 'Local police', exact: true }).click();
  await expect(inspector.getByRole('group', { name: 'Expertise' }).getByRole('button', { name: 'Safety' })).toHaveAttribute('aria-pressed', 'true');
  await expect(inspector.getByRole('radio', { name: 'Enforcing' })).toHaveAttribute('aria-checked', 'true');
  await expect(inspector.getByRole('button', { name: 'Government / policy' })).toHaveAttribute('aria-pressed', 'true');
  await listItem(page, 'Welfare centre').getByRole('button', { name: 'Welfare centre', exact: true }).click();
  await expect(inspector.getByRole('button', { name: 'User / target group' })).toHaveAttribute('aria-pressed', 'true');
});

test('the inspector sets a ring from the keyboard and moves the node there', async ({ page }) => {
  await newArena(page, 'Keyboard arena', '');
  await addPartners(page, ['OCMW']);
  await listItem(page, 'OCMW').getByRole('button', { name: 'OCMW', exact: true }).click();
  const ring = page.getByRole('combobox', { name: 'Ring' });
  await ring.focus();
  await ring.selectOption('core');
  await expect(page.locator('.react-flow__node-partner')).toContainText('Core');
  await ring.selectOption('context');
  await expect(page.locator('.react-flow__node-partner')).toContainText('Context');
  await page.getByRole('button', { name: 'Back to the list' }).click();
  await expect(page.locator('.react-flow__node-partner')).toHaveCount(0);
  await expect(notOnMap(page, 'OCMW')).toBeVisible();
});

test('an empty partner name is refused with a message; naughty names stay text', async ({ page }) => {
  let dialogs = 0;
  page.on('dialog', (d) => {
    dialogs++;
    void d.dismiss();
  });
  await newArena(page, 'Bad input', '');
  await page.getByRole('button', { name: '+ Add partner' }).click();
  const form = page.getByRole('form', { name: 'Add partner' });
  await form.getByLabel('Name').fill('   ');
  await form.getByRole('button', { name: 'Add partner' }).click();
  await expect(form.getByRole('alert')).toHaveText('Give the partner a name.');
  const naughty = '<img src=x onerror="window.__pwned=1;alert(1)">';
  const long = 'L'.repeat(1000);
  await form.getByLabel('Name').fill(naughty);
  await form.getByRole('button', { name: 'Add partner' }).click();
  await form.getByLabel('Name').fill(long);
  await form.getByRole('button', { name: 'Add partner' }).click();
  await expect(page.getByRole('button', { name: naughty, exact: true })).toBeVisible();
  await page.getByRole('combobox', { name: 'Ring' }).selectOption('core');
  await expect(page.locator('.react-flow__node-partner')).toHaveCount(1);
  expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
  expect(dialogs).toBe(0);
  // The long name does not push the panels off the screen.
  const panel = await page.locator('.panel-left').boundingBox();
  expect(panel?.width).toBeLessThan(400);
});

test('deleting an arena removes it for good after a reload, and undo brings it back', async ({ page }) => {
  await newArena(page, 'To be deleted', '');
  await newArena(page, 'To be kept', '');
  await page.getByRole('link', { name: /Arenas/ }).click();
  const card = page.locator('.arena-card').filter({ hasText: 'To be deleted' });
  await card.getByRole('button', { name: 'Delete' }).click();
  await expect(page.locator('.arena-card').filter({ hasText: 'To be deleted' })).toHaveCount(0);
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(page.locator('.arena-card').filter({ hasText: 'To be deleted' })).toHaveCount(1);
  await page.locator('.arena-card').filter({ hasText: 'To be deleted' }).getByRole('button', { name: 'Delete' }).click();
  await expect(page.locator('.arena-card').filter({ hasText: 'To be deleted' })).toHaveCount(0);
  await page.reload();
  await expect(page.locator('.arena-card').filter({ hasText: 'To be kept' })).toHaveCount(1);
  await expect(page.locator('.arena-card').filter({ hasText: 'To be deleted' })).toHaveCount(0);
  // The address of an arena that is gone says so, with the way back.
  await page.goto('/#/arena/no-such-arena');
  await expect(page.getByRole('alert')).toHaveText('This arena does not exist (any more).');
  await page.getByRole('link', { name: /Arenas/ }).click();
  await expect(page.locator('.arena-card').filter({ hasText: 'To be kept' })).toHaveCount(1);
});

test('partner nodes open in place: one-line names 80 px high, two-line names 102 px, and no node moves twice while the map opens', async ({ page }) => {
  const names = ['Politie', 'OCMW welzijnsdienst van de stad', 'Sociale huisvestingsmaatschappij Rivierenland', 'Jeugdhulp', 'Buurtwerk'];
  await newArena(page, 'Nodes in place', '');
  await addPartners(page, names);
  for (const [i, name] of names.entries()) {
    await listItem(page, name).getByRole('button', { name, exact: true }).click();
    await page.getByRole('combobox', { name: 'Ring' }).selectOption(i % 2 ? 'complementary' : 'core');
  }
  await expect(page.locator('.react-flow__node-partner')).toHaveCount(names.length);
  await waitSaved(page);

  // From the first script on: every change of a partner node's position on screen (its transform), as
  // [node id, dx, dy]. React Flow first writes each node without the node origin, and puts it in place
  // (centred on its position: half its measured width and height) when it measures it, before that frame
  // is painted. Any further move while the map opens would be a visible jump.
  await page.addInitScript(() => {
    const moves: [string, number, number][] = [];
    (window as unknown as { __moves: typeof moves }).__moves = moves;
    const xy = (style: string | null) => /translate\((-?[\d.]+)px, (-?[\d.]+)px\)/.exec(style ?? '')?.slice(1).map(Number);
    new MutationObserver((records) => {
      for (const r of records) {
        const el = r.target as HTMLElement;
        if (!el.classList.contains('react-flow__node-partner')) continue;
        const [before, after] = [xy(r.oldValue), xy(el.getAttribute('style'))];
        if (before && after && (before[0] !== after[0] || before[1] !== after[1])) moves.push([el.dataset.id ?? '', after[0]! - before[0]!, after[1]! - before[1]!]);
      }
    }).observe(document, { subtree: true, attributes: true, attributeFilter: ['style'], attributeOldValue: true });
  });
  await page.reload();
  await expect(page.locator('.react-flow__node-partner')).toHaveCount(names.length);
  await expect(page.locator('.partner-list')).toBeVisible();
  await page.waitForTimeout(300);
  const heights = await page.locator('.react-flow__node-partner').evaluateAll((nodes) =>
    Object.fromEntries(nodes.map((n) => [n.querySelector('.partner-node-name')?.textContent, (n as HTMLElement).offsetHeight])),
  );
  expect(heights).toEqual({
    Politie: 80,
    'OCMW welzijnsdienst van de stad': 102,
    'Sociale huisvestingsmaatschappij Rivierenland': 102,
    Jeugdhulp: 80,
    Buurtwerk: 80,
  });
  const moves = await page.evaluate(() => (window as unknown as { __moves: [string, number, number][] }).__moves);
  const height = Object.fromEntries(
    await page.locator('.react-flow__node-partner').evaluateAll((nodes) => nodes.map((n) => [(n as HTMLElement).dataset.id!, (n as HTMLElement).offsetHeight])),
  );
  // Each node moved at most once, and only by the origin of its real size: never a second, settling move.
  expect(new Set(moves.map(([id]) => id)).size).toBe(moves.length);
  for (const [id, dx, dy] of moves) expect([dx, dy]).toEqual([-100, -height[id]! / 2]);
});
