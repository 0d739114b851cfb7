// @vitest-environment jsdom
import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { cleanup, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { HomeScreen } from '../../src/home/HomeScreen';
import { ArenaDb, setDb } from '../../src/persistence/db';
import { createNewArena, listArenas, loadArena, resetRecovery, saveArena } from '../../src/persistence/repository';
import { createArena, createPartner, type Arena } from '../../src/domain/arena';
import { en } from '../../src/i18n/en';

let db: ArenaDb;

beforeEach(() => {
  db = new ArenaDb(`home-test-${Math.random().toString(36).slice(2)}`);
  setDb(db);
  resetRecovery();
  localStorage.clear();
  window.location.hash = '';
});

afterEach(async () => {
  cleanup();
  setDb(null);
  await db.delete();
});

function arenaWith(title: string, goal: string, partners: number): Arena {
  const now = new Date().toISOString();
  const arena = createArena(title, now);
  arena.goal = goal;
  for (let i = 0; i < partners; i++) {
    const p = createPartner({ name: `Partner ${i}` }, now);
    arena.partners[p.id] = p;
  }
  return arena;
}

const actionsFor = (title: string) => within(screen.getByRole('group', { name: en['home.actionsFor'].replace('{title}', title) }));

describe('HomeScreen', () => {
  it('shows the empty state when there are no arenas', async () => {
    render(<HomeScreen />);
    expect(await screen.findByText(en['home.empty'])).toBeInTheDocument();
    expect(screen.queryByRole('list')).not.toBeInTheDocument();
  });

  it('lists each arena with title, goal, partner count and when it changed', async () => {
    await saveArena(arenaWith('Noord', 'Fewer evictions in Noord', 2));
    await saveArena(arenaWith('Zuid', '', 1));
    render(<HomeScreen />);

    const noord = (await screen.findByRole('heading', { name: 'Noord' })).closest('li')!;
    expect(within(noord).getByText('Fewer evictions in Noord')).toBeInTheDocument();
    expect(within(noord).getByText('2 partners')).toBeInTheDocument();
    expect(within(noord).getByText(/^Changed \S/)).toBeInTheDocument();
    expect(within(noord).getByRole('link')).toHaveAttribute('href', expect.stringMatching(/^#\/arena\//));

    const zuid = screen.getByRole('heading', { name: 'Zuid' }).closest('li')!;
    expect(within(zuid).getByText('1 partner')).toBeInTheDocument();
    expect(within(zuid).getByText(en['home.noGoal'])).toBeInTheDocument();
    expect(screen.queryByText(en['home.empty'])).not.toBeInTheDocument();
  });

  it('"New arena" creates one and opens it on the strategic question ("/new")', async () => {
    const user = userEvent.setup();
    render(<HomeScreen />);
    await screen.findByText(en['home.empty']);
    await user.click(screen.getByRole('button', { name: en['home.new'] }));

    await waitFor(() => expect(window.location.hash).toMatch(/^#\/arena\/.+\/new$/));
    const id = decodeURIComponent(window.location.hash.replace('#/arena/', '').replace(/\/new$/, ''));
    const stored = await loadArena(id);
    expect(stored?.title).toBe(en['home.newTitle']);
    expect(await screen.findByRole('heading', { name: en['home.newTitle'] })).toBeInTheDocument();
  });

  it('renames an arena', async () => {
    const user = userEvent.setup();
    await createNewArena('Old title');
    render(<HomeScreen />);
    await screen.findByRole('heading', { name: 'Old title' });

    await user.click(actionsFor('Old title').getByRole('button', { name: en['home.rename'] }));
    const field = screen.getByRole('textbox', { name: en['home.renameLabel'].replace('{title}', 'Old title') });
    await user.clear(field);
    await user.type(field, 'Brand new title');
    await user.click(screen.getByRole('button', { name: en['common.save'] }));

    expect(await screen.findByRole('heading', { name: 'Brand new title' })).toBeInTheDocument();
    expect(screen.queryByRole('heading', { name: 'Old title' })).not.toBeInTheDocument();
    expect((await listArenas()).map((a) => a.title)).toEqual(['Brand new title']);
  });

  it('refuses an empty title', async () => {
    const user = userEvent.setup();
    await createNewArena('Keep me');
    render(<HomeScreen />);
    await screen.findByRole('heading', { name: 'Keep me' });

    await user.click(actionsFor('Keep me').getByRole('button', { name: en['home.rename'] }));
    const field = screen.getByRole('textbox');
    await user.clear(field);
    await user.type(field, '   ');
    await user.click(screen.getByRole('button', { name: en['common.save'] }));

    expect(screen.getByRole('alert')).toHaveTextContent(en['error.titleEmpty']);
    expect(field).toHaveAttribute('aria-invalid', 'true');
    expect((await listArenas()).map((a) => a.title)).toEqual(['Keep me']);
  });

  it('duplicates an arena as "<title> (copy)"', async () => {
    const user = userEvent.setup();
    await saveArena(arenaWith('Original', 'A goal', 3));
    render(<HomeScreen />);
    await screen.findByRole('heading', { name: 'Original' });

    await user.click(actionsFor('Original').getByRole('button', { name: en['home.duplicate'] }));

    const copy = (await screen.findByRole('heading', { name: 'Original (copy)' })).closest('li')!;
    expect(within(copy).getByText('3 partners')).toBeInTheDocument();
    expect(within(copy).getByText('A goal')).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: 'Original' })).toBeInTheDocument();
  });

  it('deletes an arena and brings it back with Undo', async () => {
    const user = userEvent.setup();
    const doomed = arenaWith('Doomed', 'Gone soon', 2);
    await saveArena(doomed);
    await createNewArena('Stays');
    render(<HomeScreen />);
    await screen.findByRole('heading', { name: 'Doomed' });

    await user.click(actionsFor('Doomed').getByRole('button', { name: en['home.delete'] }));

    await waitFor(() => expect(screen.queryByRole('heading', { name: 'Doomed' })).not.toBeInTheDocument());
    const toast = screen.getByRole('status');
    expect(toast).toHaveTextContent('"Doomed" deleted.');
    expect(await loadArena(doomed.id)).toBeUndefined();

    await user.click(within(toast).getByRole('button', { name: en['home.undoDelete'] }));

    expect(await screen.findByRole('heading', { name: 'Doomed' })).toBeInTheDocument();
    expect(await loadArena(doomed.id)).toEqual(doomed);
    await waitFor(() => expect(screen.queryByRole('status')).not.toBeInTheDocument());
  });

  it('shows an arena title as text, never as markup', async () => {
    await createNewArena('<img src=x onerror=alert(1)>');
    const { container } = render(<HomeScreen />);
    expect(await screen.findByRole('heading', { name: '<img src=x onerror=alert(1)>' })).toBeInTheDocument();
    expect(container.querySelector('img')).toBeNull();
  });
});
