import { test, expect, type Page } from '@playwright/test';
import { damagedText } from './layoutChecks';

/**
 * The wide panels in Dutch, in the narrowest and the widest side panel (280 and 400 px): the governance
 * table, the participation choices, the team roles scale and the action filter banner keep every word and
 * label whole.
 */
async function dutchArenaWithAnAction(page: Page) {
  await page.addInitScript(() => localStorage.setItem('arena.language', 'nl'));
  await page.goto('/');
  await page.getByRole('button', { name: 'Nieuwe arena' }).click();
  await expect(page.getByRole('region', { name: 'Doelenkaart' })).toBeVisible();
  await page.getByRole('button', { name: '+ Partner toevoegen' }).click();
  const form = page.getByRole('form', { name: 'Partner toevoegen' });
  for (const name of ['Centrum Algemeen Welzijnswerk', 'Huis van het Kind', 'OCMW', 'Kinderopvang De Speelvogel']) {
    await form.getByLabel('Naam').fill(name);
    await form.getByRole('button', { name: 'Partner toevoegen' }).click();
  }
  await form.getByRole('button', { name: 'Annuleren' }).click();
  // Estimates and a chosen form, so fits, scores and "(gekozen)" are all shown.
  await page.getByRole('combobox', { name: 'Vertrouwen' }).selectOption('moderate');
  await page.getByRole('combobox', { name: 'Doelconsensus' }).selectOption('moderatelyHigh');
  await page.getByRole('combobox', { name: 'Nood aan competenties op netwerkniveau' }).selectOption('high');
  await page.getByRole('radio', { name: 'Netwerkadministratieve organisatie (NAO)' }).check();

  await page.getByRole('tab', { name: /^Acties/ }).click();
  await page.getByRole('textbox', { name: 'Nieuwe actie' }).fill('Huisbezoeken bij kwetsbare gezinnen met jonge kinderen');
  await page.getByRole('button', { name: 'Actie toevoegen' }).click();
  await page.getByText('Huisbezoeken bij kwetsbare gezinnen').click();
  await page.getByRole('combobox', { name: 'Betrokkenheid van Centrum Algemeen Welzijnswerk' }).selectOption('decide');
  await page.getByRole('combobox', { name: 'Betrokkenheid van OCMW' }).selectOption('inform');
  await page.getByRole('combobox', { name: 'Betrokkenheid van Huis van het Kind' }).selectOption('consult');
  await page.getByRole('button', { name: 'Toon alleen deze actie op de kaart' }).click();
  await expect(page.locator('.map-filter')).toBeVisible();

  await page.getByRole('tab', { name: 'Teamrollen' }).click();
  await page.getByRole('textbox', { name: 'Collega' }).fill('Annelies');
  await page.getByRole('button', { name: 'Collega toevoegen' }).click();
  await page.locator('.team-panel summary').filter({ hasText: 'Annelies' }).click();
}

for (const width of [280, 400]) {
  test(`wide panels in Dutch stay whole in a ${width} px side panel`, async ({ page }) => {
    // Tall enough that no panel scrolls: the screenshots show every label.
    await page.setViewportSize({ width: 1440, height: 3200 });
    await dutchArenaWithAnAction(page);
    await page.locator('.editor-body').evaluate((el, w) => {
      (el as HTMLElement).style.gridTemplateColumns = `280px minmax(0, 1fr) ${w}px`;
    }, width);
    const panel = page.locator('.panel-right');
    await expect.poll(async () => (await panel.boundingBox())?.width).toBe(width);

    const checks: [string, string][] = [
      ['Doel & netwerk', '.governance'],
      ['Acties', '.actions-panel'],
      ['Teamrollen', '.team-panel'],
    ];
    for (const [tab, selector] of checks) {
      await page.getByRole('tab', { name: new RegExp(`^${tab}`) }).click();
      const region = page.locator(selector);
      await expect(region).toBeVisible();
      // The action and the colleague unfolded, as when someone works in them.
      for (const d of await region.locator('details').all()) await d.evaluate((e) => ((e as HTMLDetailsElement).open = true));
      expect(await damagedText(region), `${tab} at ${width} px`).toEqual([]);
      await region.screenshot({ path: `tests/.output/panel-${width}-${selector.slice(1)}.png` });
    }
    // The filter banner on the map beside the panel.
    expect(await damagedText(page.locator('.map-filter')), `filter banner at ${width} px`).toEqual([]);
    await page.locator('.map-filter').screenshot({ path: `tests/.output/panel-${width}-map-filter.png` });

    // The check finds what it looks for: squeezed hard enough, the same panel does break.
    await page.locator('.editor-body').evaluate((el) => {
      (el as HTMLElement).style.gridTemplateColumns = `280px minmax(0, 1fr) 120px`;
    });
    await page.getByRole('tab', { name: /^Doel/ }).click();
    expect((await damagedText(page.locator('.governance'))).length).toBeGreaterThan(0);
  });
}
