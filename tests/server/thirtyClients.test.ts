import { afterAll, describe, expect, it } from 'vitest';
import { prng } from '../prng';
import { connect, createRoom, settled, sleep, startTestServer, type TestClient } from './helpers';

const CLIENTS = 30;
const DURATION_MS = 60_000;
/** About 3 edits per second per client: 90 per second into the room, each sent on to 29 others. */
const MEAN_INTERVAL_MS = 333;
const KEYS = 50;

describe('thirty clients editing one room for a minute', { timeout: 120_000 }, () => {
  const clients: TestClient[] = [];
  let server: Awaited<ReturnType<typeof startTestServer>>;

  afterAll(async () => {
    for (const client of clients) client.destroy();
    await server?.cleanUp();
  });

  it('all converge to the same state, which is also the server’s', async () => {
    server = await startTestServer();
    await createRoom(server.url, 'workshop', 'edit', 'view');
    for (let i = 0; i < CLIENTS; i += 1) clients.push(connect(server.url, 'workshop', 'edit'));
    for (const client of clients) await settled(client, 10_000);

    const random = prng(14);
    let edits = 0;
    const end = Date.now() + DURATION_MS;
    await Promise.all(
      clients.map(async (client, index) => {
        const partners = client.doc.getMap('partners');
        while (Date.now() < end) {
          await sleep(random() * 2 * MEAN_INTERVAL_MS);
          const key = `p${Math.floor(random() * KEYS)}`;
          if (random() < 0.1) partners.delete(key);
          else partners.set(key, { x: Math.round(random() * 1000), y: Math.round(random() * 1000), by: index });
          edits += 1;
        }
      }),
    );
    for (const client of clients) await settled(client, 20_000);
    // Settled means each client's own updates were acknowledged; wait until everyone's reached everyone.
    // Keys come in different orders on different replicas: compare sorted.
    const canonical = (client: TestClient) =>
      JSON.stringify(Object.entries(client.doc.getMap('partners').toJSON()).sort(([a], [b]) => a.localeCompare(b)));
    const deadline = Date.now() + 20_000;
    while (new Set(clients.map(canonical)).size > 1 && Date.now() < deadline) await sleep(100);
    const expected = clients[0]!.doc.getMap('partners').toJSON();

    expect(edits).toBeGreaterThan(CLIENTS * (DURATION_MS / MEAN_INTERVAL_MS) * 0.8);
    for (const client of clients) {
      expect(client.doc.getMap('partners').toJSON()).toEqual(expected);
      expect(client.closes).toEqual([]);
    }
    const newcomer = connect(server.url, 'workshop', 'view');
    clients.push(newcomer);
    await settled(newcomer, 10_000);
    expect(newcomer.doc.getMap('partners').toJSON()).toEqual(expected);
  });
});
