/**
 * The live workshop in real browsers, against the sync server the test web server runs: one facilitator
 * (a laptop on the projector, 1920×1080) and phones (390×844, touch), each a browser context of its own.
 * The phones get the participant link the way people do, from the QR code: the test decodes a screenshot
 * of it.
 *
 * The modes, the lock and the end of a session need the sync server's workshop API (`/api/rooms/<room>/
 * workshop`); a server without it gives the edit link with a name prompt (links.ts), which the first test
 * accepts: joining, adding and the projector work either way.
 */
import { writeFileSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Browser, type BrowserContext, type Locator, type Page } from '@playwright/test';
import jsQR from 'jsqr';
import { PNG } from 'pngjs';
import { createArena, createPartner } from '../../src/domain/arena';
import { pointInRing } from '../../src/domain/rings';
import { encodeArenaFile } from '../../src/io/json';
import { listItem } from './helpers';
import { damagedText } from './layoutChecks';
import { closeOtherDevices } from './syncHelpers';

test.afterEach(async ({ browser, context }) => closeOtherDevices(browser, context));

const PROJECTOR = { width: 1920, height: 1080 };
const PHONE = { width: 390, height: 844 };

/** The arena a facilitator brings: three core partners, all of one kind (safety, enforcing, government). */
function safetyArena(name: string): string {
  const now = '2026-03-01T10:00:00.000Z';
  const arena = createArena('Wijk Noord', now);
  arena.goal = 'Een leefbare wijk voor iedereen';
  ['Politie', 'Stadswacht', 'Parket'].forEach((partnerName, i) => {
    const p = createPartner({ name: partnerName }, new Date(Date.parse(now) + i).toISOString(), `p${i}`);
    arena.partners[p.id] = { ...p, position: pointInRing('core', null, (i / 3) * 2 * Math.PI), expertise: ['safety'], style: 'enforcing', perspective: ['government'] };
  });
  const path = `tests/.output/${name}.arena.json`;
  writeFileSync(path, encodeArenaFile(arena, { appVersion: 'test', now }));
  return path;
}

async function projector(browser: Browser, file: string): Promise<Page> {
  const context = await browser.newContext({ viewport: PROJECTOR });
  const page = await context.newPage();
  await page.goto('/');
  await page.locator('input[type=file]').setInputFiles(file);
  await expect(page.locator('.react-flow__node-partner')).toHaveCount(3);
  return page;
}

/** Shares the arena and starts the workshop; gives the participant link as the QR code holds it. */
async function startWorkshop(page: Page): Promise<{ link: string; enforced: boolean }> {
  await page.getByRole('button', { name: 'Share', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: 'Share this arena' });
  await dialog.getByRole('button', { name: 'Share this arena' }).click();
  await dialog.getByRole('button', { name: 'Start a live workshop' }).click();
  const qr = dialog.getByTestId('participant-qr');
  await expect(qr.getByRole('img', { name: 'Scan to join the workshop' })).toBeVisible();
  // LARGE: a QR code a phone reads from the back of a room.
  expect((await qr.boundingBox())!.width).toBeGreaterThanOrEqual(300);
  const link = await decodeQr(qr);
  // The link under the code is the same one, without https://, to type.
  await expect(dialog.getByTestId('participant-link')).toHaveText(link.replace(/^https?:\/\//, ''));
  const enforced = /\?join=[a-z0-9]+$/.test(link);
  if (!enforced) {
    // A server without the workshop API: the edit link with a name prompt, and the dialog says what that means.
    expect(link).toMatch(/#\/join\/[A-Za-z0-9_-]+\?edit=[A-Za-z0-9_-]+&view=[A-Za-z0-9_-]+&participant=1$/);
    await expect(dialog.getByText(/cannot limit participants: with this link they can change everything/)).toBeVisible();
  }
  return { link, enforced };
}

/** Reads a QR code the way a phone's camera would: from a picture of the screen. */
async function decodeQr(element: Locator): Promise<string> {
  const png = PNG.sync.read(await element.screenshot());
  const code = jsQR(new Uint8ClampedArray(png.data.buffer, png.data.byteOffset, png.data.length), png.width, png.height);
  expect(code, 'a readable QR code').not.toBeNull();
  return code!.data;
}

async function phoneContext(browser: Browser, locale = 'en-GB', viewport = PHONE): Promise<BrowserContext> {
  return browser.newContext({ viewport, hasTouch: true, isMobile: true, deviceScaleFactor: 2, locale });
}

/** No text cut or spilling out of the participant's screen (the map pans inside its own box), nothing past its edge. */
async function expectIntact(phone: Page) {
  for (const part of ['.participant-header', '.participant-status', '.participant-pane', '.participant-tabs']) {
    for (const el of await phone.locator(part).all()) expect(await damagedText(el), `${part} on ${phone.url()}`).toEqual([]);
  }
  const width = phone.viewportSize()!.width;
  const beyond = await phone.evaluate(
    (w) =>
      [...document.querySelectorAll('body *')]
        .filter((e) => !e.closest('.react-flow') && e.getBoundingClientRect().right > w + 0.5)
        .map((e) => `${e.tagName.toLowerCase()}.${String(e.className)}`),
    width,
  );
  expect(beyond).toEqual([]);
  expect(await phone.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
}

/** A phone opens the link, types a first name and is in. */
async function join(context: BrowserContext, link: string, name: string, texts = EN): Promise<Page> {
  const phone = await context.newPage();
  await phone.goto(link);
  await expect(phone.getByRole('heading', { name: texts.joinTitle })).toBeVisible();
  await phone.getByLabel(texts.firstName).fill(name);
  await phone.getByRole('button', { name: texts.join, exact: true }).tap();
  await expect(phone.getByText(texts.you(name))).toBeVisible({ timeout: 15_000 });
  // The address no longer holds the secret.
  expect(phone.url()).toMatch(/#\/arena\/[^?]+$/);
  await expect(phone.locator('.sync-status')).toContainText(texts.synced, { timeout: 15_000 });
  return phone;
}

const EN = {
  joinTitle: 'Join the workshop',
  firstName: 'Your first name',
  join: 'Join',
  you: (name: string) => `You: ${name}`,
  synced: 'Synced',
  add: '+ Add a partner',
  name: 'Name of the organisation',
  ring: 'Ring',
  submit: 'Add to the map',
  expertise: 'Expertise',
};
const NL = {
  joinTitle: 'Meedoen aan de workshop',
  firstName: 'Je voornaam',
  join: 'Meedoen',
  you: (name: string) => `Jij: ${name}`,
  synced: 'Gesynchroniseerd',
  add: '+ Partner toevoegen',
  name: 'Naam van de organisatie',
  ring: 'Ring',
  submit: 'Op de kaart zetten',
  expertise: 'Expertise',
};

/** Fills the add form on a phone (name, core ring, one expertise), without sending it yet. */
async function fillPartner(phone: Page, name: string, expertise: string, texts = EN) {
  await phone.getByRole('button', { name: texts.add }).tap();
  const form = phone.locator('form.partner-sheet');
  await form.getByLabel(texts.name).fill(name);
  await form.getByLabel(texts.ring).selectOption('core');
  await form.getByRole('group', { name: texts.expertise }).getByRole('button', { name: expertise, exact: true }).tap();
  return form.getByRole('button', { name: texts.submit });
}

async function expectNoSeriousViolations(page: Page, where: string) {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  const serious = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  const report = serious.map((v) => `${v.id} (${v.impact}): ${v.help}\n  ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join('\n  ')}`).join('\n');
  expect(report, `${where}: serious or critical accessibility violations`).toBe('');
}

/** Pairs of partner nodes drawn over each other on this screen. */
function overlappingNodes(page: Page): Promise<string[]> {
  return page.locator('.react-flow__node-partner').evaluateAll((nodes) => {
    const boxes = nodes.map((n) => ({ name: n.querySelector('.partner-node-name')?.textContent ?? n.textContent ?? '', r: n.getBoundingClientRect() }));
    const pairs: string[] = [];
    boxes.forEach((a, i) =>
      boxes.slice(i + 1).forEach((b) => {
        if (a.r.left < b.r.right && b.r.left < a.r.right && a.r.top < b.r.bottom && b.r.top < a.r.bottom) pairs.push(`${a.name} / ${b.name}`);
      }),
    );
    return pairs;
  });
}

const oneSided = (page: Page) => page.locator('.warnings .finding').filter({ hasText: 'One-sided expertise: Safety' });

test('three phones join by the QR code with their first names, add partners at the same moment, and the projector shows them with their names; the warning changes live', async ({ browser }) => {
  test.setTimeout(150_000);
  const page = await projector(browser, safetyArena('workshop-live'));
  await expect(oneSided(page)).toBeVisible();
  const { link } = await startWorkshop(page);
  await page.getByRole('dialog', { name: 'Share this arena' }).getByRole('button', { name: 'Close' }).click();

  // Two phones in English, one in Dutch: the language follows the phone's.
  const phones = await Promise.all([
    phoneContext(browser).then((c) => join(c, link, 'Anna')),
    phoneContext(browser).then((c) => join(c, link, 'Bert')),
    phoneContext(browser, 'nl-BE').then((c) => join(c, link, 'Chris', NL)),
  ]);
  const [anna, bert, chris] = phones as [Page, Page, Page];
  // The map is there to look at, fitted to a phone, with the partners the facilitator brought.
  await expect(anna.getByRole('region', { name: 'Goal map' })).toBeVisible();
  await expect(anna.locator('.react-flow__node-partner')).toHaveCount(3);
  await expect(chris.locator('.react-flow__node-partner').filter({ hasText: 'Politie' })).toBeVisible();
  await anna.screenshot({ path: 'tests/.output/workshop-phone-map.png' });

  const sends = [
    await fillPartner(anna, 'CAW', 'Welfare'),
    await fillPartner(bert, 'OCMW', 'Poverty'),
    await fillPartner(chris, 'Buurtwerk', 'Vrije tijd en cultuur', NL),
  ];
  await anna.screenshot({ path: 'tests/.output/workshop-phone-add.png' });
  // At the same moment.
  await Promise.all(sends.map((send) => send.tap()));
  await expect(anna.getByText('“CAW” is on the map.')).toBeVisible();
  await expect(chris.getByText('“Buurtwerk” staat op de kaart.')).toBeVisible();

  // On the projector: all three, on the map, each with who brought it in.
  for (const [name, who] of [
    ['CAW', 'Anna'],
    ['OCMW', 'Bert'],
    ['Buurtwerk', 'Chris'],
  ] as const) {
    await expect(page.locator('.react-flow__node-partner').filter({ hasText: name })).toBeVisible({ timeout: 15_000 });
    await listItem(page, name).getByRole('button', { name, exact: true }).click();
    await expect(page.getByRole('region', { name: 'Partner' }).getByText(`Added in the workshop by ${who}`)).toBeVisible();
  }
  // Who is here, by the first names they typed when joining (the header of the projector).
  for (const who of ['Anna', 'Bert', 'Chris']) await expect(page.locator('.who-is-here')).toContainText(who);
  // Added at the same moment, maybe on one spot: the projector moves each arrival clear of the others.
  await expect.poll(() => overlappingNodes(page), { timeout: 10_000 }).toEqual([]);
  // A partner tapped on the map says what it is and who added it.
  await anna.getByRole('button', { name: 'Map', exact: true }).tap();
  await anna.locator('.react-flow__node-partner').filter({ hasText: 'OCMW' }).tap();
  await expect(anna.getByRole('region', { name: 'OCMW' })).toContainText('added by Bert');
  await anna.screenshot({ path: 'tests/.output/workshop-phone-card.png' });
  await anna.getByRole('region', { name: 'OCMW' }).getByRole('button', { name: 'Close' }).tap();
  // Each phone sees the others' partners too, with their names.
  await anna.getByRole('button', { name: 'Partners' }).tap();
  await expect(anna.locator('.participant-partner').filter({ hasText: 'OCMW' })).toContainText('added by Bert');
  await expect(anna.locator('.participant-partner').filter({ hasText: 'CAW' })).toContainText('added by you');
  // Safety is no longer two thirds of the table: the warning went, live, on the projector.
  await expect(oneSided(page)).toHaveCount(0);
  await page.screenshot({ path: 'tests/.output/workshop-projector.png' });

  // The warnings on a phone: the same map, the same analysis.
  await bert.getByRole('button', { name: /^Warnings/ }).tap();
  await expect(bert.getByRole('heading', { name: 'Warnings' })).toBeVisible();
  await expect(bert.locator('.participant-warnings')).not.toContainText('One-sided expertise: Safety');
  await bert.screenshot({ path: 'tests/.output/workshop-phone-warnings.png' });

  // Nothing on a phone is wider than the phone, and no text is cut: the map, the partners, the add form (in Dutch).
  for (const phone of phones) await expectIntact(phone);
  await Promise.all(phones.map((p) => p.context().close()));
  await page.context().close();
});

test('presentation mode shows the participant link as a QR code step, and a phone joins with it', async ({ browser }) => {
  test.setTimeout(90_000);
  const page = await projector(browser, safetyArena('workshop-present'));
  const { link } = await startWorkshop(page);
  await page.getByRole('dialog', { name: 'Share this arena' }).getByRole('button', { name: 'Show on the projector' }).click();
  const qr = page.getByTestId('present-qr');
  await expect(qr).toBeVisible();
  await page.screenshot({ path: 'tests/.output/workshop-projector-qr.png' });
  // As large as the screen allows.
  expect((await qr.boundingBox())!.height).toBeGreaterThan(PROJECTOR.height * 0.5);
  expect(await decodeQr(qr)).toBe(link);
  // A step among the others: the rings come back, and the QR code with the button.
  await page.getByRole('button', { name: 'Core', exact: true }).click();
  await expect(qr).toBeHidden();
  await page.getByRole('button', { name: 'Join (QR code)' }).click();
  await expect(qr).toBeVisible();

  const phone = await join(await phoneContext(browser), await decodeQr(qr), 'Dana');
  await expect(phone.locator('.react-flow__node-partner')).toHaveCount(3);
  // Scanned again: the phone knows the name and goes straight in.
  await phone.goto(link);
  await expect(phone.getByText('You: Dana')).toBeVisible({ timeout: 15_000 });
  expect(phone.url()).toMatch(/#\/arena\/[^?]+$/);
  await phone.context().close();
  await page.context().close();
});

test('the participant view is accessible (axe) and whole, in English at 390 px and in Dutch at 360 px, with the add form open', async ({ browser }) => {
  test.setTimeout(90_000);
  const page = await projector(browser, safetyArena('workshop-a11y'));
  const { link } = await startWorkshop(page);
  for (const [locale, texts] of [
    ['en-GB', EN],
    ['nl-BE', NL],
  ] as const) {
    const context = await phoneContext(browser, locale, locale === 'nl-BE' ? { width: 360, height: 740 } : PHONE);
    const phone = await context.newPage();
    await phone.goto(link);
    await expect(phone.getByLabel(texts.firstName)).toBeVisible();
    await expectNoSeriousViolations(phone, `${locale}: the name prompt`);
    await phone.getByRole('button', { name: texts.join, exact: true }).tap();
    // No name: it says so, and nothing is joined.
    await expect(phone.getByRole('alert')).toBeVisible();
    await phone.getByLabel(texts.firstName).fill('Eva');
    await phone.getByRole('button', { name: texts.join, exact: true }).tap();
    await expect(phone.getByText(texts.you('Eva'))).toBeVisible({ timeout: 15_000 });
    await expect(phone.locator('.react-flow__node-partner')).toHaveCount(3);
    await expectNoSeriousViolations(phone, `${locale}: the map`);
    await phone.getByRole('button', { name: texts.add }).tap();
    await expect(phone.locator('form.partner-sheet')).toBeVisible();
    await expectNoSeriousViolations(phone, `${locale}: the add form`);
    await expectIntact(phone);
    // A screen reader's way in: every field of the form has its name.
    await expect(phone.getByRole('textbox', { name: texts.name })).toBeVisible();
    await expect(phone.getByRole('combobox', { name: texts.ring })).toBeVisible();
    await phone.getByRole('button', { name: /^Partners/ }).tap();
    await expectNoSeriousViolations(phone, `${locale}: the partners`);
    await expectIntact(phone);
    await phone.screenshot({ path: `tests/.output/workshop-phone-partners-${locale}.png` });
    await context.close();
  }
  await page.context().close();
});

/*
 * The tests below need the sync server's workshop API (issue 15, server side): without it the share dialog
 * says the server cannot limit participants, and they fail at their first step.
 */

async function openControls(page: Page) {
  await page.getByRole('button', { name: 'Shared', exact: true }).click();
  return page.getByRole('dialog', { name: 'Share this arena' });
}

test('modes: add only offers no Change on any partner, own on one’s own only, all on every partner; what each allows reaches the projector', async ({ browser }) => {
  test.setTimeout(120_000);
  const page = await projector(browser, safetyArena('workshop-modes'));
  const { link, enforced } = await startWorkshop(page);
  expect(enforced, 'the sync server has the workshop API').toBe(true);
  const dialog = page.getByRole('dialog', { name: 'Share this arena' });
  await expect(dialog.getByLabel('Participants may')).toHaveValue('add');
  await dialog.getByRole('button', { name: 'Close' }).click();

  const anna = await join(await phoneContext(browser), link, 'Anna');
  await (await fillPartner(anna, 'CAW', 'Welfare')).tap();
  await expect(page.locator('.react-flow__node-partner').filter({ hasText: 'CAW' })).toBeVisible({ timeout: 15_000 });
  await anna.getByRole('button', { name: 'Partners' }).tap();
  const caw = anna.locator('.participant-partner').filter({ hasText: 'CAW' });
  const politie = anna.locator('.participant-partner').filter({ hasText: 'Politie' });
  await expect(anna.getByText('You can add partners.')).toBeVisible();
  await expect(caw.getByRole('button', { name: 'Change CAW' })).toHaveCount(0);
  await expect(politie.getByRole('button', { name: 'Change Politie' })).toHaveCount(0);
  // The map cannot be dragged on a phone at all.
  expect(await anna.locator('.react-flow__node-partner.draggable').count()).toBe(0);

  await (await openControls(page)).getByLabel('Participants may').selectOption('own');
  await expect(anna.getByText('You can add partners and change the ones you added.')).toBeVisible();
  await expect(caw.getByRole('button', { name: 'Change CAW' })).toBeVisible();
  await expect(politie.getByRole('button', { name: 'Change Politie' })).toHaveCount(0);
  await caw.getByRole('button', { name: 'Change CAW' }).tap();
  await anna.getByLabel('Name of the organisation').fill('CAW Oost-Vlaanderen');
  await anna.getByRole('button', { name: 'Save' }).tap();
  await expect(listItem(page, 'CAW Oost-Vlaanderen')).toBeVisible();

  await dialogSelect(page, 'all');
  await expect(anna.getByText('You can add and change every partner.')).toBeVisible();
  await politie.getByRole('button', { name: 'Change Politie' }).tap();
  await anna.getByLabel('Ring').selectOption('complementary');
  await anna.getByRole('button', { name: 'Save' }).tap();
  await expect(page.locator('.react-flow__node-partner').filter({ hasText: 'Politie' })).toContainText('Complementary');
  // Nothing was refused: the phone is still synced.
  await expect(anna.locator('.sync-status')).toContainText('Synced');
  await anna.context().close();
  await page.context().close();
});

async function dialogSelect(page: Page, mode: 'add' | 'own' | 'all') {
  const dialog = page.getByRole('dialog', { name: 'Share this arena' });
  if (!(await dialog.isVisible())) await openControls(page);
  await dialog.getByLabel('Participants may').selectOption(mode);
}

test('lock and end: a locked map is read-only on the phones, offline edits made meanwhile are refused and stay on the phone, and an ended workshop turns every phone read-only', async ({ browser }) => {
  test.setTimeout(120_000);
  const page = await projector(browser, safetyArena('workshop-lock'));
  const { link, enforced } = await startWorkshop(page);
  expect(enforced, 'the sync server has the workshop API').toBe(true);
  const dialog = page.getByRole('dialog', { name: 'Share this arena' });
  const anna = await join(await phoneContext(browser), link, 'Anna');
  const bert = await join(await phoneContext(browser), link, 'Bert');

  // Locked: a banner, no Add.
  await dialog.getByLabel('Lock the map (participants can only look)').check();
  await expect(anna.getByText('The facilitator locked the map: you can look, not change.')).toBeVisible();
  await expect(anna.getByRole('button', { name: '+ Add a partner' })).toHaveCount(0);
  await anna.screenshot({ path: 'tests/.output/workshop-phone-locked.png' });
  await page.screenshot({ path: 'tests/.output/workshop-projector-controls.png' });
  await dialog.getByLabel('Lock the map (participants can only look)').uncheck();
  await expect(anna.getByRole('button', { name: '+ Add a partner' })).toBeVisible();

  // Bert goes offline and adds a partner; meanwhile the map is locked; back online, it is refused.
  await bert.context().setOffline(true);
  await (await fillPartner(bert, 'Jeugdwerk', 'Leisure & culture')).tap();
  await dialog.getByLabel('Lock the map (participants can only look)').check();
  await expect(anna.getByText('The facilitator locked the map: you can look, not change.')).toBeVisible();
  await bert.context().setOffline(false);
  await expect(bert.getByText(/locked the map while you were offline/)).toBeVisible({ timeout: 20_000 });
  await expect(listItem(page, 'Jeugdwerk')).toHaveCount(0);
  // It stays on Bert's phone.
  await bert.getByRole('button', { name: 'Partners' }).tap();
  await expect(bert.locator('.participant-partner').filter({ hasText: 'Jeugdwerk' })).toBeVisible();
  await bert.screenshot({ path: 'tests/.output/workshop-phone-refused.png' });

  // Hidden warnings.
  await dialog.getByLabel('Hide the warnings from participants').check();
  await anna.getByRole('button', { name: /^Warnings/ }).tap();
  await expect(anna.getByText('The facilitator has hidden the warnings for now.')).toBeVisible();

  // The end: every phone read-only, saying why; the link no longer opens.
  await dialog.getByRole('button', { name: 'End the workshop' }).click();
  await expect(anna.getByText(/The workshop has ended/)).toBeVisible({ timeout: 15_000 });
  await expect(anna.getByRole('button', { name: '+ Add a partner' })).toHaveCount(0);
  // Trying again would be refused again; the warnings are no longer hidden from a workshop that is over.
  await expect(anna.getByRole('button', { name: 'Try again' })).toHaveCount(0);
  await expect(anna.getByText('The facilitator has hidden the warnings for now.')).toHaveCount(0);
  await anna.screenshot({ path: 'tests/.output/workshop-phone-ended.png' });
  const late = await (await phoneContext(browser)).newPage();
  await late.goto(link);
  await late.getByLabel('Your first name').fill('Late');
  await late.getByRole('button', { name: 'Join', exact: true }).tap();
  await expect(late.getByRole('alert')).toContainText('no longer works');
  for (const p of [anna, bert, late]) await p.context().close();
  await page.context().close();
});

test('a round: the phones show the question, partners added without a ring go to the projector’s list for the facilitator to place, and the round ends', async ({ browser }) => {
  test.setTimeout(120_000);
  const page = await projector(browser, safetyArena('workshop-round'));
  const { link, enforced } = await startWorkshop(page);
  expect(enforced, 'the sync server has the workshop API').toBe(true);
  const dialog = page.getByRole('dialog', { name: 'Share this arena' });
  await expect(dialog.getByLabel('Round question for the phones')).toHaveValue('Add the partners you work with');
  await dialog.getByRole('button', { name: 'Start the round' }).click();
  await expect(dialog.getByText('Round: Add the partners you work with')).toBeVisible();
  await dialog.getByRole('button', { name: 'Close' }).click();

  const bram = await join(await phoneContext(browser), link, 'Bram');
  await expect(bram.getByText('Round: Add the partners you work with')).toBeVisible();
  await bram.getByRole('button', { name: EN.add }).tap();
  const form = bram.locator('form.partner-sheet');
  await form.getByLabel(EN.name).fill('Buurtwerk');
  await form.getByRole('button', { name: EN.submit }).tap();
  // Not placed: it waits in the projector's list.
  const waiting = page.locator('.partner-group').filter({ hasText: 'Not on the map yet' });
  await expect(waiting.getByRole('button', { name: 'Buurtwerk', exact: true })).toBeVisible({ timeout: 15_000 });
  await expect(page.locator('.react-flow__node-partner').filter({ hasText: 'Buurtwerk' })).toHaveCount(0);

  const controls = await openControls(page);
  await controls.getByRole('button', { name: 'End the round' }).click();
  await expect(bram.getByText('Round: Add the partners you work with')).toHaveCount(0);
});
