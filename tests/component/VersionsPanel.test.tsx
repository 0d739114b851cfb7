// @vitest-environment jsdom
import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { act, cleanup, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { VersionsPanel } from '../../src/versions/VersionsPanel';
import { useSyncStore } from '../../src/store/syncStore';
import { ArenaDb, setDb } from '../../src/persistence/db';
import { listVersions, loadVersion, snapshotSize } from '../../src/persistence/versions';
import { size } from '../../src/home/StorageNote';
import { hydrate, partnerAt, store } from './helpers';

let db: ArenaDb;
beforeEach(() => {
  db = new ArenaDb(`versions-panel-${Math.random().toString(36).slice(2)}`);
  setDb(db);
});
afterEach(async () => {
  cleanup();
  act(() => useSyncStore.getState().reset());
  setDb(null);
  await db.delete();
});

describe('VersionsPanel', () => {
  it('saves the arena as it is under a name, lists it with its size, and says how much space versions take', async () => {
    const arena = hydrate([partnerAt('CAW', { x: 0, y: 150 }, 1), partnerAt('School', null, 2)]);
    render(<VersionsPanel />);
    const user = userEvent.setup();
    await user.click(screen.getByRole('button', { name: 'Save a version' }));
    expect(await screen.findByText('Give the version a name.')).toBeInTheDocument();
    expect(await listVersions(arena.id)).toEqual([]);

    await user.type(screen.getByLabelText('Name of the version'), 'after workshop 1{Enter}');
    expect(await screen.findByText('Saved “after workshop 1”.')).toBeInTheDocument();
    const [saved] = await listVersions(arena.id);
    expect((await loadVersion(saved!.id))?.arena.partners).toEqual(store().doc!.partners);
    const row = (await screen.findByText('after workshop 1', { selector: 'strong' })).closest('li')!;
    const bytes = size(snapshotSize(store().doc!), 'en');
    expect(row.textContent).toContain(`2 partners · ${bytes}`);
    // (Testing Library reads the no-break space between number and unit as a space.)
    expect(screen.getByText(`Versions take space in this browser like arenas do: this one uses about ${bytes.replace('\u00a0', ' ')}.`)).toBeInTheDocument();
    expect(screen.queryByText(/kept on this device only/)).toBeNull();
  });

  it('says that a shared arena’s versions stay on this device', () => {
    hydrate([]);
    act(() => useSyncStore.getState().set({ share: { id: 'arena-c', room: 'r', role: 'edit', edit: 'e', view: 'v' } }));
    render(<VersionsPanel />);
    expect(screen.getByText('This arena is shared: its versions are kept on this device only. The others who share it do not see them.')).toBeInTheDocument();
  });
});
