import { afterAll, describe, expect, it } from 'vitest';
import type { Draft } from 'immer';
import type { Arena } from '../../src/domain/arena';
import { EXPERTISE_KEYS } from '../../src/domain/vocabularies';
import { createContentCheck } from '../../src/server/contentCheck';
import { prng } from '../prng';
import { at, canonicalRead, createArenaReader, edit, importable, newPartner, seed, workshopArena } from './arenas';
import { connect, createRoom, settled, sleep, startTestServer, waitFor, type TestClient } from './helpers';

const CLIENTS = 30;
const DURATION_MS = 60_000;
/** About 3 edits per second per client: 90 per second into the room, each sent on to 29 others. */
const MEAN_INTERVAL_MS = 333;
const SEEDED = 40;
const TAGS = EXPERTISE_KEYS.slice(0, 6);

type Recipe = (d: Draft<Arena>) => void;

/** One random edit of the kinds a workshop makes: add, move, tag, rename, delete a partner. */
function randomEdit(random: () => number, client: number, serial: number, now: string): Recipe {
  const roll = random();
  const pick = (d: Draft<Arena>) => {
    const ids = Object.keys(d.partners).sort();
    return ids.length > 0 ? d.partners[ids[Math.floor(random() * ids.length)]!] : undefined;
  };
  if (roll < 0.1) {
    const id = `c${client}-${serial}`;
    const position = { x: Math.round(random() * 1200 - 600), y: Math.round(random() * 1200 - 600) };
    return (d) => {
      d.partners[id] = newPartner(id, `Added ${client}.${serial}`, now, position);
    };
  }
  if (roll < 0.15) {
    return (d) => {
      const p = pick(d);
      if (p) delete d.partners[p.id];
    };
  }
  if (roll < 0.3) {
    const key = TAGS[Math.floor(random() * TAGS.length)]!;
    return (d) => {
      const p = pick(d);
      if (!p) return;
      const i = p.expertise.indexOf(key);
      if (i >= 0) p.expertise.splice(i, 1);
      else p.expertise.push(key);
      p.updatedAt = now;
    };
  }
  if (roll < 0.4) {
    return (d) => {
      const p = pick(d);
      if (p) [p.name, p.updatedAt] = [`Renamed ${client}.${serial}`, now];
    };
  }
  const x = Math.round(random() * 1200 - 600);
  const y = Math.round(random() * 1200 - 600);
  return (d) => {
    const p = pick(d);
    if (p) [p.position, p.updatedAt] = [{ x, y }, now];
  };
}

describe('thirty clients editing one arena for a minute', { timeout: 150_000 }, () => {
  const clients: TestClient[] = [];
  let server: Awaited<ReturnType<typeof startTestServer>>;

  afterAll(async () => {
    for (const client of clients) client.destroy();
    await server?.cleanUp();
  });

  it('all converge to the same arena, which passes import validation and is also the server’s', async () => {
    // The content check main.ts runs: every one of these edits is checked before it is applied.
    server = await startTestServer({ validateUpdate: createContentCheck() });
    await createRoom(server.url, 'workshop', 'edit', 'view');
    const sharer = connect(server.url, 'workshop', 'edit');
    clients.push(sharer);
    await settled(sharer);
    seed(sharer.doc, workshopArena(SEEDED));
    await settled(sharer);
    for (let i = 1; i < CLIENTS; i += 1) clients.push(connect(server.url, 'workshop', 'edit'));
    for (const client of clients) await settled(client, 10_000);
    for (const client of clients) await waitFor(() => client.doc.getMap('partners').size === SEEDED, 10_000, 'the seeded arena');

    const random = prng(14);
    let edits = 0;
    const end = Date.now() + DURATION_MS;
    await Promise.all(
      clients.map(async (client, index) => {
        // As the app: one incremental reader per replica, read before each edit.
        const reader = createArenaReader(client.doc);
        let serial = 0;
        while (Date.now() < end) {
          await sleep(random() * 2 * MEAN_INTERVAL_MS);
          serial += 1;
          if (edit(client.doc, randomEdit(random, index, serial, at(10_000 + edits)), reader)) edits += 1;
        }
        reader.dispose();
      }),
    );
    for (const client of clients) await settled(client, 20_000);
    // Settled means each client's own updates were acknowledged; wait until everyone's reached everyone.
    const json = (client: TestClient) => JSON.stringify(canonicalRead(client.doc));
    const deadline = Date.now() + 20_000;
    while (new Set(clients.map(json)).size > 1 && Date.now() < deadline) await sleep(100);

    expect(edits).toBeGreaterThan(CLIENTS * (DURATION_MS / MEAN_INTERVAL_MS) * 0.8);
    const expected = canonicalRead(clients[0]!.doc);
    expect(expected.rejected).toEqual({});
    expect(importable(expected.arena)).toBe(true);
    expect(Object.keys(expected.arena.partners).length).toBeGreaterThan(0);
    for (const client of clients) {
      expect(canonicalRead(client.doc)).toEqual(expected);
      // The server refused nothing and closed no one.
      expect(client.closes).toEqual([]);
    }
    const newcomer = connect(server.url, 'workshop', 'view');
    clients.push(newcomer);
    await settled(newcomer, 10_000);
    expect(canonicalRead(newcomer.doc)).toEqual(expected);
  });
});
