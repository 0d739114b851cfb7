/**
 * Memory of one sync server instance holding many rooms: `node --import tsx tests/bench/syncServerMemory.ts`.
 * Writes BENCH_ROOMS (default 1000) rooms of a 50-partner bench arena into a fresh SQLite file, starts
 * `src/server/main.ts` as a child process on 127.0.0.1, connects one view-only provider per room (a room is
 * in memory only while someone is connected) and prints the server's resident memory before and after.
 * Not part of `npm run bench` (it takes a minute and ~1 GB for the clients of this process).
 */
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { schema as DOCUMENTS_SCHEMA, upsertQuery } from '@hocuspocus/extension-sqlite';
import BetterSqlite3 from 'better-sqlite3';
import * as Y from 'yjs';
import type { Arena } from '../../src/domain/arena';
import { RoomStore } from '../../src/server/roomStore';
import { DATABASE_FILE } from '../../src/server/syncServer';
import { connect, settled, sleep, tempDir, type TestClient } from '../server/helpers';
import { startServerProcess } from '../server/processes';
import { benchArena } from './fixture';

const ROOMS = Number(process.env.BENCH_ROOMS ?? 1000);
const PARTNERS = 50;

/** The arena in the shape sync-design.md gives the shared document (root maps, a nested map per record). */
function arenaDoc(arena: Arena): Y.Doc {
  const doc = new Y.Doc();
  doc.transact(() => {
    const meta = doc.getMap('meta');
    meta.set('id', arena.id);
    meta.set('title', arena.title);
    meta.set('goal', arena.goal);
    meta.set('createdAt', arena.createdAt);
    meta.set('updatedAt', arena.updatedAt);
    meta.set('format', 3);
    const partners = doc.getMap<Y.Map<unknown>>('partners');
    for (const partner of Object.values(arena.partners)) {
      const record = new Y.Map<unknown>();
      partners.set(partner.id, record);
      for (const [field, value] of Object.entries(partner)) {
        if (field === 'expertise' || field === 'perspective') {
          const keys = new Y.Map<boolean>();
          record.set(field, keys);
          for (const key of value as string[]) keys.set(key, true);
        } else if (field === 'resources') {
          record.set(field, new Y.Map());
        } else {
          record.set(field, value);
        }
      }
      record.set('mainExpertise', partner.expertise[0] ?? null);
      record.set('editId', crypto.randomUUID());
    }
  });
  return doc;
}

function residentKb(pid: number): { rss: number; peak: number } {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const field = (name: string) => Number(new RegExp(`${name}:\\s+(\\d+) kB`).exec(status)?.[1] ?? NaN);
  return { rss: field('VmRSS'), peak: field('VmHWM') };
}

const data = tempDir('arena-sync-bench-');
const db = new BetterSqlite3(join(data.path, DATABASE_FILE));
db.pragma('journal_mode = WAL');
db.exec(DOCUMENTS_SCHEMA);
const rooms = new RoomStore(db);
const upsert = db.prepare(upsertQuery);
let docBytes = 0;
for (let i = 0; i < ROOMS; i += 1) {
  const state = Y.encodeStateAsUpdate(arenaDoc(benchArena(PARTNERS, i + 1)));
  docBytes += state.length;
  upsert.run({ name: `room${i}`, data: Buffer.from(state) });
  rooms.create(`room${i}`, `edit${i}`, `view${i}`);
}
db.close();

const server = await startServerProcess(['--port', '0', '--data', data.path], {
  ARENA_MAX_CONNECTIONS_PER_ROOM: '5',
});
const pid = server.child.pid!;
await sleep(1000);
const before = residentKb(pid);

const started = performance.now();
const clients: TestClient[] = [];
for (let batch = 0; batch < ROOMS; batch += 50) {
  const group = Array.from({ length: Math.min(50, ROOMS - batch) }, (_, j) =>
    connect(server.url, `room${batch + j}`, `view${batch + j}`),
  );
  clients.push(...group);
  for (const client of group) await settled(client, 30_000);
}
const loadSeconds = (performance.now() - started) / 1000;
const partnersSeen = clients.reduce((sum, client) => sum + client.doc.getMap('partners').size, 0);
await sleep(2000);
const after = residentKb(pid);

const mb = (kb: number) => (kb / 1024).toFixed(1);
console.log(`rooms: ${ROOMS} of ${PARTNERS} partners (${partnersSeen} partners received by the clients)`);
console.log(`document state: ${(docBytes / ROOMS / 1024).toFixed(1)} kB per room on average`);
console.log(`SQLite file: ${mb(statSync(join(data.path, DATABASE_FILE)).size / 1024)} MB`);
console.log(`server RSS: ${mb(before.rss)} MB with no room loaded, ${mb(after.rss)} MB with ${ROOMS} rooms loaded and connected (peak ${mb(after.peak)} MB)`);
console.log(`per room: ${((after.rss - before.rss) / ROOMS).toFixed(1)} kB (a Y.Doc, one connection, its awareness)`);
console.log(`loading all rooms through ${ROOMS} provider connections: ${loadSeconds.toFixed(1)} s`);

for (const client of clients) client.destroy();
server.child.kill('SIGTERM');
console.log(`server exit code after SIGTERM: ${await server.exited}`);
data.remove();
