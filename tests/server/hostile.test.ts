/**
 * A hostile or buggy client against the real content check (createContentCheck, as main.ts runs it): what
 * it writes is refused with 4422, only its connection is closed, and the room's arena stays valid for
 * everyone. And the client's own defence, for a server without the check (an old or buggy one): an
 * unreadable record it relays is left out and counted, the rest of the arena reads as before.
 */
import { afterEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { closeAdvice, CloseCode } from '../../src/server/closeCodes';
import { createContentCheck } from '../../src/server/contentCheck';
import { insertRecord } from '../../src/sync/doc/encode';
import { roots } from '../../src/sync/doc/layout';
import { at, byName, canonicalRead, createArenaReader, edit, importable, newPartner, readArena, seed, workshopArena } from './arenas';
import { clientPool, connect, createRoom, settled, sleep, startTestServer, type TestClient, waitFor } from './helpers';

const SEEDED = 12;

type TestServer = Awaited<ReturnType<typeof startTestServer>>;

/** A valid partner record as plain fields (what insertRecord writes), with `change` applied on top. */
function partnerFields(id: string, change: Record<string, unknown> = {}): Record<string, unknown> {
  return { ...newPartner(id, `Valid ${id}`, at(500), { x: 100, y: 100 }), ...change };
}

describe('hostile clients against the content check', { timeout: 30_000 }, () => {
  let server: TestServer | null = null;
  const { open, closeAll } = clientPool();

  afterEach(async () => {
    closeAll();
    await server?.cleanUp();
    server = null;
  });

  /** A checked server, a room seeded with a 12-partner arena by `a`, and `b` in it too. */
  async function room(name: string, limits: Parameters<typeof startTestServer>[0] = {}) {
    server = await startTestServer({ validateUpdate: createContentCheck(), ...limits });
    await createRoom(server.url, name, 'edit', 'view');
    const a = open(server.url, name, 'edit');
    await settled(a);
    seed(a.doc, workshopArena(SEEDED));
    await settled(a);
    const b = open(server.url, name, 'edit');
    await settled(b);
    await waitFor(() => readArena(b.doc).seeded, 5000, 'b to receive the arena');
    const hostile = open(server.url, name, 'edit');
    await settled(hostile);
    return { a, b, hostile };
  }

  /**
   * The others go on: an edit of `a` reaches `b`, neither was closed, and `b` and a newcomer read every
   * valid partner (the seeded ones and `extra`), nothing rejected, an importable arena.
   */
  async function roomStaysValid(name: string, a: TestClient, b: TestClient, extra: string[] = []) {
    edit(a.doc, (d) => {
      d.partners.after = newPartner('after', 'Added after the refusal', at(900), { x: -100, y: 40 });
    });
    await waitFor(() => byName(readArena(b.doc).arena).has('Added after the refusal'), 5000, 'a’s edit to reach b');
    expect(a.closes).toEqual([]);
    expect(b.closes).toEqual([]);
    const newcomer = open(server!.url, name, 'view');
    await settled(newcomer);
    const expected = [...Array.from({ length: SEEDED }, (_, i) => `Partner ${i + 1}`), ...extra, 'Added after the refusal'].sort();
    for (const client of [b, newcomer]) {
      const read = canonicalRead(client.doc);
      expect(read.rejected).toEqual({});
      expect([...byName(read.arena).keys()].sort()).toEqual(expected);
      expect(importable(read.arena)).toBe(true);
    }
  }

  /** Each writes something no arena holds, with raw Yjs calls as a buggy or hostile peer could. */
  const hostileWrites: Record<string, (doc: Y.Doc) => void> = {
    'a partner renamed to a number': (doc) => (roots(doc).partners.get('p1') as Y.Map<unknown>).set('name', 42),
    'a new partner whose position is {x: "a"}': (doc) =>
      doc.transact(() => insertRecord('partners', roots(doc).partners, 'bad', partnerFields('bad', { position: { x: 'a', y: 0 } }))),
    'a new partner without a name': (doc) => {
      const fields = partnerFields('nameless');
      delete fields.name;
      doc.transact(() => insertRecord('partners', roots(doc).partners, 'nameless', fields));
    },
    'a partner under the key __proto__': (doc) =>
      doc.transact(() => insertRecord('partners', roots(doc).partners, '__proto__', partnerFields('__proto__'))),
    'a partner with a field __proto__': (doc) => {
      const map = roots(doc).partners.get('p2') as Y.Map<unknown>;
      map.set('__proto__', { polluted: true });
    },
    'an expertise key __proto__': (doc) => ((roots(doc).partners.get('p3') as Y.Map<unknown>).get('expertise') as Y.Map<unknown>).set('__proto__', true),
    'a partner removed without a tombstone': (doc) => roots(doc).partners.delete('p4'),
    'a write to a root an arena does not have': (doc) => doc.getMap('evil').set('payload', 'x'),
    'a list as a root an arena does not have': (doc) => doc.getArray('partners2').insert(0, [1, 2, 3]),
    'a meta format newer than the server reads': (doc) => roots(doc).meta.set('format', 99),
  };

  for (const [what, write] of Object.entries(hostileWrites)) {
    it(`${what}: closes only that connection (4422), the room stays valid`, async () => {
      const { a, b, hostile } = await room('hostile');
      // A valid edit first: it is kept, whatever comes after.
      edit(hostile.doc, (d) => {
        d.partners.fine = newPartner('fine', 'Fine before', at(600), { x: 0, y: 150 });
      });
      await settled(hostile);
      write(hostile.doc);
      await waitFor(() => hostile.closes.length > 0, 5000, 'the hostile client to be closed');
      expect(hostile.closes).toEqual([CloseCode.InvalidContent]);
      expect(closeAdvice(hostile.closes[0]!).reconnect).toBe(false);
      await roomStaysValid('hostile', a, b, ['Fine before']);
      // It stopped, as the app's client does on that advice: it does not send the same content again.
      await sleep(1500);
      expect(hostile.opens).toBe(1);
    });
  }

  it('a 10 MB partner note closes that connection with a size code; the others keep the valid arena', async () => {
    const { a, b, hostile } = await room('big');
    edit(hostile.doc, (d) => {
      d.partners.p5!.notes = 'x'.repeat(10 * 1024 * 1024);
    });
    await waitFor(() => hostile.closes.length > 0, 10_000, 'the hostile client to be closed');
    expect(hostile.closes).toEqual([CloseCode.MessageTooBig]);
    await roomStaysValid('big', a, b);
    expect(readArena(b.doc).arena.partners.p5!.notes).toBe('');
  });

  it('a flood of moves beyond the rate limit closes only that connection (4429); what it sent before is valid', async () => {
    const { a, b, hostile } = await room('flood', { limits: { maxUpdatesPerSecond: 20 } });
    const reader = createArenaReader(hostile.doc);
    for (let i = 0; i < 500; i += 1) {
      edit(hostile.doc, (d) => {
        d.partners.p6!.position = { x: i, y: i };
      }, reader);
    }
    reader.dispose();
    await waitFor(() => hostile.closes.length > 0, 5000, 'the flooder to be closed');
    expect(hostile.closes).toEqual([CloseCode.RateLimited]);
    await roomStaysValid('flood', a, b);
  });
});

describe('a server without the content check relays an invalid record: the client’s own defence', { timeout: 20_000 }, () => {
  let server: TestServer | null = null;
  const clients: TestClient[] = [];

  afterEach(async () => {
    for (const client of clients.splice(0)) client.destroy();
    await server?.cleanUp();
    server = null;
  });

  it('the reader leaves the one invalid partner out, counts it, shows every other partner, and never throws', async () => {
    server = await startTestServer();
    await createRoom(server.url, 'unchecked', 'edit', 'view');
    const sharer = connect(server.url, 'unchecked', 'edit');
    clients.push(sharer);
    await settled(sharer);
    seed(sharer.doc, workshopArena(SEEDED));
    await settled(sharer);
    const reader = connect(server.url, 'unchecked', 'view');
    const hostile = connect(server.url, 'unchecked', 'edit');
    clients.push(reader, hostile);
    await settled(reader);
    await settled(hostile);
    // The app keeps one incremental reader per shared arena, reading after every transaction.
    const arenaReader = createArenaReader(reader.doc);
    const reads: ReturnType<typeof arenaReader.read>[] = [];
    reader.doc.on('afterTransaction', () => reads.push(arenaReader.read()));
    expect(arenaReader.read().rejected).toEqual({});

    hostile.doc.transact(() => insertRecord('partners', roots(hostile.doc).partners, 'bad', partnerFields('bad', { name: 42, position: { x: 'a', y: 0 } })));
    await waitFor(() => roots(reader.doc).partners.has('bad'), 5000, 'the relayed record');
    const read = arenaReader.read();
    expect(read.rejected).toEqual({ partners: 1 });
    expect(Object.keys(read.arena.partners).sort()).toEqual(Array.from({ length: SEEDED }, (_, i) => `p${i + 1}`).sort());
    expect(importable(read.arena)).toBe(true);
    // Nothing else changed: the other partners are the very objects of the read before.
    const before = reads[0] ?? read;
    for (const id of Object.keys(read.arena.partners)) expect(read.arena.partners[id]).toBe(before.arena.partners[id]);

    // The relay goes on: a valid edit after it is read, the bad record still counted once.
    edit(sharer.doc, (d) => {
      d.partners.p1!.name = 'Renamed after the bad record';
    });
    await waitFor(() => arenaReader.read().arena.partners.p1?.name === 'Renamed after the bad record', 5000, 'the valid edit');
    expect(arenaReader.read().rejected).toEqual({ partners: 1 });
    // A reader started afresh (the app opening the arena again) reads the same.
    expect(readArena(reader.doc)).toMatchObject({ rejected: { partners: 1 } });
    expect(Object.keys(readArena(reader.doc).arena.partners)).toHaveLength(SEEDED);
    arenaReader.dispose();
  });
});
