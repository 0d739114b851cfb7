import BetterSqlite3 from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { connect, createRoom, settled, startTestServer, tempDir, waitFor, type TestClient } from './helpers';
import { instanceFor, startPinningProxy } from './pinningProxy';

type TestServer = Awaited<ReturnType<typeof startTestServer>>;

function roomsIn(databaseFile: string): string[] {
  const db = new BetterSqlite3(databaseFile, { readonly: true });
  const names = (db.prepare('SELECT name FROM rooms ORDER BY name').all() as { name: string }[]).map((row) => row.name);
  db.close();
  return names;
}

describe('scale-out: rooms pinned to one of two instances by a proxy', { timeout: 60_000 }, () => {
  const dataDirs = [tempDir(), tempDir()];
  const instances: TestServer[] = [];
  const clients: TestClient[] = [];
  let proxy: Awaited<ReturnType<typeof startPinningProxy>>;
  const open = (room: string) => {
    const client = connect(proxy.url, room, `edit-${room}`);
    clients.push(client);
    return client;
  };

  afterAll(async () => {
    for (const client of clients) client.destroy();
    await proxy?.stop();
    for (const instance of instances) await instance.stop();
    for (const dir of dataDirs) dir.remove();
  });

  it('clients of a room meet on one instance, rooms spread over both, a dead instance pauses only its rooms', async () => {
    for (const dir of dataDirs) instances.push(await startTestServer({ dataDir: dir.path }));
    proxy = await startPinningProxy(instances.map((instance) => instance.url));

    const rooms = Array.from({ length: 12 }, (_, i) => `room${i}`);
    for (const room of rooms) await createRoom(proxy.url, room, `edit-${room}`, `view-${room}`);
    // Each instance holds exactly the rooms that hash to it, in its own SQLite file.
    const expected = [0, 1].map((index) => rooms.filter((room) => instanceFor(room, 2) === index).sort());
    expect(expected[0]!.length).toBeGreaterThan(0);
    expect(expected[1]!.length).toBeGreaterThan(0);
    expect(roomsIn(instances[0]!.databaseFile)).toEqual(expected[0]);
    expect(roomsIn(instances[1]!.databaseFile)).toEqual(expected[1]);

    const onFirst = expected[0]![0]!;
    const onSecond = expected[1]![0]!;
    const first = [open(onFirst), open(onFirst), open(onFirst)];
    const second = [open(onSecond), open(onSecond)];
    for (const client of [...first, ...second]) await settled(client);
    expect(instances[0]!.stats().connections).toBe(3);
    expect(instances[1]!.stats().connections).toBe(2);

    first.forEach((client, i) => client.doc.getMap('partners').set(`from${i}`, i));
    second[0]!.doc.getMap('partners').set('other', 'room');
    await waitFor(() => first.every((client) => client.doc.getMap('partners').size === 3), 5000, 'room on 1 converges');
    await waitFor(() => second[1]!.doc.getMap('partners').get('other') === 'room', 5000, 'room on 2 converges');
    expect(first[0]!.doc.getMap('partners').has('other')).toBe(false);

    // The first instance dies: its room pauses, the other room goes on, and edits made meanwhile are kept.
    const port = instances[0]!.port;
    await instances[0]!.stop();
    await waitFor(() => first.every((client) => !client.provider.isSynced), 5000, 'room on 1 offline');
    first[0]!.doc.getMap('partners').set('offline0', 'kept');
    first[1]!.doc.getMap('partners').set('offline1', 'kept too');
    second[1]!.doc.getMap('partners').set('meanwhile', 'still live');
    await waitFor(() => second[0]!.doc.getMap('partners').get('meanwhile') === 'still live', 5000, 'room on 2 live');

    // Back on the same port and file: the clients reconnect through the proxy by themselves and resync.
    instances[0] = await startTestServer({ dataDir: dataDirs[0]!.path, port });
    await waitFor(
      () => first.every((client) => client.doc.getMap('partners').size === 5),
      15_000,
      'room on 1 to resync',
    );
    for (const client of first) await settled(client);
    for (const client of first) {
      expect(client.doc.getMap('partners').toJSON()).toEqual({ from0: 0, from1: 1, from2: 2, offline0: 'kept', offline1: 'kept too' });
    }
    expect(instances[0]!.stats().connections).toBe(3);
    expect(instances[1]!.stats().connections).toBe(2);
  });
});
