// @vitest-environment jsdom
/**
 * "Edit here instead" with the real edit lock (editLock.ts) on a small stand-in for the Web Locks API: a
 * second click while the first take-over is under way must not steal the lock from this very tab and
 * leave it read-only with nobody editing.
 */
import { afterEach, expect, it, vi } from 'vitest';
import { createElement as h } from 'react';
import { act, cleanup, render, waitFor } from '@testing-library/react';
import { createArena, type Arena } from '../../src/domain/arena';
import { useDocumentStore } from '../../src/store/documentStore';

const arena: Arena = createArena('Two clicks', '2025-01-01T00:00:00.000Z', 'arena-t');

/** A small Web Locks stand-in: exclusive, ifAvailable, steal (holder's request rejects AbortError), signal. */
type Req = { cb: (l: unknown) => unknown; resolve: (v: unknown) => void; reject: (e: unknown) => void; signal?: AbortSignal };
class Locks {
  held = new Map<string, Req>();
  queue = new Map<string, Req[]>();
  private grant(name: string, r: Req) {
    this.held.set(name, r);
    Promise.resolve()
      .then(() => r.cb({ name }))
      .then(
        (v) => { if (this.held.get(name) === r) { this.held.delete(name); this.next(name); } r.resolve(v); },
        (e) => { if (this.held.get(name) === r) { this.held.delete(name); this.next(name); } r.reject(e); },
      );
  }
  private next(name: string) {
    const q = this.queue.get(name) ?? [];
    const r = q.shift();
    if (r) this.grant(name, r);
  }
  request(name: string, options: { ifAvailable?: boolean; steal?: boolean; signal?: AbortSignal }, cb: (l: unknown) => unknown) {
    return new Promise((resolve, reject) => {
      const r: Req = { cb, resolve, reject, signal: options.signal };
      if (options.steal) {
        const old = this.held.get(name);
        this.held.delete(name);
        if (old) old.reject(new DOMException('stolen', 'AbortError'));
        this.grant(name, r);
      } else if (this.held.has(name)) {
        if (options.ifAvailable) return void Promise.resolve(cb(null)).then(resolve, reject);
        const q = this.queue.get(name) ?? [];
        q.push(r);
        this.queue.set(name, q);
        options.signal?.addEventListener('abort', () => {
          const i = q.indexOf(r);
          if (i >= 0) { q.splice(i, 1); reject(new DOMException('aborted', 'AbortError')); }
        });
      } else this.grant(name, r);
    });
  }
  async query() {
    return { held: [...this.held.keys()].map((name) => ({ name })), pending: [] };
  }
}
const locks = new Locks();
Object.defineProperty(globalThis.navigator, 'locks', { value: locks, configurable: true });

vi.mock('../../src/editor/earlyOpening', () => ({ takeEarlyOpening: () => null }));
vi.mock('../../src/persistence/repository', () => ({
  loadArena: vi.fn(async () => structuredClone(arena)),
  watchArena: vi.fn((_id: string, onChange: (doc: Arena) => void) => { onChange(structuredClone(arena)); return () => {}; }),
  watchPresence: vi.fn((_id: string, onChange: (p: boolean) => void) => { onChange(true); return () => {}; }),
  resyncRevision: vi.fn(async () => {}),
  reinstateArena: vi.fn(async () => {}),
}));
vi.mock('../../src/persistence/autosave', () => ({ flushAutosave: vi.fn(async () => {}), saveOpenArena: vi.fn() }));

const { useArenaSession } = await import('../../src/editor/useArenaSession');

let takeOver = () => {};
const seen: string[] = [];
function Probe() {
  const s = useArenaSession(arena.id);
  takeOver = s.takeOver;
  if (seen.at(-1) !== s.state.status) seen.push(s.state.status);
  return h('p', null, s.state.status);
}
afterEach(() => cleanup());

it('a double click on "Edit here instead" ends with this tab editing and holding the lock', async () => {
  // Another tab edits the arena: it holds the lock until it is stolen.
  void locks.request(`arena-edit:${arena.id}`, {}, () => new Promise(() => {})).catch(() => {});
  render(h(Probe));
  await waitFor(() => expect(seen.at(-1)).toBe('readOnly'));
  act(() => {
    takeOver();
    takeOver();
  });
  // The hand-over waits up to 1.5 s for the other tab's "written", which this stand-in never sends.
  await waitFor(() => expect(seen.at(-1)).toBe('editing'), { timeout: 4000 });
  expect(seen).toEqual(['loading', 'readOnly', 'editing']);
  expect(useDocumentStore.getState().readOnly).toBe(false);
  expect(locks.held.has(`arena-edit:${arena.id}`)).toBe(true);
  expect(locks.queue.get(`arena-edit:${arena.id}`) ?? []).toHaveLength(0);
}, 10_000);
