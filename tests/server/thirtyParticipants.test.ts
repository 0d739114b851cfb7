/**
 * A live workshop's rush: thirty participants (Node provider clients on participant links, mode *add*)
 * each add one partner at a random moment within 10 s, as the participant's app writes it (one
 * transaction, partners only, carrying `addedBy`, placed on a ring picked from a list). The server's real
 * content check sees every update; nobody may be refused, and every replica must end with all thirty.
 */
import { enablePatches, produceWithPatches } from 'immer';
import { afterAll, describe, expect, it } from 'vitest';
import { createPartner, type Partner } from '../../src/domain/arena';
import { newId } from '../../src/domain/ids';
import { pointInRing, RINGS } from '../../src/domain/rings';
import { createContentCheck } from '../../src/server/contentCheck';
import { writeChanges } from '../../src/sync/doc';
import { participantToken } from '../../src/sync/doc/workshop';
import { prng } from '../prng';
import { at, canonicalRead, importable, readArena, seed, workshopArena } from './arenas';
import { connect, settled, sleep, startTestServer, waitFor, type TestClient } from './helpers';

enablePatches();

const PARTICIPANTS = 30;
const WINDOW_MS = 10_000;
const SEEDED = 20;
const ROOM = 'rush';
const [EDIT, VIEW, JOIN] = ['rush-edit', 'rush-view', 'rush-join'];
const FIRST_NAMES = [
  'Anna', 'Bram', 'Chloé', 'Dries', 'Elif', 'Femke', 'Gert', 'Hanne', 'Ilias', 'Jana',
  'Kobe', 'Lotte', 'Mehdi', 'Nele', 'Omar', 'Pieter', 'Quinten', 'Rania', 'Sofie', 'Tom',
  'Ursula', 'Vic', 'Wout', 'Xavier', 'Yasmine', 'Zeno', 'Amber', 'Bilal', 'Cato', 'Daan',
];

interface Participant {
  id: string;
  name: string;
  partnerName: string;
  client: TestClient;
}

/** A participant's add as its app writes it: the arena as its replica reads it, one partner more, partners only. */
function addPartner(participant: Participant, position: Partner['position'], now: string): void {
  const before = readArena(participant.client.doc).arena;
  const partner: Partner = {
    ...createPartner({ name: participant.partnerName }, now, newId()),
    position,
    addedBy: { id: participant.id, name: participant.name },
  };
  const [after, patches] = produceWithPatches(before, (d) => {
    d.partners[partner.id] = partner;
  });
  writeChanges(participant.client.doc, before, after, patches, { partnersOnly: true });
}

/** The partners added by participants, as `client` reads them: name → every `addedBy` under that name. */
function added(client: TestClient): Map<string, Partner['addedBy'][]> {
  const out = new Map<string, Partner['addedBy'][]>();
  for (const p of Object.values(readArena(client.doc).arena.partners)) {
    if (!p.addedBy) continue;
    out.set(p.name, [...(out.get(p.name) ?? []), p.addedBy]);
  }
  return out;
}

describe('thirty participants adding one partner each within 10 s', { timeout: 60_000 }, () => {
  const clients: TestClient[] = [];
  let server: Awaited<ReturnType<typeof startTestServer>>;

  afterAll(async () => {
    for (const client of clients) client.destroy();
    await server?.cleanUp();
  });

  it('all thirty reach every participant and the facilitator once each; none refused; the arena imports', async () => {
    server = await startTestServer({ validateUpdate: createContentCheck() });
    const put = await fetch(`${server.url}/api/rooms/${ROOM}`, { method: 'PUT', body: JSON.stringify({ edit: EDIT, view: VIEW, participant: JOIN }) });
    expect(put.status).toBe(201);
    const mode = await fetch(`${server.url}/api/rooms/${ROOM}/workshop`, {
      method: 'POST',
      headers: { Authorization: `Bearer ${EDIT}` },
      body: JSON.stringify({ mode: 'add' }),
    });
    expect(await mode.json()).toEqual({ mode: 'add', locked: false, participants: true });

    const facilitator = connect(server.url, ROOM, EDIT);
    clients.push(facilitator);
    await settled(facilitator);
    seed(facilitator.doc, workshopArena(SEEDED));
    await settled(facilitator);

    const participants: Participant[] = FIRST_NAMES.slice(0, PARTICIPANTS).map((name, i) => {
      const id = `phone-${String(i).padStart(2, '0')}-${name.normalize('NFD').replace(/[^A-Za-z]/g, '').toLowerCase()}`;
      const client = connect(server.url, ROOM, participantToken(JOIN, id));
      clients.push(client);
      return { id, name, partnerName: `Brought in by ${name}`, client };
    });
    for (const { client } of participants) {
      await settled(client, 10_000);
      expect(client.provider.authorizedScope).toBe('read-write');
      await waitFor(() => readArena(client.doc).arena.partners.p1 !== undefined, 10_000, 'the seeded arena');
    }

    const random = prng(15);
    const start = Date.now();
    const addedAt: number[] = [];
    await Promise.all(
      participants.map(async (participant, i) => {
        await sleep(random() * (WINDOW_MS - 1000));
        const ring = RINGS[i % RINGS.length]!;
        addPartner(participant, pointInRing(ring, null, -Math.PI + random() * 2 * Math.PI), at(60_000 + i));
        addedAt.push(Date.now() - start);
      }),
    );
    expect(Math.max(...addedAt)).toBeLessThan(WINDOW_MS);

    const everyone = [facilitator, ...participants.map((p) => p.client)];
    for (const client of everyone) await settled(client, 10_000);
    await waitFor(() => everyone.every((c) => added(c).size === PARTICIPANTS), 10_000, 'every replica to read all thirty');

    for (const client of everyone) {
      const byName = added(client);
      for (const p of participants) expect(byName.get(p.partnerName), `${p.partnerName} on one replica`).toEqual([{ id: p.id, name: p.name }]);
      // The server closed no one and refused nothing.
      expect(client.closes).toEqual([]);
      expect(client.authFailures).toEqual([]);
    }
    const expected = canonicalRead(facilitator.doc);
    expect(expected.rejected).toEqual({});
    expect(Object.keys(expected.arena.partners)).toHaveLength(SEEDED + PARTICIPANTS);
    expect(importable(expected.arena)).toBe(true);
    for (const { client } of participants) expect(canonicalRead(client.doc)).toEqual(expected);

    // What the server stored: a device joining now reads the same arena.
    const newcomer = connect(server.url, ROOM, VIEW);
    clients.push(newcomer);
    await settled(newcomer, 10_000);
    expect(canonicalRead(newcomer.doc)).toEqual(expected);
  });
});
