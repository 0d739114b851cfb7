import { test, expect, type Page } from '@playwright/test';
import { addPartners, listItem, newArena, waitSaved } from './helpers';

async function place(page: Page, name: string, ring: 'core' | 'complementary' | 'context') {
  await listItem(page, name).getByRole('button', { name, exact: true }).click();
  await page.getByRole('combobox', { name: 'Ring' }).selectOption(ring);
}

test('two overlapping arenas point at each other; the link opens the other one', async ({ page }) => {
  const shared = ['Local police', 'Welfare centre', 'Housing company', 'Youth work'];
  await newArena(page, 'Safe station area', 'Fewer incidents around the station by 2027');
  await addPartners(page, [...shared, 'Railway company']);
  for (const name of [...shared, 'Railway company']) await place(page, name, 'core');
  await waitSaved(page);

  await newArena(page, 'Liveable neighbourhood north', 'Residents feel at home by 2028');
  await addPartners(page, shared);
  for (const name of shared) await place(page, name, 'complementary');
  await waitSaved(page);

  const warnings = page.getByRole('region', { name: 'Warnings' });
  const finding = warnings.getByRole('listitem').filter({ hasText: 'Overlaps with “Safe station area”' });
  await expect(finding).toBeVisible();
  await expect(finding).toContainText('Local police');
  await finding.getByRole('link', { name: 'Open “Safe station area”' }).click();
  await expect(page.getByRole('heading', { name: 'Safe station area' })).toBeVisible();
  await page.getByRole('tab', { name: /^Warnings/ }).click();
  await expect(page.getByRole('region', { name: 'Warnings' }).getByRole('listitem').filter({ hasText: 'Overlaps with “Liveable neighbourhood north”' })).toBeVisible();

  // The overview lists the pair and who sits at both tables.
  await page.goto('/#/overview');
  await expect(page.getByRole('heading', { name: 'Who sits at every table' })).toBeVisible();
  await expect(page.getByText('“Safe station area” and “Liveable neighbourhood north” share 4 partners').or(page.getByText('“Liveable neighbourhood north” and “Safe station area” share 4 partners'))).toBeVisible();
  // Partners are matched whatever their case, and shown as the user wrote them.
  await expect(page.getByRole('row', { name: /^Local police/ })).toBeVisible();
  await expect(page.getByText('Housing company, Local police, Welfare centre, Youth work', { exact: true })).toBeVisible();
  await expect(page.getByText(/share 4 partners: 80% of all the partners at their two tables/)).toBeVisible();
  await expect(page.getByText(/Jaccard similarity ≥ 0\.5\)/)).toBeVisible();
  await page.screenshot({ path: 'tests/.output/overview.png' });
  // In Dutch, with Dutch numbers.
  await page.evaluate(() => localStorage.setItem('arena.language', 'nl'));
  await page.reload();
  await expect(page.getByText(/delen 4 partners: 80\u00a0% van alle partners aan hun twee tafels/)).toBeVisible();
  await expect(page.getByText(/Jaccard-gelijkenis ≥ 0,5\)/)).toBeVisible();
  await page.screenshot({ path: 'tests/.output/overview-nl.png' });
});

test('actions, dependency and the strategic question drive their own findings; the map filters to one action', async ({ page }) => {
  await newArena(page, 'Homework support', 'More pupils finish secondary school');
  await addPartners(page, ['School', 'Library', 'Youth work']);
  for (const name of ['School', 'Library', 'Youth work']) await place(page, name, 'complementary');

  // Strategic question: not answered yet is a note; "yes" is a warning.
  const warnings = page.getByRole('region', { name: 'Warnings' });
  await expect(warnings.getByRole('listitem').filter({ hasText: 'Is a network needed?' })).toBeVisible();
  await page.getByRole('tab', { name: 'Goal & network' }).click();
  await page.getByRole('radio', { name: 'Yes', exact: true }).check();
  await page.getByRole('tab', { name: /^Warnings/ }).click();
  await expect(warnings.getByRole('listitem').filter({ hasText: 'You could solve this alone' })).toContainText('Warning');
  await page.getByRole('tab', { name: 'Goal & network' }).click();
  await page.getByRole('radio', { name: 'No', exact: true }).check();

  // Dependency: the school brings access to the pupils, essential and irreplaceable, but sits outside the core.
  await listItem(page, 'School').getByRole('button', { name: 'School', exact: true }).click();
  const inspector = page.locator('.inspector');
  await inspector.getByRole('combobox', { name: 'Kind of resource' }).selectOption('access');
  await inspector.getByRole('button', { name: 'Add resource' }).click();
  await inspector.getByRole('combobox', { name: 'Importance of Access to the target group' }).selectOption('4');
  await inspector.getByRole('combobox', { name: /How easily another organisation could supply Access/ }).selectOption('1');
  await expect(inspector.getByText('Dependency: high. Suggested ring: Core.')).toBeVisible();
  await page.getByRole('tab', { name: /^Warnings/ }).click();
  await expect(warnings.getByRole('listitem').filter({ hasText: 'Hard to replace, but outside the core: School' })).toBeVisible();
  await inspector.getByRole('combobox', { name: 'Ring' }).selectOption('core');
  await expect(warnings.getByRole('listitem').filter({ hasText: 'Hard to replace, but outside the core' })).toHaveCount(0);

  // An action with only consulted partners has nobody carrying it.
  await page.getByRole('tab', { name: /^Actions/ }).click();
  await page.getByRole('textbox', { name: 'New action' }).fill('Homework club in the library');
  await page.getByRole('button', { name: 'Add action' }).click();
  await page.getByText('Homework club in the library').click();
  await page.getByRole('combobox', { name: 'Involvement of Library' }).selectOption('consult');
  await page.getByRole('tab', { name: /^Warnings/ }).click();
  await expect(warnings.getByRole('listitem').filter({ hasText: 'Nobody carries “Homework club in the library”' })).toBeVisible();
  await page.getByRole('tab', { name: /^Actions/ }).click();
  await page.getByText('Homework club in the library').click();
  await page.getByRole('combobox', { name: 'Involvement of Library' }).selectOption('produce');
  await page.getByRole('combobox', { name: 'Involvement of Youth work' }).selectOption('decide');
  await page.getByRole('button', { name: 'Show only this action on the map' }).click();
  await expect(page.locator('.react-flow__node-partner')).toHaveCount(2);
  await expect(page.getByRole('status').filter({ hasText: 'The map shows only the partners of' })).toBeVisible();
  await page.getByRole('button', { name: 'Show all partners' }).first().click();
  await expect(page.locator('.react-flow__node-partner')).toHaveCount(3);
  await page.getByRole('tab', { name: /^Warnings/ }).click();
  await expect(warnings.getByRole('listitem').filter({ hasText: 'Nobody carries' })).toHaveCount(0);
  await waitSaved(page);
  await page.screenshot({ path: 'tests/.output/beyond.png' });

  // The governance advisor marks this network's values in the Provan & Kenis table.
  await page.getByRole('tab', { name: 'Goal & network' }).click();
  await page.getByRole('combobox', { name: 'Trust' }).selectOption('high');
  await page.getByRole('combobox', { name: 'Goal consensus' }).selectOption('high');
  await page.getByRole('combobox', { name: 'Need for network-level competencies' }).selectOption('low');
  await expect(page.locator('.advice')).toContainText('Best fit: Shared governance (by the participants), 4 of 4 criteria.');
  await page.getByRole('group', { name: /Governance form you chose/ }).getByRole('radio', { name: 'Network administrative organisation (NAO)' }).check();
  await expect(page.locator('.advice')).toContainText('The chosen form fits fewer criteria than Shared governance');
  await page.screenshot({ path: 'tests/.output/governance.png' });
});
