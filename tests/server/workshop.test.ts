/**
 * A live workshop on the sync server: participant links (`<secret>.<participantId>` tokens), what each
 * mode lets a participant do (enforced by the server's content check, whatever the participant's app
 * does), the lock, the end of a session, and the workshop API. The clients are real Hocuspocus providers.
 */
import { createHash } from 'node:crypto';
import { join } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type * as Y from 'yjs';
import type { Partner } from '../../src/domain/arena';
import { authFailureAdvice, closeAdvice, CloseCode } from '../../src/server/closeCodes';
import { createContentCheck } from '../../src/server/contentCheck';
import { DATABASE_FILE } from '../../src/server/syncServer';
import { insertRecord, tombstone } from '../../src/sync/doc/encode';
import { LOCAL_ORIGIN, roots, type Roots } from '../../src/sync/doc/layout';
import { readArena } from '../../src/sync/doc/read';
import { seedDoc } from '../../src/sync/doc/seed';
import { participantToken, writeWorkshop } from '../../src/sync/doc/workshop';
import { NOW, sampleArena } from '../unit/sync/doc/helpers';
import { connect, settled, sleep, startTestServer, tempDir, waitFor, type TestClient } from './helpers';

const ANNA = 'anna-0001';
const BEN = 'ben-00002';
const EDIT = 'edit';
const VIEW = 'view';
const JOIN = 'join';

type TestServer = Awaited<ReturnType<typeof startTestServer>>;

function newPartner(id: string, addedBy?: string): Partner {
  return {
    ...sampleArena().partners.kg!,
    id,
    name: `Partner ${id}`,
    position: null,
    createdAt: NOW,
    updatedAt: NOW,
    ...(addedBy ? { addedBy: { id: addedBy, name: addedBy.slice(0, 3) } } : {}),
  };
}

/** One edit, as the app writes it: one transaction of this device's own origin. */
function edit(client: TestClient, fn: (r: Roots) => void): void {
  client.doc.transact(() => fn(roots(client.doc)), LOCAL_ORIGIN);
}
const add = (id: string, addedBy?: string) => (r: Roots) => insertRecord('partners', r.partners, id, newPartner(id, addedBy));
const partner = (r: Roots, id: string) => r.partners.get(id) as Y.Map<unknown>;

function api(server: TestServer, room: string, method: string, body?: unknown, secret?: string, path = '/workshop') {
  return fetch(`${server.url}/api/rooms/${room}${path}`, {
    method,
    headers: secret ? { Authorization: `Bearer ${secret}` } : {},
    body: body === undefined ? undefined : JSON.stringify(body),
  });
}

describe('sync server: a live workshop', { timeout: 30_000 }, () => {
  let server: TestServer;
  const clients: TestClient[] = [];
  let rooms = 0;
  const open = (room: string, token: string) => {
    const client = connect(server.url, room, token);
    clients.push(client);
    return client;
  };

  beforeAll(async () => {
    server = await startTestServer({ validateUpdate: createContentCheck() });
  });
  afterEach(() => {
    for (const client of clients.splice(0)) client.destroy();
  });
  afterAll(() => server.cleanUp());

  /** A room with a participant secret, seeded with the sample arena by its facilitator (still connected). */
  async function workshopRoom(mode?: 'add' | 'own' | 'all') {
    const room = `w${++rooms}`;
    expect((await api(server, room, 'PUT', { edit: EDIT, view: VIEW, participant: JOIN }, undefined, '')).status).toBe(201);
    const facilitator = open(room, EDIT);
    await settled(facilitator);
    seedDoc(facilitator.doc, sampleArena());
    await settled(facilitator);
    if (mode) expect((await api(server, room, 'POST', { mode }, EDIT)).status).toBe(200);
    return { room, facilitator };
  }

  async function participant(room: string, id: string, secret = JOIN) {
    const client = open(room, participantToken(secret, id));
    await settled(client);
    expect(client.provider.authorizedScope).toBe('read-write');
    return client;
  }

  /** What the server holds, as a device that joins now reads it. */
  async function stored(room: string) {
    const newcomer = open(room, EDIT);
    await settled(newcomer);
    return readArena(newcomer.doc);
  }

  /** The device loses its connection (its own close is forgotten: what counts is the server's next one). */
  async function goOffline(client: TestClient) {
    client.socket.disconnect();
    await waitFor(() => !client.provider.isSynced && client.closes.length > 0, 5000, 'offline');
    client.closes.splice(0);
  }

  async function refusedWith(client: TestClient, code: number) {
    await waitFor(() => client.closes.length > 0, 5000, `close ${code}`);
    expect(client.closes).toEqual([code]);
  }

  it('mode add: a participant adds a partner carrying its id; everyone sees it, its connection stays', async () => {
    const { room, facilitator } = await workshopRoom();
    const anna = await participant(room, ANNA);
    edit(anna, add('p-anna', ANNA));
    await waitFor(() => readArena(facilitator.doc).arena.partners['p-anna'] !== undefined, 5000, 'the facilitator to see it');
    expect(readArena(facilitator.doc).arena.partners['p-anna']!.addedBy).toEqual({ id: ANNA, name: 'ann' });
    await settled(anna);
    expect(anna.closes).toEqual([]);
    expect((await stored(room)).arena.partners['p-anna']?.name).toBe('Partner p-anna');
  });

  it.each<[string, (r: Roots) => void]>([
    ["moves another's partner", (r) => partner(r, 'kg').set('position', { x: 10, y: 10 })],
    ["deletes another's partner", (r) => tombstone(partner(r, 'vdab'))],
    ['renames the arena', (r) => r.meta.set('title', 'Mine')],
    ['writes the workshop map', (r) => r.workshop.set('locked', false)],
    ["adds a partner with another participant's id", add('p-ben', BEN)],
  ])('mode add: a participant that %s is closed with 4403 and the room is unchanged', async (_name, fn) => {
    const { room } = await workshopRoom();
    const anna = await participant(room, ANNA);
    edit(anna, fn);
    await refusedWith(anna, CloseCode.NotAllowed);
    const read = await stored(room);
    expect(read.arena.title).toBe(sampleArena().title);
    expect(read.arena.partners.kg!.position).toEqual(sampleArena().partners.kg!.position);
    expect(Object.keys(read.arena.partners).sort()).toEqual(Object.keys(sampleArena().partners).sort());
    expect(read.workshop.locked).toBe(false);
  });

  it('mode add: a participant cannot change its own partner once added (4403)', async () => {
    const { room } = await workshopRoom();
    const anna = await participant(room, ANNA);
    edit(anna, add('p-anna', ANNA));
    await settled(anna);
    edit(anna, (r) => partner(r, 'p-anna').set('name', 'Renamed'));
    await refusedWith(anna, CloseCode.NotAllowed);
    expect((await stored(room)).arena.partners['p-anna']!.name).toBe('Partner p-anna');
  });

  it("mode own: a participant edits and deletes its own partners, not another's", async () => {
    const { room, facilitator } = await workshopRoom('own');
    const anna = await participant(room, ANNA);
    edit(anna, add('p-anna', ANNA));
    edit(anna, (r) => partner(r, 'p-anna').set('position', { x: 120, y: 0 }));
    await settled(anna);
    expect((await stored(room)).arena.partners['p-anna']!.position).toEqual({ x: 120, y: 0 });
    edit(anna, (r) => tombstone(partner(r, 'p-anna')));
    await settled(anna);
    expect((await stored(room)).arena.partners['p-anna']).toBeUndefined();
    expect(anna.closes).toEqual([]);

    const ben = await participant(room, BEN);
    edit(ben, add('p-ben', BEN));
    await settled(ben);
    const annaAgain = await participant(room, ANNA);
    await waitFor(() => roots(annaAgain.doc).partners.has('p-ben'), 5000, "Anna to see Ben's partner");
    edit(annaAgain, (r) => partner(r, 'p-ben').set('name', 'Taken over'));
    await refusedWith(annaAgain, CloseCode.NotAllowed);
    const kgBefore = readArena(facilitator.doc).arena.partners.kg!.notes;
    const annaThird = await participant(room, ANNA);
    edit(annaThird, (r) => partner(r, 'kg').set('notes', 'changed by a participant'));
    await refusedWith(annaThird, CloseCode.NotAllowed);
    const read = await stored(room);
    expect(read.arena.partners['p-ben']!.name).toBe('Partner p-ben');
    expect(read.arena.partners.kg!.notes).toBe(kgBefore);
  });

  it('mode all: a participant edits anything but the workshop map', async () => {
    const { room } = await workshopRoom('all');
    const anna = await participant(room, ANNA);
    edit(anna, (r) => partner(r, 'kg').set('position', { x: 33, y: 44 }));
    edit(anna, (r) => r.meta.set('title', 'Everyone together'));
    edit(anna, add('p-nobody'));
    await settled(anna);
    const read = await stored(room);
    expect(read.arena.partners.kg!.position).toEqual({ x: 33, y: 44 });
    expect(read.arena.title).toBe('Everyone together');
    expect(read.arena.partners['p-nobody']).toBeDefined();
    edit(anna, (r) => r.workshop.set('warningsHidden', false));
    await refusedWith(anna, CloseCode.NotAllowed);
  });

  it('lock: every change of a participant is refused with 4423, in every mode; the facilitator is not limited; unlocked, participants add again', async () => {
    const { room, facilitator } = await workshopRoom();
    const early = await participant(room, BEN);
    expect(await (await api(server, room, 'POST', { locked: true }, EDIT)).json()).toEqual({ mode: 'add', locked: true, participants: true });
    // Connected before the lock: the lock holds from its next update on.
    edit(early, add('p-early', BEN));
    await refusedWith(early, CloseCode.Locked);
    writeWorkshop(facilitator.doc, { locked: true });
    for (const mode of ['add', 'own', 'all'] as const) {
      expect((await api(server, room, 'POST', { mode }, EDIT)).status).toBe(200);
      const anna = await participant(room, ANNA);
      // It reads the lock from the document, as its app shows it.
      expect(readArena(anna.doc).workshop.locked).toBe(true);
      edit(anna, add(`p-${mode}`, ANNA));
      await refusedWith(anna, CloseCode.Locked);
    }
    // Acting on closeAdvice (4423: stop), the last one did not come back to send its change again.
    await sleep(600);
    expect(clients.at(-1)!.closes).toEqual([CloseCode.Locked]);
    expect(clients.at(-1)!.opens).toBe(1);
    edit(facilitator, (r) => partner(r, 'kg').set('position', { x: 1, y: 2 }));
    edit(facilitator, add('p-facilitator'));
    writeWorkshop(facilitator.doc, { round: 'Who is missing?' });
    await settled(facilitator);
    expect(facilitator.closes).toEqual([]);
    let read = await stored(room);
    expect(read.arena.partners.kg!.position).toEqual({ x: 1, y: 2 });
    expect(read.arena.partners['p-facilitator']).toBeDefined();
    expect(read.workshop).toMatchObject({ locked: true, round: 'Who is missing?' });
    expect(['p-early', 'p-add', 'p-own', 'p-all'].some((id) => read.arena.partners[id])).toBe(false);

    expect((await api(server, room, 'POST', { locked: false, mode: 'add' }, EDIT)).status).toBe(200);
    const anna = await participant(room, ANNA);
    edit(anna, add('p-after', ANNA));
    await settled(anna);
    read = await stored(room);
    expect(read.arena.partners['p-after']).toBeDefined();
  });

  it('end: participants are closed with 4410 (session-ended), new ones refused with 4401; editors stay; a new secret opens a new session', async () => {
    const { room, facilitator } = await workshopRoom();
    const anna = await participant(room, ANNA);
    const viewer = open(room, VIEW);
    await waitFor(() => viewer.provider.isSynced, 5000, 'viewer synced');
    expect(await (await api(server, room, 'POST', { participant: null }, EDIT)).json()).toEqual({ mode: 'add', locked: false, participants: false });
    await refusedWith(anna, CloseCode.LinkRotated);
    expect(anna.closeReasons).toEqual(['session-ended']);

    const late = open(room, participantToken(JOIN, BEN));
    await refusedWith(late, CloseCode.Unauthorized);
    expect(late.authFailures).toEqual(['unauthorized']);
    expect(late.authenticated).toBe(false);
    // The facilitator and the viewer were not touched.
    edit(facilitator, (r) => r.meta.set('title', 'After the session'));
    await waitFor(() => readArena(viewer.doc).arena.title === 'After the session', 5000, 'the viewer to follow');
    expect(facilitator.closes).toEqual([]);
    expect(viewer.closes).toEqual([]);

    expect((await api(server, room, 'POST', { participant: 'join2' }, EDIT)).status).toBe(200);
    const ben = await participant(room, BEN, 'join2');
    edit(ben, add('p-ben', BEN));
    await settled(ben);
    expect((await stored(room)).arena.partners['p-ben']).toBeDefined();
    const old = open(room, participantToken(JOIN, ANNA));
    await refusedWith(old, CloseCode.Unauthorized);
    // Replacing the secret ends the session of the participants on the old one too.
    expect((await api(server, room, 'POST', { participant: 'join3' }, EDIT)).status).toBe(200);
    await refusedWith(ben, CloseCode.LinkRotated);
  });

  it('a participant that edits offline while the facilitator locks the map is refused at its first update (4423); the room is unchanged', async () => {
    const { room } = await workshopRoom();
    const anna = await participant(room, ANNA);
    await goOffline(anna);
    edit(anna, add('p-offline', ANNA));
    expect((await api(server, room, 'POST', { locked: true }, EDIT)).status).toBe(200);
    await anna.socket.connect();
    await refusedWith(anna, CloseCode.Locked);
    // Its edit stays on its device only.
    expect(roots(anna.doc).partners.has('p-offline')).toBe(true);
    expect((await stored(room)).arena.partners['p-offline']).toBeUndefined();
  });

  it('a participant that edits offline while the facilitator ends the session is refused at authentication (4401); the room is unchanged', async () => {
    const { room } = await workshopRoom();
    const anna = await participant(room, ANNA);
    await goOffline(anna);
    edit(anna, add('p-offline', ANNA));
    expect((await api(server, room, 'POST', { participant: null }, EDIT)).status).toBe(200);
    await anna.socket.connect();
    await refusedWith(anna, CloseCode.Unauthorized);
    expect(anna.authFailures).toEqual(['unauthorized']);
    expect((await stored(room)).arena.partners['p-offline']).toBeUndefined();
  });

  it('a view link stays view only in mode all; a view secret with a participant id is no participant link', async () => {
    const { room } = await workshopRoom('all');
    const viewer = open(room, VIEW);
    await waitFor(() => viewer.provider.isSynced, 5000, 'viewer synced');
    expect(viewer.provider.authorizedScope).toBe('readonly');
    edit(viewer, (r) => r.meta.set('title', 'From the viewer'));
    await sleep(300);
    expect(viewer.provider.unsyncedChanges).toBeGreaterThan(0);
    expect((await stored(room)).arena.title).toBe(sampleArena().title);
    const sneaky = open(room, participantToken(VIEW, ANNA));
    await refusedWith(sneaky, CloseCode.Unauthorized);
    const editAsParticipant = open(room, participantToken(EDIT, ANNA));
    await refusedWith(editAsParticipant, CloseCode.Unauthorized);
    // A participant id is 8 to 64 characters.
    const shortId = open(room, participantToken(JOIN, 'short'));
    await refusedWith(shortId, CloseCode.Unauthorized);
  });

  it('new edit and view links do not shut participants out; they may not equal the participant secret', async () => {
    const { room, facilitator } = await workshopRoom();
    const anna = await participant(room, ANNA);
    expect((await api(server, room, 'POST', { edit: JOIN, view: 'view2' }, EDIT, '/rotate')).status).toBe(400);
    expect((await api(server, room, 'POST', { edit: 'edit2', view: JOIN }, EDIT, '/rotate')).status).toBe(400);
    expect((await api(server, room, 'POST', { edit: 'edit2', view: 'view2' }, EDIT, '/rotate')).status).toBe(200);
    await refusedWith(facilitator, CloseCode.LinkRotated);
    edit(anna, add('p-anna', ANNA));
    await settled(anna);
    expect(anna.closes).toEqual([]);
    const newcomer = open(room, 'edit2');
    await settled(newcomer);
    expect(readArena(newcomer.doc).arena.partners['p-anna']).toBeDefined();
  });
});

describe('close codes of a workshop', () => {
  it('4403 not-allowed and 4423 locked stop the provider; 4410 with session-ended too', () => {
    expect(closeAdvice(4403)).toMatchObject({ kind: 'not-allowed', reconnect: false });
    expect(closeAdvice(4423)).toMatchObject({ kind: 'locked', reconnect: false });
    expect(closeAdvice(4410)).toMatchObject({ kind: 'link-rotated', reconnect: false });
    expect(authFailureAdvice('session-ended')).toMatchObject({ kind: 'link-rotated', reconnect: false });
  });
});

describe('sync server: a participant on a server without a content check', { timeout: 30_000 }, () => {
  it('connects and reads, but every change it sends is refused (4403): nothing could apply the rules', async () => {
    const server = await startTestServer();
    const clients: TestClient[] = [];
    try {
      expect((await api(server, 'bare', 'PUT', { edit: EDIT, view: VIEW, participant: JOIN }, undefined, '')).status).toBe(201);
      const facilitator = connect(server.url, 'bare', EDIT);
      clients.push(facilitator);
      await settled(facilitator);
      seedDoc(facilitator.doc, sampleArena());
      await settled(facilitator);
      const anna = connect(server.url, 'bare', participantToken(JOIN, ANNA));
      clients.push(anna);
      await settled(anna);
      expect(readArena(anna.doc).arena.title).toBe(sampleArena().title);
      await sleep(200);
      expect(anna.closes).toEqual([]);
      edit(anna, add('p-anna', ANNA));
      await waitFor(() => anna.closes.length > 0, 5000, 'close');
      expect(anna.closes).toEqual([CloseCode.NotAllowed]);
    } finally {
      for (const client of clients) client.destroy();
      await server.cleanUp();
    }
  });
});

describe('sync server: participants and the connection cap', { timeout: 30_000 }, () => {
  it('participants count toward the connections a room may have (4503)', async () => {
    const server = await startTestServer({ limits: { maxConnectionsPerRoom: 2 } });
    const clients: TestClient[] = [];
    try {
      expect((await api(server, 'capped', 'PUT', { edit: EDIT, view: VIEW, participant: JOIN }, undefined, '')).status).toBe(201);
      const facilitator = connect(server.url, 'capped', EDIT);
      const anna = connect(server.url, 'capped', participantToken(JOIN, ANNA));
      clients.push(facilitator, anna);
      await settled(facilitator);
      await settled(anna);
      const ben = connect(server.url, 'capped', participantToken(JOIN, BEN));
      clients.push(ben);
      await waitFor(() => ben.closes.length > 0, 5000, 'close');
      expect(ben.closes).toEqual([CloseCode.RoomFull]);
    } finally {
      for (const client of clients) client.destroy();
      await server.cleanUp();
    }
  });
});

describe('sync server: the workshop API', { timeout: 30_000 }, () => {
  let server: TestServer;
  const put = (room: string, body: unknown) => api(server, room, 'PUT', body, undefined, '');

  beforeAll(async () => {
    server = await startTestServer();
  });
  afterAll(() => server.cleanUp());

  it('PUT takes an optional participant secret; GET gives the state to any secret of the room', async () => {
    expect((await put('a1', { edit: 'e1', view: 'v1', participant: 'p1' })).status).toBe(201);
    for (const secret of ['e1', 'v1', 'p1']) {
      const response = await api(server, 'a1', 'GET', undefined, secret);
      expect(response.status).toBe(200);
      expect(await response.json()).toEqual({ mode: 'add', locked: false, participants: true });
    }
    expect((await put('a2', { edit: 'e2', view: 'v2' })).status).toBe(201);
    expect(await (await api(server, 'a2', 'GET', undefined, 'v2')).json()).toEqual({ mode: 'add', locked: false, participants: false });
    expect((await api(server, 'a1', 'GET', undefined, 'wrong')).status).toBe(403);
    expect((await api(server, 'a1', 'GET', undefined, 'e2')).status).toBe(403);
    expect((await api(server, 'a1', 'GET')).status).toBe(403);
    expect((await api(server, 'nosuchroom', 'GET', undefined, 'e1')).status).toBe(404);
  });

  it('rooms named like the paths after them (workshop, rotate) are rooms like any other', async () => {
    for (const room of ['workshop', 'rotate']) {
      expect((await put(room, { edit: 'e', view: 'v', participant: 'p' })).status).toBe(201);
      expect(await (await api(server, room, 'GET', undefined, 'p')).json()).toEqual({ mode: 'add', locked: false, participants: true });
      expect((await api(server, room, 'POST', { edit: 'e2', view: 'v2' }, 'e', '/rotate')).status).toBe(200);
    }
  });

  it('PUT refuses a participant secret that is not one or equals the edit or view secret (400)', async () => {
    expect((await put('a3', { edit: 'e', view: 'v', participant: 'e' })).status).toBe(400);
    expect((await put('a3', { edit: 'e', view: 'v', participant: 'v' })).status).toBe(400);
    expect((await put('a3', { edit: 'e', view: 'v', participant: 'has.dot' })).status).toBe(400);
    expect((await put('a3', { edit: 'e', view: 'v', participant: '' })).status).toBe(400);
    expect((await put('a3', { edit: 'e', view: 'v', participant: 42 })).status).toBe(400);
    expect((await put('a3', { edit: 'e', view: 'v' })).status).toBe(201);
  });

  it('POST changes mode, lock and participant secret with the edit secret and answers the new state', async () => {
    await put('a4', { edit: 'e4', view: 'v4' });
    const post = (body: unknown, secret = 'e4') => api(server, 'a4', 'POST', body, secret);
    expect(await (await post({ participant: 'p4' })).json()).toEqual({ mode: 'add', locked: false, participants: true });
    expect(await (await post({ mode: 'own', locked: true })).json()).toEqual({ mode: 'own', locked: true, participants: true });
    expect(await (await post({})).json()).toEqual({ mode: 'own', locked: true, participants: true });
    expect(await (await post({ mode: 'all', locked: false, participant: null })).json()).toEqual({ mode: 'all', locked: false, participants: false });
    // The participant secret of the ended session opens nothing, not even the state.
    expect((await api(server, 'a4', 'GET', undefined, 'p4')).status).toBe(403);
  });

  it('POST refuses: 403 without the edit secret (view and participant secrets too), 404 unknown room, 400 bad bodies, 405 other methods', async () => {
    await put('a5', { edit: 'e5', view: 'v5', participant: 'p5' });
    const post = (body: unknown, secret?: string, room = 'a5') => api(server, room, 'POST', body, secret);
    for (const secret of [undefined, 'wrong', 'v5', 'p5']) expect((await post({ locked: true }, secret)).status).toBe(403);
    expect((await post({ locked: true }, 'e5', 'nosuchroom')).status).toBe(404);
    for (const body of [[], 'text', { mode: 'everything' }, { locked: 'yes' }, { participant: 'bad secret' }, { participant: 'e5' }, { participant: 'v5' }, { round: 'x' }]) {
      expect((await post(body, 'e5')).status, JSON.stringify(body)).toBe(400);
    }
    const notJson = await fetch(`${server.url}/api/rooms/a5/workshop`, { method: 'POST', headers: { Authorization: 'Bearer e5' }, body: '{' });
    expect(notJson.status).toBe(400);
    // None of these changed anything.
    expect(await (await api(server, 'a5', 'GET', undefined, 'p5')).json()).toEqual({ mode: 'add', locked: false, participants: true });
    const put405 = await api(server, 'a5', 'PUT', {}, 'e5');
    expect(put405.status).toBe(405);
    expect(put405.headers.get('allow')).toBe('GET, POST');
  });
});

describe('sync server: workshop columns in the rooms table', { timeout: 30_000 }, () => {
  it('a file made before the workshop gets the columns; its rooms keep working and keep their state across restarts', async () => {
    const data = tempDir();
    try {
      const sha = (secret: string) => createHash('sha256').update(secret, 'utf8').digest();
      const old = new BetterSqlite3(join(data.path, DATABASE_FILE));
      old.exec(`CREATE TABLE "rooms" (
        "name" TEXT PRIMARY KEY, "edit_hash" BLOB NOT NULL, "view_hash" BLOB NOT NULL,
        "created_at" INTEGER NOT NULL, "rotated_at" INTEGER)`);
      old.prepare('INSERT INTO rooms (name, edit_hash, view_hash, created_at) VALUES (?, ?, ?, ?)').run('old', sha('e'), sha('v'), Date.now());
      old.close();

      let server = await startTestServer({ dataDir: data.path, validateUpdate: createContentCheck() });
      try {
        expect(await (await api(server, 'old', 'GET', undefined, 'v')).json()).toEqual({ mode: 'add', locked: false, participants: false });
        const editor = connect(server.url, 'old', 'e');
        await settled(editor);
        editor.destroy();
        expect((await api(server, 'old', 'POST', { participant: 'join-secret', mode: 'own', locked: true }, 'e')).status).toBe(200);
      } finally {
        await server.stop();
      }
      const db = new BetterSqlite3(join(data.path, DATABASE_FILE), { readonly: true });
      const columns = (db.prepare('PRAGMA table_info("rooms")').all() as { name: string }[]).map((c) => c.name);
      const row = db.prepare('SELECT * FROM rooms WHERE name = ?').get('old') as Record<string, unknown>;
      db.close();
      expect(columns).toEqual(expect.arrayContaining(['participant_hash', 'mode', 'locked']));
      // A hash, never the secret.
      expect((row.participant_hash as Buffer).equals(sha('join-secret'))).toBe(true);
      expect(JSON.stringify(row)).not.toContain('join-secret');

      server = await startTestServer({ dataDir: data.path });
      try {
        expect(await (await api(server, 'old', 'GET', undefined, 'join-secret')).json()).toEqual({ mode: 'own', locked: true, participants: true });
      } finally {
        await server.stop();
      }
    } finally {
      data.remove();
    }
  });
});
