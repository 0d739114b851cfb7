// @vitest-environment jsdom
/**
 * The Warnings panel and the presentation overlay on the realistic arena with three more hard-to-replace
 * partners outside the core: five warnings and four notes. Both open on the same first three warnings
 * (prioritise); the panel puts the rest behind a button, the overlay counts it.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { act, cleanup, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useDocumentStore } from '../../src/store/documentStore';
import { acknowledge } from '../../src/store/arenaActions';
import { Warnings } from '../../src/panels/Warnings';
import { PresentationOverlay } from '../../src/editor/PresentationOverlay';
import { childPovertyArena } from '../fixtures/arenas/childPoverty';

vi.mock('../../src/persistence/hooks', () => ({ useDigests: () => [] }));

afterEach(() => cleanup());

function open() {
  const arena = childPovertyArena();
  for (const id of ['svk', 'vdab', 'wgc']) {
    arena.partners[id]!.resources = { [`${id}-r`]: { id: `${id}-r`, kind: 'access', importance: 4, replaceability: 1, note: '', updatedAt: arena.createdAt } };
  }
  act(() => useDocumentStore.getState().hydrate(arena));
}

const titles = (root: HTMLElement) => within(root).getAllByRole('heading', { level: 3 }).map((h) => h.textContent);

describe('Warnings panel', () => {
  it('opens on three warnings and three notes; a button shows the rest and hides it again', async () => {
    open();
    const user = userEvent.setup();
    render(<Warnings />);
    const panel = screen.getByRole('region', { name: 'Warnings' });
    expect(within(panel).getByText('5 open')).toBeInTheDocument();
    const warnings = panel.querySelector('.findings-warnings') as HTMLElement;
    expect(titles(warnings)).toEqual([
      'Hard to replace, but outside the core: Sociaal Verhuurkantoor Gent',
      'Hard to replace, but outside the core: VDAB Gent',
      'Hard to replace, but outside the core: Wijkgezondheidscentrum De Kaai',
    ]);
    expect(titles(panel.querySelector('.findings-notes') as HTMLElement)).toHaveLength(3);

    const more = within(panel).getByRole('button', { name: 'Show 2 more warnings' });
    expect(more).toHaveAttribute('aria-expanded', 'false');
    expect(more).toHaveAttribute('aria-controls', warnings.id);
    await user.click(more);
    // In the order of the partner list, not of their ids.
    expect(titles(warnings)).toEqual([
      'Hard to replace, but outside the core: Sociaal Verhuurkantoor Gent',
      'Hard to replace, but outside the core: VDAB Gent',
      'Hard to replace, but outside the core: Wijkgezondheidscentrum De Kaai',
      'Hard to replace, but outside the core: CLB Gent',
      'In “Schoolkosten en schoolmaaltijden”: one-sided expertise (Poverty)',
    ]);
    expect(within(panel).getByRole('button', { name: 'Show fewer warnings' })).toHaveAttribute('aria-expanded', 'true');
    await user.click(within(panel).getByRole('button', { name: 'Show fewer warnings' }));
    expect(titles(warnings)).toHaveLength(3);
    expect(within(panel).getByRole('button', { name: 'Show 1 more note' })).toBeInTheDocument();
  });

  it('an accepted warning leaves the budget and the next one moves up', () => {
    open();
    act(() => acknowledge('dependencyOutsideCore:svk', 'Housing joins later.'));
    render(<Warnings />);
    const panel = screen.getByRole('region', { name: 'Warnings' });
    expect(titles(panel.querySelector('.findings-warnings') as HTMLElement)).toEqual([
      'Hard to replace, but outside the core: VDAB Gent',
      'Hard to replace, but outside the core: Wijkgezondheidscentrum De Kaai',
      'Hard to replace, but outside the core: CLB Gent',
    ]);
    expect(titles(panel.querySelector('details.accepted') as HTMLElement)).toEqual(['Hard to replace, but outside the core: Sociaal Verhuurkantoor Gent']);
  });
});

describe('presentation overlay', () => {
  it('shows the panel’s first three warnings and counts the rest', () => {
    open();
    render(<PresentationOverlay />);
    const overlay = screen.getByRole('complementary', { name: 'Warnings' });
    expect(within(overlay).getAllByRole('listitem').map((li) => li.textContent)).toEqual([
      'Warning Hard to replace, but outside the core: Sociaal Verhuurkantoor Gent',
      'Warning Hard to replace, but outside the core: VDAB Gent',
      'Warning Hard to replace, but outside the core: Wijkgezondheidscentrum De Kaai',
    ]);
    expect(within(overlay).getByText('and 2 more warnings')).toBeInTheDocument();
  });
});
