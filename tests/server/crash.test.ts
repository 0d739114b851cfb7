import { join } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import type { Arena } from '../../src/domain/arena';
import { DATABASE_FILE } from '../../src/server/syncServer';
import { at, byName, canonicalRead, edit, importable, newPartner, readArena, seed, workshopArena } from './arenas';
import { clientPool, createRoom, settled, sleep, tempDir, waitFor } from './helpers';
import { startServerProcess, type ServerProcess } from './processes';

describe('sync server process: SIGKILL and restart on the same SQLite file', { timeout: 90_000 }, () => {
  const data = tempDir();
  const processes: ServerProcess[] = [];
  const { open, closeAll } = clientPool();
  /** The room's arena as the SQLite file holds it, read as a client reads it. */
  const stored = (): Arena => {
    const db = new BetterSqlite3(join(data.path, DATABASE_FILE), { readonly: true });
    const row = db.prepare('SELECT data FROM documents WHERE name = ?').get('crash') as { data: Buffer };
    db.close();
    const doc = new Y.Doc();
    Y.applyUpdate(doc, row.data);
    const read = readArena(doc);
    expect(read.rejected).toEqual({});
    return read.arena;
  };
  const names = (arena: Arena) => [...byName(arena).keys()];
  const start = async (port: number) => {
    // main.ts: the real content check refuses anything that is not arena-shaped.
    const server = await startServerProcess(['--port', String(port), '--data', data.path]);
    processes.push(server);
    return server;
  };

  afterAll(async () => {
    closeAll();
    for (const server of processes) if (server.child.exitCode === null) server.child.kill('SIGKILL');
    data.remove();
  });

  it('loses nothing: what the server stored survives, clients reconnect by themselves and their offline edits merge', async () => {
    const first = await start(0);
    await createRoom(first.url, 'crash', 'edit', 'view');

    // A client that shares the arena and leaves before the crash: its edits can only come back from the file.
    const gone = open(first.url, 'crash', 'edit');
    await settled(gone);
    seed(gone.doc, workshopArena(3));
    for (let i = 0; i < 20; i += 1) {
      edit(gone.doc, (d) => {
        d.partners[`gone${i}`] = newPartner(`gone${i}`, `Gone ${i}`, at(1000 + i), { x: 10 * i, y: 200 });
      });
    }
    await settled(gone);
    gone.destroy();

    const stays = open(first.url, 'crash', 'edit');
    await settled(stays);
    edit(stays.doc, (d) => {
      d.partners.stays = newPartner('stays', 'Stays', at(2000), { x: 10, y: 20 });
    });
    await settled(stays);
    // Beyond maxDebounce (2 s): the server has written the room.
    await sleep(2500);
    first.child.kill('SIGKILL');
    expect(await first.exited).toBeNull();
    // What the file holds after the kill, before any client could send anything again.
    const afterKill = byName(stored());
    expect(afterKill.get('Gone 19')?.position).toEqual({ x: 190, y: 200 });
    expect(afterKill.get('Stays')?.position).toEqual({ x: 10, y: 20 });
    expect(afterKill.size).toBe(3 + 20 + 1);

    // Offline: the client keeps working (a partner added, one deleted, one moved).
    await waitFor(() => !stays.provider.isSynced, 5000, 'the client to notice');
    edit(stays.doc, (d) => {
      d.partners.offline = newPartner('offline', 'Typed while the server was down', at(3000), { x: -50, y: 60 });
    });
    edit(stays.doc, (d) => {
      delete d.partners.gone0;
    });
    edit(stays.doc, (d) => {
      d.partners.stays!.position = { x: 30, y: 40 };
    });

    const second = await start(first.port);
    const fresh = open(second.url, 'crash', 'edit');
    await settled(fresh, 10_000);
    const freshByName = () => byName(readArena(fresh.doc).arena);
    expect(freshByName().get('Gone 19')?.position).toEqual({ x: 190, y: 200 });
    expect(freshByName().has('Stays')).toBe(true);
    // The surviving client reconnected on its own and sent what it did offline.
    await waitFor(
      () => {
        const now = freshByName();
        return now.has('Typed while the server was down') && !now.has('Gone 0') && now.get('Stays')?.position?.x === 30;
      },
      15_000,
      'offline edits',
    );
    expect(stays.closes.length).toBeGreaterThan(0);
    edit(fresh.doc, (d) => {
      d.partners.after = newPartner('after', 'After the restart', at(4000), { x: 0, y: -300 });
    });
    await waitFor(() => byName(readArena(stays.doc).arena).has('After the restart'), 5000, 'back to the old client');
    await settled(stays);
    await settled(fresh);
    const a = canonicalRead(stays.doc);
    const b = canonicalRead(fresh.doc);
    expect(a).toEqual(b);
    expect(a.rejected).toEqual({});
    expect(importable(a.arena)).toBe(true);
    // Nothing lost: the 3 seeded, 19 of the 20 (one deleted on purpose), and the three added since.
    expect(names(a.arena).sort()).toEqual(
      ['Partner 1', 'Partner 2', 'Partner 3', ...Array.from({ length: 19 }, (_, i) => `Gone ${i + 1}`), 'Stays', 'Typed while the server was down', 'After the restart'].sort(),
    );

    // SIGTERM: the document is stored and the process ends with 0.
    edit(fresh.doc, (d) => {
      d.partners.stays!.name = 'Renamed just before SIGTERM';
    });
    await settled(fresh);
    second.child.kill('SIGTERM');
    expect(await second.exited).toBe(0);
    const last = byName(stored());
    expect(last.get('Renamed just before SIGTERM')?.position).toEqual({ x: 30, y: 40 });
    expect(last.has('Typed while the server was down')).toBe(true);

    // SIGINT (Ctrl+C) likewise.
    const third = await start(first.port);
    third.child.kill('SIGINT');
    expect(await third.exited).toBe(0);
    expect(third.output()).toContain('SIGINT: storing documents and stopping');
  });
});
