import * as encoding from 'lib0/encoding';
import { afterEach, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import * as Y from 'yjs';
import { closeAdvice, CloseCode } from '../../src/server/closeCodes';
import type { ValidateUpdate } from '../../src/server/syncServer';
import { clientPool, createRoom, settled, sleep, startTestServer, type TestClient, waitFor, wsUrl } from './helpers';

/** A raw WebSocket that authenticates like the provider (Hocuspocus Auth message) and then sends `message`. */
async function closeCodeAfter(url: string, room: string, token: string, message: Uint8Array): Promise<number> {
  const ws = new WebSocket(wsUrl(url, room));
  const closed = new Promise<number>((done) => ws.on('close', (code) => done(code)));
  await new Promise((done) => ws.on('open', done));
  const auth = encoding.createEncoder();
  encoding.writeVarString(auth, room);
  encoding.writeVarUint(auth, 2); // MessageType.Auth
  encoding.writeVarUint(auth, 0); // AuthMessageType.Token
  encoding.writeVarString(auth, token);
  const authenticated = new Promise((done) => ws.once('message', done));
  ws.send(encoding.toUint8Array(auth));
  await authenticated;
  ws.send(message);
  return closed;
}

function message(room: string, write: (encoder: encoding.Encoder) => void): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarString(encoder, room);
  write(encoder);
  return encoding.toUint8Array(encoder);
}

type TestServer = Awaited<ReturnType<typeof startTestServer>>;

describe('sync server: limits and refusals', { timeout: 20_000 }, () => {
  let server: TestServer | null = null;
  const { open, closeAll } = clientPool();

  afterEach(async () => {
    closeAll();
    await server?.cleanUp();
    server = null;
  });

  /** Two bystanders of the room who must keep working whatever the third one does. */
  async function bystanders(room: string) {
    const a = open(server!.url, room, 'edit');
    const b = open(server!.url, room, 'edit');
    await settled(a);
    await settled(b);
    return { a, b };
  }

  async function stillServing(a: TestClient, b: TestClient, key: string) {
    a.doc.getMap('partners').set(key, 'still here');
    await waitFor(() => b.doc.getMap('partners').get(key) === 'still here', 5000, `${key} to reach b`);
    expect(a.closes).toEqual([]);
    expect(b.closes).toEqual([]);
  }

  it('a 10 MB update closes that connection with a size code, the provider stops, the others keep working', async () => {
    server = await startTestServer();
    await createRoom(server.url, 'big', 'edit', 'view');
    const { a, b } = await bystanders('big');
    const hostile = open(server.url, 'big', 'edit');
    await settled(hostile);

    hostile.doc.getMap('partners').set('huge', 'x'.repeat(10 * 1024 * 1024));
    await waitFor(() => hostile.closes.length > 0, 10000, 'the hostile client to be closed');
    expect(closeAdvice(hostile.closes[0]!).kind).toBe('too-large');
    expect(hostile.closes[0]).toBe(CloseCode.MessageTooBig);

    await stillServing(a, b, 'after-big');
    expect(a.doc.getMap('partners').has('huge')).toBe(false);
    // Acting on closeAdvice, the provider does not reconnect (it would resend the 10 MB forever).
    await sleep(2500);
    expect(hostile.opens).toBe(1);
    expect(hostile.closes).toHaveLength(1);
  });

  it('an update over the update limit but under the frame limit closes with 4413; nothing of it is applied', async () => {
    server = await startTestServer({ limits: { maxUpdateBytes: 16 * 1024 } });
    await createRoom(server.url, 'mid', 'edit', 'view');
    const { a, b } = await bystanders('mid');
    const hostile = open(server.url, 'mid', 'edit');
    await settled(hostile);
    hostile.doc.getMap('partners').set('large', 'y'.repeat(16 * 1024 + 200));
    await waitFor(() => hostile.closes.length > 0, 5000, 'close');
    expect(hostile.closes).toEqual([CloseCode.TooLarge]);
    await stillServing(a, b, 'after-mid');
    expect(b.doc.getMap('partners').has('large')).toBe(false);
  });

  it('a document that would grow over the document limit is refused with 4413; what came before stays', async () => {
    server = await startTestServer({ limits: { maxDocumentBytes: 40 * 1024 } });
    await createRoom(server.url, 'full', 'edit', 'view');
    const { a, b } = await bystanders('full');
    const writer = open(server.url, 'full', 'edit');
    await settled(writer);
    for (let i = 0; i < 3; i += 1) {
      writer.doc.getMap('partners').set(`chunk${i}`, String(i).repeat(10 * 1024));
      await settled(writer);
    }
    writer.doc.getMap('partners').set('chunk3', 'z'.repeat(15 * 1024));
    await waitFor(() => writer.closes.length > 0, 5000, 'close');
    expect(writer.closes).toEqual([CloseCode.TooLarge]);
    await waitFor(() => b.doc.getMap('partners').has('chunk2'), 5000, 'chunk2 at b');
    expect(b.doc.getMap('partners').has('chunk3')).toBe(false);
    // Small edits still fit.
    await stillServing(a, b, 'small');
  });

  it('a flood beyond the rate limit closes only that connection (4429)', async () => {
    server = await startTestServer({ limits: { maxUpdatesPerSecond: 20 } });
    await createRoom(server.url, 'flood', 'edit', 'view');
    const { a, b } = await bystanders('flood');
    const flooder = open(server.url, 'flood', 'edit');
    await settled(flooder);
    for (let i = 0; i < 1000; i += 1) flooder.doc.getMap('partners').set('counter', i);
    await waitFor(() => flooder.closes.length > 0, 5000, 'close');
    expect(flooder.closes).toEqual([CloseCode.RateLimited]);
    await stillServing(a, b, 'after-flood');
    // A steady editor under the limit is never closed.
    for (let i = 0; i < 15; i += 1) {
      a.doc.getMap('partners').set('steady', i);
      await sleep(100);
    }
    await waitFor(() => b.doc.getMap('partners').get('steady') === 14, 5000, 'steady edits at b');
    expect(a.closes).toEqual([]);
  });

  it('a room at its connection cap refuses one more (4503); a place that frees up can be taken', async () => {
    server = await startTestServer({ limits: { maxConnectionsPerRoom: 3 } });
    await createRoom(server.url, 'cap', 'edit', 'view');
    await createRoom(server.url, 'other', 'edit', 'view');
    const members = [open(server.url, 'cap', 'edit'), open(server.url, 'cap', 'view'), open(server.url, 'cap', 'edit')];
    for (const member of members) await waitFor(() => member.provider.isSynced, 5000, 'member synced');
    const extra = open(server.url, 'cap', 'edit');
    await waitFor(() => extra.closes.length > 0, 5000, 'close');
    expect(extra.authFailures).toEqual(['room-full']);
    expect(extra.closes).toEqual([CloseCode.RoomFull]);
    // Another room is not affected.
    const elsewhere = open(server.url, 'other', 'edit');
    await settled(elsewhere);
    // The members still work.
    members[0]!.doc.getMap('partners').set('p', 1);
    await waitFor(() => members[1]!.doc.getMap('partners').get('p') === 1, 5000, 'p at the viewer');
    members[2]!.destroy();
    await sleep(200);
    const next = open(server.url, 'cap', 'edit');
    await settled(next);
    expect(next.doc.getMap('partners').get('p')).toBe(1);
  });

  it('validateUpdate sees each update before it is applied; a refusal closes with 4422 and applies nothing', async () => {
    const calls: { room: string; hadEvilBefore: boolean }[] = [];
    const validateUpdate: ValidateUpdate = (room, doc, update) => {
      calls.push({ room, hadEvilBefore: doc.getMap('partners').has('evil') });
      const probe = new Y.Doc();
      Y.applyUpdate(probe, Y.encodeStateAsUpdate(doc));
      Y.applyUpdate(probe, update);
      const evil = probe.getMap('partners').get('evil');
      return evil === undefined ? { ok: true } : { ok: false, reason: 'partner "evil" is not a valid record' };
    };
    server = await startTestServer({ validateUpdate });
    await createRoom(server.url, 'checked', 'edit', 'view');
    const { a, b } = await bystanders('checked');
    const hostile = open(server.url, 'checked', 'edit');
    await settled(hostile);
    hostile.doc.getMap('partners').set('fine', 'a good record');
    await waitFor(() => b.doc.getMap('partners').get('fine') === 'a good record', 5000, 'fine at b');

    hostile.doc.transact(() => {
      hostile.doc.getMap('partners').set('evil', { not: 'a partner' });
      hostile.doc.getMap('partners').set('alsoInTheSameUpdate', 'x');
    });
    await waitFor(() => hostile.closes.length > 0, 5000, 'close');
    expect(hostile.closes).toEqual([CloseCode.InvalidContent]);
    expect(calls.every((call) => call.room === 'checked' && !call.hadEvilBefore)).toBe(true);
    await stillServing(a, b, 'after-invalid');
    const newcomer = open(server.url, 'checked', 'edit');
    await settled(newcomer);
    expect(newcomer.doc.getMap('partners').has('evil')).toBe(false);
    expect(newcomer.doc.getMap('partners').has('alsoInTheSameUpdate')).toBe(false);
    expect(newcomer.doc.getMap('partners').get('fine')).toBe('a good record');
  });

  it('a message that cannot be read closes that connection with 4400', async () => {
    server = await startTestServer();
    await createRoom(server.url, 'garbled', 'edit', 'view');
    const { a, b } = await bystanders('garbled');
    // A sync update whose length says more bytes than the message has.
    const truncated = message('garbled', (encoder) => {
      encoding.writeVarUint(encoder, 0); // Sync
      encoding.writeVarUint(encoder, 2); // update
      encoding.writeVarUint(encoder, 1000);
      encoding.writeUint8(encoder, 1);
    });
    expect(await closeCodeAfter(server.url, 'garbled', 'edit', truncated)).toBe(CloseCode.BadMessage);
    // Presence that Hocuspocus fails to read (it would only close its document connection, not the socket).
    const badAwareness = message('garbled', (encoder) => {
      encoding.writeVarUint(encoder, 1); // Awareness
      encoding.writeVarUint8Array(encoder, new Uint8Array([5, 200, 200, 200]));
    });
    expect(await closeCodeAfter(server.url, 'garbled', 'edit', badAwareness)).toBe(CloseCode.BadMessage);
    const text = new WebSocket(wsUrl(server.url, 'garbled'));
    await new Promise((done) => text.on('open', done));
    text.send('not binary');
    expect(await new Promise((done) => text.on('close', done))).toBe(CloseCode.BadMessage);
    await stillServing(a, b, 'after-garbage');
  });

  it('validateUpdate runs one update at a time per room, each seeing the ones before it applied', async () => {
    let running = 0;
    let mostAtOnce = 0;
    let accepted = 0;
    const seen: { keys: number; accepted: number }[] = [];
    server = await startTestServer({
      validateUpdate: async (_room, doc, update) => {
        running += 1;
        mostAtOnce = Math.max(mostAtOnce, running);
        seen.push({ keys: doc.getMap('partners').size, accepted });
        await sleep(15);
        running -= 1;
        // Updates that add a key (not the empty ones of the sync handshake) count.
        if (Y.decodeUpdate(update).structs.length > 0) accepted += 1;
        return { ok: true };
      },
    });
    await createRoom(server.url, 'serial', 'edit', 'view');
    const writers = [open(server.url, 'serial', 'edit'), open(server.url, 'serial', 'edit'), open(server.url, 'serial', 'edit')];
    for (const writer of writers) await settled(writer);
    writers.forEach((writer, w) => {
      for (let i = 0; i < 5; i += 1) writer.doc.getMap('partners').set(`w${w}-${i}`, i);
    });
    await waitFor(() => accepted === 15, 10_000, 'all 15 updates');
    expect(mostAtOnce).toBe(1);
    // Every check saw every update accepted before it already in the document.
    for (const check of seen) expect(check.keys).toBe(check.accepted);
  });

  it('a validateUpdate that throws refuses the update instead of letting it through', async () => {
    server = await startTestServer({
      validateUpdate: () => {
        throw new Error('checker bug');
      },
    });
    await createRoom(server.url, 'broken', 'edit', 'view');
    const doc = new Y.Doc();
    doc.getMap('partners').set('x', 1);
    const client = open(server.url, 'broken', 'edit', { doc });
    await waitFor(() => client.closes.length > 0, 5000, 'close');
    expect(client.closes).toEqual([CloseCode.InvalidContent]);
    const reader = open(server.url, 'broken', 'view');
    await waitFor(() => reader.provider.isSynced, 5000, 'reader synced');
    expect(reader.doc.getMap('partners').has('x')).toBe(false);
  });
});
