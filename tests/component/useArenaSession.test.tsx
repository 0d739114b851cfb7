// @vitest-environment jsdom
/**
 * The editor's session with main.tsx's head start (earlyOpening.ts): it edits with the head start's lock
 * and read, and a tab that took the lock over before the editor mounted leaves this one read-only, never
 * a second editor. The lock, the database and the autosave are stand-ins; the store is the real one.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { act, cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { TextField } from '../../src/ui/TextField';
import { createArena, type Arena } from '../../src/domain/arena';
import { useDocumentStore } from '../../src/store/documentStore';
import { setGoal } from '../../src/store/arenaActions';

const arena: Arena = createArena('Head start', '2025-01-01T00:00:00.000Z', 'arena-h');
const fake = vi.hoisted(() => ({
  early: null as null | {
    lock: Promise<{ result: 'held' | 'busy'; release(): void }>;
    doc: Promise<unknown>;
    setOnLost(handler: () => void): void;
  },
  acquired: 0,
  reads: 0,
  presence: null as null | ((present: boolean) => void),
  saves: 0,
  reinstated: 0,
}));

vi.mock('../../src/editor/earlyOpening', () => ({
  takeEarlyOpening: () => {
    const early = fake.early;
    fake.early = null;
    return early;
  },
}));
vi.mock('../../src/persistence/editLock', () => ({
  acquireEditLock: vi.fn(async () => {
    fake.acquired++;
    return { result: 'held', release() {} };
  }),
  announceHandOver: vi.fn(),
  waitForHandOver: vi.fn(async () => {}),
  // A read-only tab waits in line; in these tests nobody lets go.
  waitForEditLock: vi.fn(() => new Promise(() => {})),
}));
vi.mock('../../src/persistence/repository', () => ({
  loadArena: vi.fn(async () => {
    fake.reads++;
    return structuredClone(arena);
  }),
  watchArena: vi.fn((_id: string, onChange: (doc: Arena) => void) => {
    onChange(structuredClone(arena));
    return () => {};
  }),
  watchPresence: vi.fn((_id: string, onChange: (present: boolean) => void) => {
    fake.presence = onChange;
    onChange(true);
    return () => {
      fake.presence = null;
    };
  }),
  resyncRevision: vi.fn(async () => {}),
  reinstateArena: vi.fn(async () => {
    fake.reinstated++;
  }),
}));
vi.mock('../../src/persistence/autosave', () => ({
  flushAutosave: vi.fn(async () => {}),
  saveOpenArena: vi.fn(() => {
    fake.saves++;
  }),
}));

const { useArenaSession } = await import('../../src/editor/useArenaSession');

const seen: string[] = [];
let restore: () => void = () => {};
function Probe() {
  const session = useArenaSession(arena.id);
  restore = session.restore;
  const { state } = session;
  if (seen.at(-1) !== state.status) seen.push(state.status);
  return <p>{state.status}</p>;
}

afterEach(() => {
  cleanup();
  seen.length = 0;
  fake.acquired = 0;
  fake.reads = 0;
  fake.early = null;
  fake.saves = 0;
  fake.reinstated = 0;
});

describe('the session and the head start', () => {
  it('edits with the lock and the arena the head start already has, asking for neither again', async () => {
    fake.early = { lock: Promise.resolve({ result: 'held', release() {} }), doc: Promise.resolve(structuredClone(arena)), setOnLost() {} };
    render(<Probe />);
    await waitFor(() => expect(seen.at(-1)).toBe('editing'));
    expect(fake.acquired).toBe(0);
    expect(fake.reads).toBe(0);
    expect(useDocumentStore.getState().doc?.id).toBe(arena.id);
    expect(useDocumentStore.getState().readOnly).toBe(false);
  });

  it('a lock another tab took over before the editor mounted leaves this tab read-only, never editing', async () => {
    fake.early = {
      lock: Promise.resolve({ result: 'held', release() {} }),
      doc: Promise.resolve(structuredClone(arena)),
      // The take-over came first: the session hears of it the moment it listens.
      setOnLost: (handler) => handler(),
    };
    render(<Probe />);
    await waitFor(() => expect(seen.at(-1)).toBe('readOnly'));
    // Give any late step of the opening its chance to (wrongly) switch to editing.
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(seen).toEqual(['loading', 'readOnly']);
    expect(useDocumentStore.getState().readOnly).toBe(true);
  });

  it('without a head start it takes the lock and reads the arena itself', async () => {
    render(<Probe />);
    await waitFor(() => expect(seen.at(-1)).toBe('editing'));
    expect(fake.acquired).toBe(1);
    expect(fake.reads).toBe(1);
  });

  it('an arena deleted elsewhere stops editing at once: the store refuses changes and says why', async () => {
    render(<Probe />);
    await waitFor(() => expect(seen.at(-1)).toBe('editing'));
    act(() => fake.presence?.(false));
    await waitFor(() => expect(seen.at(-1)).toBe('deleted'));
    const store = useDocumentStore.getState();
    expect(store.readOnly).toBe(true);
    expect(store.save).toEqual({ status: 'error', reason: 'deleted' });
    expect(setGoal('typed after the delete')).toBeUndefined();
    expect(useDocumentStore.getState().doc?.goal).toBe(arena.goal);
  });

  it('Restore stores this tab’s version again and edits on; a restore elsewhere does the same', async () => {
    render(<Probe />);
    await waitFor(() => expect(seen.at(-1)).toBe('editing'));
    act(() => fake.presence?.(false));
    await waitFor(() => expect(seen.at(-1)).toBe('deleted'));
    act(() => restore());
    await waitFor(() => expect(seen.at(-1)).toBe('editing'));
    expect(fake.reinstated).toBe(1);
    expect(fake.saves).toBe(1);
    expect(useDocumentStore.getState().readOnly).toBe(false);

    act(() => fake.presence?.(false));
    await waitFor(() => expect(seen.at(-1)).toBe('deleted'));
    act(() => fake.presence?.(true));
    await waitFor(() => expect(seen.at(-1)).toBe('editing'));
    expect(fake.reinstated).toBe(1);
    expect(fake.saves).toBe(2);
  });

  it('leaving the arena without leaving a field (Back) puts what was typed in the document before it closes', async () => {
    function Goal() {
      const goal = useDocumentStore((st) => st.doc?.goal ?? '');
      return <TextField label="Goal" value={goal} onCommit={(g) => setGoal(g)} />;
    }
    const { unmount } = render(
      <>
        <Probe />
        <Goal />
      </>,
    );
    await waitFor(() => expect(seen.at(-1)).toBe('editing'));
    const goals: string[] = [];
    const stop = useDocumentStore.subscribe((st) => {
      if (st.doc) goals.push(st.doc.goal);
    });
    fireEvent.change(screen.getByLabelText('Goal'), { target: { value: 'typed, then Back' } });
    unmount();
    stop();
    expect(goals).toContain('typed, then Back');
    expect(useDocumentStore.getState().doc).toBeNull();
  });
});
