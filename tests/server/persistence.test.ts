import { copyFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { DATABASE_FILE } from '../../src/server/syncServer';
import { clientPool, createRoom, settled, startTestServer, tempDir, waitFor } from './helpers';

describe('sync server: the SQLite file', { timeout: 20_000 }, () => {
  const cleanUps: (() => unknown)[] = [];
  const { open, closeAll } = clientPool();

  afterEach(async () => {
    closeAll();
    for (const cleanUp of cleanUps.splice(0).reverse()) await cleanUp();
  });

  async function contentAt(dataDir: string, room: string, secret: string): Promise<unknown> {
    const server = await startTestServer({ dataDir });
    cleanUps.push(() => server.stop());
    const reader = open(server.url, room, secret);
    await settled(reader);
    return reader.doc.getMap('partners').toJSON();
  }

  it('stop() stores what was just written (inside the debounce); a new server on the same file has it', async () => {
    const data = tempDir();
    cleanUps.push(() => data.remove());
    const first = await startTestServer({ dataDir: data.path, debounce: 10_000, maxDebounce: 20_000 });
    await createRoom(first.url, 'kept', 'edit', 'view');
    const writer = open(first.url, 'kept', 'edit');
    await settled(writer);
    writer.doc.getMap('partners').set('p1', { name: 'Library' });
    await settled(writer);
    // Still connected and long before the debounce: only stop() can have stored it.
    await first.stop();
    writer.destroy();

    expect(await contentAt(data.path, 'kept', 'edit')).toEqual({ p1: { name: 'Library' } });
    // The rooms table is in the same file: the view secret still opens the room.
    expect(await contentAt(data.path, 'kept', 'view')).toEqual({ p1: { name: 'Library' } });
  });

  it('the file holds sha256 hashes of the secrets, never the secrets', async () => {
    const server = await startTestServer();
    cleanUps.push(() => server.cleanUp());
    await createRoom(server.url, 'hashed', 'edit-secret-123', 'view-secret-456');
    const db = new BetterSqlite3(server.databaseFile, { readonly: true });
    const row = db.prepare('SELECT * FROM rooms WHERE name = ?').get('hashed') as Record<string, unknown>;
    db.close();
    expect((row.edit_hash as Buffer).length).toBe(32);
    const everything = JSON.stringify(row) + Buffer.from(row.edit_hash as Buffer).toString('latin1');
    expect(everything).not.toContain('edit-secret-123');
    expect(everything).not.toContain('view-secret-456');
  });

  it('an online backup (SQLite backup API, as sqlite3 .backup does) and a copy of the stopped file both open', async () => {
    const data = tempDir();
    cleanUps.push(() => data.remove());
    const server = await startTestServer({ dataDir: data.path });
    await createRoom(server.url, 'backedup', 'edit', 'view');
    const writer = open(server.url, 'backedup', 'edit');
    await settled(writer);
    writer.doc.getMap('partners').set('p1', 'before the backup');
    await settled(writer);
    // The last client leaving stores the room at once, and it leaves memory.
    writer.destroy();
    await waitFor(() => server.stats().documents === 0, 5000, 'the room to be unloaded');
    const probe = new BetterSqlite3(server.databaseFile, { readonly: true });
    await waitFor(
      () => probe.prepare('SELECT 1 FROM documents WHERE name = ?').get('backedup') !== undefined,
      5000,
      'the room to be stored',
    );
    const online = tempDir();
    cleanUps.push(() => online.remove());
    await probe.backup(join(online.path, DATABASE_FILE));
    probe.close();
    await server.stop();

    const copy = tempDir();
    cleanUps.push(() => copy.remove());
    mkdirSync(copy.path, { recursive: true });
    copyFileSync(server.databaseFile, join(copy.path, DATABASE_FILE));

    expect(await contentAt(online.path, 'backedup', 'edit')).toEqual({ p1: 'before the backup' });
    expect(await contentAt(copy.path, 'backedup', 'view')).toEqual({ p1: 'before the backup' });
  });
});
