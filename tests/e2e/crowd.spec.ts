/**
 * A live workshop's crowd on a shared arena, in real browsers against the test web server's sync server:
 * who is here (names and colours in the header, on the map and on the projector), partners added
 * elsewhere lit with who added them, and likely duplicates added at the same moment merged into one.
 * Two devices are two browser contexts (two profiles, two databases).
 */
import { expect, test, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { addPartners, center, dragFromList, listItem, newArena, ringPoint } from './helpers';
import { closeOtherDevices, device, inspector, node, select, share, synced } from './syncHelpers';

test.afterEach(async ({ browser, context }) => closeOtherDevices(browser, context));

/** "Your name in this workshop", from this device's own chip in the header. */
async function setName(page: Page, name: string) {
  await page.getByRole('button', { name: /\(you\)$/ }).click();
  await page.getByRole('textbox', { name: 'Your name in this workshop' }).fill(name);
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByRole('button', { name: `${name} (you)` })).toBeVisible();
}

async function expectNoSeriousViolations(page: Page, where: string) {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  const serious = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  const report = serious.map((v) => `${v.id} (${v.impact}): ${v.help}\n  ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join('\n  ')}`).join('\n');
  expect(report, `${where}: serious or critical accessibility violations`).toBe('');
}

const here = (page: Page) => page.getByRole('list', { name: 'Here now' });
const offers = (page: Page) => page.getByTestId('duplicate-offer');
/** The colour a person's chip has in the header (background) or a partner node's outline. */
const chipColour = (page: Page, name: string) => here(page).locator('.person-chip').filter({ hasText: name }).first().evaluate((el) => getComputedStyle(el).backgroundColor);
const outlineColour = (page: Page, name: string) => node(page, name).locator('.partner-node').evaluate((el) => getComputedStyle(el).outlineColor);

test('who is here: names and colours in the header, on a partner someone edits or drags, on a new partner, and on the projector', async ({ page, browser }) => {
  await newArena(page, 'Wijk Zuid', 'Samen tegen eenzaamheid');
  await addPartners(page, ['Zorgbedrijf', 'OCMW']);
  await dragFromList(page, 'Zorgbedrijf', await ringPoint(page, 'core', 0));
  await dragFromList(page, 'OCMW', await ringPoint(page, 'complementary', 120));
  // A local arena says nothing about who is here.
  await expect(here(page)).toHaveCount(0);
  const { edit: link } = await share(page);
  // Shared: this device is here, as a guest until it gives a name.
  await expect(page.getByRole('button', { name: /^Guest \d+ \(you\)$/ })).toBeVisible();
  await setName(page, 'Anna');

  const other = await device(browser, link);
  await setName(other, 'Bram');
  await expect(here(other)).toContainText('Anna');
  await expect(here(page)).toContainText('Bram');
  const annasColour = await chipColour(other, 'Anna');
  expect(annasColour).toBe(await chipColour(page, 'Anna'));
  // Two people here: two colours (who arrives takes one nobody has).
  expect(await chipColour(other, 'Bram')).not.toBe(annasColour);

  // Anna selects Zorgbedrijf (her inspector shows it): Bram sees her colour and name on it.
  await select(page, 'Zorgbedrijf');
  await expect(node(other, 'Zorgbedrijf').locator('.partner-node')).toHaveClass(/is-edited-elsewhere/);
  await expect(node(other, 'Zorgbedrijf')).toContainText('Anna is editing');
  expect(await outlineColour(other, 'Zorgbedrijf')).toBe(annasColour);
  await other.screenshot({ path: 'tests/.output/crowd-editing.png' });

  // Anna drags OCMW: Bram sees it moving, in her colour, with her name.
  const from = await center(page, '.react-flow__node-partner:has-text("OCMW")');
  const to = await ringPoint(page, 'context', 200);
  await page.mouse.move(from.x, from.y);
  await page.mouse.down();
  await page.mouse.move(from.x + 8, from.y + 8, { steps: 2 });
  await page.mouse.move((from.x + to.x) / 2, (from.y + to.y) / 2, { steps: 10 });
  await expect(node(other, 'OCMW').locator('.partner-node')).toHaveClass(/is-moved-elsewhere/);
  await expect(node(other, 'OCMW')).toContainText('Anna is moving it');
  expect(await outlineColour(other, 'OCMW')).toBe(annasColour);
  await other.screenshot({ path: 'tests/.output/crowd-dragging.png' });
  await page.mouse.move(to.x, to.y, { steps: 5 });
  await page.mouse.up();
  await expect(node(other, 'OCMW')).toContainText('Context');
  await expect(node(other, 'OCMW')).not.toContainText('Anna is moving it');

  // Bram adds a partner: on Anna's device it is lit, with his name, for a few seconds.
  await addPartners(other, ['Politie']);
  const arrived = listItem(page, 'Politie');
  await expect(arrived).toHaveClass(/is-arrived/);
  await expect(arrived).toContainText('Added by Bram');
  expect(await arrived.locator('.person-chip').evaluate((el) => getComputedStyle(el).backgroundColor)).toBe(await chipColour(page, 'Bram'));
  await page.screenshot({ path: 'tests/.output/crowd-arrived.png' });
  await expect(arrived).not.toHaveClass(/is-arrived/, { timeout: 8000 });
  // Bram's own device does not light what he added himself.
  await expect(listItem(other, 'Politie')).not.toHaveClass(/is-arrived/);

  // The projector: presentation mode lists who is here.
  await page.setViewportSize({ width: 1920, height: 1080 });
  await page.getByRole('button', { name: /Present/ }).click();
  const projector = page.getByRole('list', { name: 'Here now' });
  await expect(projector).toContainText('Anna');
  await expect(projector).toContainText('Bram');
  await page.screenshot({ path: 'tests/.output/crowd-projector.png' });
  await page.keyboard.press('Escape');

  // Bram leaves: Anna's header no longer lists him.
  await other.context().close();
  await expect(here(page)).not.toContainText('Bram', { timeout: 40_000 });
});

test('on a phone the header shows how many are here, and opens the names and the name field', async ({ page, browser }) => {
  await newArena(page, 'Telefoon', '');
  const { edit: link } = await share(page);
  await setName(page, 'Anna');
  const context = await browser.newContext({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });
  const phone = await context.newPage();
  await phone.goto(link);
  await synced(phone);
  const count = phone.getByRole('button', { name: /^2 here: / });
  await expect(count).toBeVisible();
  await expect(here(phone)).toBeHidden();
  await count.tap();
  await phone.getByRole('textbox', { name: 'Your name in this workshop' }).fill('Chris');
  await phone.getByRole('button', { name: 'Save' }).tap();
  await expect(here(page)).toContainText('Chris');
  await count.tap();
  await expect(phone.locator('.who-list')).toContainText('Anna');
  await phone.screenshot({ path: 'tests/.output/crowd-phone.png' });
  await phone.keyboard.press('Escape');
  // A likely duplicate is offered on the phone's partner list too, within its width.
  await addPartners(page, ['CAW', 'CAW Gent']);
  await phone.getByRole('button', { name: /^Partners/ }).tap();
  await expect(offers(phone)).toHaveCount(1);
  await expect(offers(phone).getByRole('button', { name: /^Merge/ })).toBeInViewport();
  await phone.screenshot({ path: 'tests/.output/crowd-phone-duplicate.png' });
  const width = await phone.evaluate(() => document.documentElement.scrollWidth);
  expect(width).toBeLessThanOrEqual(390);
});

test('two devices add "CAW" and "CAW Oost-Vlaanderen" at the same moment: one merge offered, merged into one partner with every tag on both', async ({ page, browser }) => {
  await newArena(page, 'Workshop', 'Niemand valt uit de boot');
  const { edit: link } = await share(page);
  const other = await device(browser, link);

  await Promise.all([addPartners(page, ['CAW']), addPartners(other, ['CAW Oost-Vlaanderen'])]);
  // Each tags what they added.
  await select(page, 'CAW');
  await inspector(page).getByRole('group', { name: 'Expertise' }).getByRole('button', { name: 'Welfare', exact: true }).click();
  await select(other, 'CAW Oost-Vlaanderen');
  await inspector(other).getByRole('group', { name: 'Expertise' }).getByRole('button', { name: 'Safety', exact: true }).click();
  await inspector(other).getByRole('group', { name: 'Perspective' }).getByRole('button', { name: 'User / target group' }).click();

  // One offer on each device.
  for (const p of [page, other]) {
    await expect(listItem(p, 'CAW Oost-Vlaanderen')).toBeVisible();
    await expect(offers(p)).toHaveCount(1);
    // The partner added first (by the devices' clocks) is named first, and is the one kept.
    await expect(offers(p)).toContainText(/^“(CAW|CAW Oost-Vlaanderen)” and “(CAW|CAW Oost-Vlaanderen)” may be the same organisation\./);
  }
  await page.screenshot({ path: 'tests/.output/crowd-duplicate-offer.png' });
  // The offer, the people in the header and the name panel pass axe, light and dark.
  await expectNoSeriousViolations(page, 'duplicate offer and who is here, light');
  await page.getByRole('button', { name: /\(you\)$/ }).click();
  await expectNoSeriousViolations(page, 'name panel, light');
  await page.keyboard.press('Escape');
  await expect(page.getByRole('textbox', { name: 'Your name in this workshop' })).toHaveCount(0);
  await page.getByRole('button', { name: /Dark/ }).click();
  await expectNoSeriousViolations(page, 'duplicate offer and who is here, dark');
  await synced(other);
  const merge = offers(other).getByRole('button', { name: /^Merge/ });
  const kept = /into “(.*)”$/.exec((await merge.getAttribute('aria-label'))!)![1]!;
  expect(['CAW', 'CAW Oost-Vlaanderen']).toContain(kept);
  await merge.click();

  for (const p of [page, other]) {
    await expect(offers(p)).toHaveCount(0);
    await expect(p.locator('.partner-item')).toHaveCount(1);
    await select(p, kept);
    const expertise = inspector(p).getByRole('group', { name: 'Expertise' });
    // The kept partner's own expertise stays its main one.
    const [main, second] = kept === 'CAW' ? ['Welfare', 'Safety'] : ['Safety', 'Welfare'];
    await expect(expertise.getByRole('button', { name: `${main} (main)` })).toHaveAttribute('aria-pressed', 'true');
    await expect(expertise.getByRole('button', { name: second, exact: true })).toHaveAttribute('aria-pressed', 'true');
    await expect(inspector(p).getByRole('group', { name: 'Perspective' }).getByRole('button', { name: 'User / target group' })).toHaveAttribute('aria-pressed', 'true');
  }
  await page.screenshot({ path: 'tests/.output/crowd-merged.png' });

  // Undo on the device that merged brings both back, on both devices.
  await other.keyboard.press('Escape');
  await other.getByRole('button', { name: /Undo/ }).click();
  for (const p of [page, other]) await expect(p.locator('.partner-item')).toHaveCount(2);
});
