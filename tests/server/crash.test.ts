import { join } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { DATABASE_FILE } from '../../src/server/syncServer';
import { connect, createRoom, settled, sleep, tempDir, waitFor, type TestClient } from './helpers';
import { startServerProcess, type ServerProcess } from './processes';

describe('sync server process: SIGKILL and restart on the same SQLite file', { timeout: 90_000 }, () => {
  const data = tempDir();
  const clients: TestClient[] = [];
  const processes: ServerProcess[] = [];
  const open = (...args: Parameters<typeof connect>) => {
    const client = connect(...args);
    clients.push(client);
    return client;
  };
  /** The room as the SQLite file holds it. */
  const storedPartners = (): Record<string, unknown> => {
    const db = new BetterSqlite3(join(data.path, DATABASE_FILE), { readonly: true });
    const row = db.prepare('SELECT data FROM documents WHERE name = ?').get('crash') as { data: Buffer };
    db.close();
    const stored = new Y.Doc();
    Y.applyUpdate(stored, row.data);
    return stored.getMap('partners').toJSON();
  };
  const start = async (port: number) => {
    const server = await startServerProcess(['--port', String(port), '--data', data.path]);
    processes.push(server);
    return server;
  };

  afterAll(async () => {
    for (const client of clients) client.destroy();
    for (const server of processes) if (server.child.exitCode === null) server.child.kill('SIGKILL');
    data.remove();
  });

  it('loses nothing: what the server stored survives, clients reconnect by themselves and their offline edits merge', async () => {
    const first = await start(0);
    await createRoom(first.url, 'crash', 'edit', 'view');

    // A client that leaves before the crash: its edits can only come back from the SQLite file.
    const gone = open(first.url, 'crash', 'edit');
    await settled(gone);
    for (let i = 0; i < 20; i += 1) gone.doc.getMap('partners').set(`gone${i}`, { name: `Partner ${i}` });
    await settled(gone);
    gone.destroy();

    const stays = open(first.url, 'crash', 'edit');
    await settled(stays);
    stays.doc.getMap('partners').set('stays', 'before the crash');
    await settled(stays);
    // Beyond maxDebounce (2 s): the server has written the room.
    await sleep(2500);
    first.child.kill('SIGKILL');
    expect(await first.exited).toBeNull();
    // What the file holds after the kill, before any client could send anything again.
    const afterKill = storedPartners();
    expect(afterKill.gone19).toEqual({ name: 'Partner 19' });
    expect(afterKill.stays).toBe('before the crash');

    // Offline: the client keeps working.
    await waitFor(() => !stays.provider.isSynced, 5000, 'the client to notice');
    stays.doc.getMap('partners').set('offline', 'typed while the server was down');
    stays.doc.getMap('partners').delete('gone0');

    const second = await start(first.port);
    const fresh = open(second.url, 'crash', 'edit');
    await settled(fresh, 10_000);
    const partners = fresh.doc.getMap('partners');
    expect(partners.get('gone19')).toEqual({ name: 'Partner 19' });
    expect(partners.get('stays')).toBe('before the crash');
    // The surviving client reconnected on its own and sent what it did offline.
    await waitFor(() => partners.get('offline') !== undefined && !partners.has('gone0'), 15_000, 'offline edits');
    expect(stays.closes.length).toBeGreaterThan(0);
    fresh.doc.getMap('partners').set('afterRestart', 'from the fresh client');
    await waitFor(() => stays.doc.getMap('partners').get('afterRestart') !== undefined, 5000, 'back to the old client');
    await settled(stays);
    expect(stays.doc.getMap('partners').toJSON()).toEqual(partners.toJSON());

    // SIGTERM: the document is stored and the process ends with 0.
    fresh.doc.getMap('partners').set('lastWord', 'just before SIGTERM');
    await settled(fresh);
    second.child.kill('SIGTERM');
    expect(await second.exited).toBe(0);
    const stored = storedPartners();
    expect(stored.lastWord).toBe('just before SIGTERM');
    expect(stored.offline).toBe('typed while the server was down');

    // SIGINT (Ctrl+C) likewise.
    const third = await start(first.port);
    third.child.kill('SIGINT');
    expect(await third.exited).toBe(0);
    expect(third.output()).toContain('SIGINT: storing documents and stopping');
  });
});
