import { test, expect } from '@playwright/test';
import { addPartners, dragFromList, listItem, newArena, ringPoint } from './helpers';

test('four safety partners in the core raise the hammer-and-nails warning; a welfare partner softens it, live', async ({ page }) => {
  await newArena(page, 'Liveability of the neighbourhood', 'Liveability of the neighbourhood');
  const safety = ['Local police', 'Fire brigade', 'Community wardens', 'Prevention service'];
  await addPartners(page, [...safety, 'Welfare centre']);
  const inspector = page.getByRole('region', { name: 'Partner' });
  for (const name of safety) {
    await listItem(page, name).getByRole('button', { name, exact: true }).click();
    await inspector.getByRole('group', { name: 'Expertise' }).getByRole('button', { name: 'Safety' }).click();
  }
  await listItem(page, 'Welfare centre').getByRole('button', { name: 'Welfare centre', exact: true }).click();
  await inspector.getByRole('group', { name: 'Expertise' }).getByRole('button', { name: 'Welfare' }).click();

  const warnings = page.getByRole('region', { name: 'Warnings' });
  await expect(warnings).toContainText('Composition checks start from 3 partners at the table');
  for (const [i, name] of safety.entries()) await dragFromList(page, name, await ringPoint(page, 'core', -150 + i * 40));

  const finding = warnings.getByRole('listitem').filter({ hasText: 'One-sided expertise: safety' });
  await expect(finding).toBeVisible();
  await expect(finding).toContainText('Severe');
  await expect(finding).toContainText('A hammer only sees nails');
  await expect(warnings.getByRole('listitem').filter({ hasText: 'No user or resident perspective' })).toBeVisible();
  await page.screenshot({ path: 'tests/.output/warnings-severe.png' });

  // Hovering a partner named in the warning highlights it on the map.
  await finding.getByRole('button', { name: 'Show Local police on the map' }).hover();
  await expect(page.locator('.react-flow__node-partner.selected, .partner-node.is-highlighted').filter({ hasText: 'Local police' })).toHaveCount(1);

  await dragFromList(page, 'Welfare centre', await ringPoint(page, 'core', 60));
  await expect(finding).toContainText('Warning');
  await expect(finding).not.toContainText('Severe');
  await expect(finding).toContainText('80');
  await page.screenshot({ path: 'tests/.output/warnings-warning.png' });
});

test('a warning accepted on purpose stays visible with its reason after a reload', async ({ page }) => {
  await newArena(page, 'Safety table', 'Fewer burglaries in the station area by 2027');
  await addPartners(page, ['Police', 'Wardens', 'Camera team']);
  for (const [i, name] of ['Police', 'Wardens', 'Camera team'].entries()) await dragFromList(page, name, await ringPoint(page, 'core', -120 + i * 60));
  const warnings = page.getByRole('region', { name: 'Warnings' });
  const finding = warnings.getByRole('listitem').filter({ hasText: 'No user or resident perspective' });
  await finding.getByRole('button', { name: 'Accept on purpose…' }).click();
  await finding.getByRole('button', { name: 'Save' }).click();
  await expect(finding.getByRole('alert')).toHaveText('Write a short reason, so the group remembers why.');
  await finding.getByLabel('Why is this on purpose?').fill('Residents join in the second phase.');
  await finding.getByRole('button', { name: 'Save' }).click();
  await expect(warnings.getByText('Accepted on purpose: Residents join in the second phase.')).toBeVisible();
  await page.reload();
  await expect(page.getByRole('region', { name: 'Warnings' }).getByText('Accepted on purpose: Residents join in the second phase.')).toBeVisible();
});
