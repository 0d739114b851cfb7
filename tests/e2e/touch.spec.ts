import { test, expect, type Page, type CDPSession } from '@playwright/test';
import { addPartners, listItem, ringPoint, center } from './helpers';

test.use({ hasTouch: true, isMobile: false, viewport: { width: 1280, height: 860 } });

type Pt = { x: number; y: number };

async function touchDrag(cdp: CDPSession, from: Pt, to: Pt, steps = 12) {
  await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: [{ x: from.x, y: from.y, id: 1 }] });
  for (let i = 1; i <= steps; i++) {
    const x = from.x + ((to.x - from.x) * i) / steps;
    const y = from.y + ((to.y - from.y) * i) / steps;
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchMove', touchPoints: [{ x, y, id: 1 }] });
  }
  await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
}

async function pinch(cdp: CDPSession, c: Pt, fromGap: number, toGap: number, steps = 10) {
  const points = (gap: number) => [
    { x: c.x - gap / 2, y: c.y, id: 1 },
    { x: c.x + gap / 2, y: c.y, id: 2 },
  ];
  await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: points(fromGap) });
  for (let i = 1; i <= steps; i++) await cdp.send('Input.dispatchTouchEvent', { type: 'touchMove', touchPoints: points(fromGap + ((toGap - fromGap) * i) / steps) });
  await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
}

async function zoom(page: Page): Promise<number> {
  return page.locator('.react-flow__viewport').evaluate((el) => new DOMMatrix(getComputedStyle(el).transform).a);
}

test('with a finger: drag partners from the list onto rings, between rings, and pinch to zoom', async ({ page }) => {
  const cdp = await page.context().newCDPSession(page);
  await page.goto('/');
  await page.getByRole('button', { name: 'New arena' }).tap();
  await addPartners(page, ['Police', 'Youth work']);

  const handle = async (name: string) => center(page, `.partner-item:has-text("${name}") .drag-handle`);
  await touchDrag(cdp, await handle('Police'), await ringPoint(page, 'core', -90));
  await expect(listItem(page, 'Police').locator('.ring-chip')).toHaveText('Core');
  await touchDrag(cdp, await handle('Youth work'), await ringPoint(page, 'context', 0));
  await expect(listItem(page, 'Youth work').locator('.ring-chip')).toHaveText('Context');

  // Between rings on the map.
  await touchDrag(cdp, await center(page, '.react-flow__node-partner:has-text("Youth work")'), await ringPoint(page, 'complementary', 20));
  await expect(listItem(page, 'Youth work').locator('.ring-chip')).toHaveText('Complementary');

  // Two fingers apart zoom in.
  const before = await zoom(page);
  const map = await page.locator('.goal-map').boundingBox();
  await pinch(cdp, { x: map!.x + map!.width / 2 + 150, y: map!.y + map!.height - 120 }, 80, 300);
  await expect.poll(() => zoom(page)).toBeGreaterThan(before * 1.3);
});
