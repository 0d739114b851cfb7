/**
 * Memory of one sync server instance holding many rooms: `node --import tsx tests/bench/syncServerMemory.ts`,
 * also run by `npm run bench` (group sync). Writes BENCH_ROOMS (default 1000) rooms, each a 50-partner bench
 * arena seeded as *Share* seeds it (seedDoc), into a fresh SQLite file, starts `src/server/main.ts` (with its
 * content check) as a child process on 127.0.0.1:BENCH_SYNC_PORT (default 4193), connects one editing
 * provider per room (a room is in memory only while someone is connected), and prints the server's resident
 * memory with no room loaded, with every room loaded, and after one edit in every room (the content check
 * then holds a shadow copy of each room's document). BENCH_ROOM_ACCESS=view connects view-only clients
 * instead, which send nothing (no shadow copy), and makes no edit. With BENCH_JSON=1 the last line is the
 * figures as JSON.
 */
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { schema as DOCUMENTS_SCHEMA, upsertQuery } from '@hocuspocus/extension-sqlite';
import BetterSqlite3 from 'better-sqlite3';
import * as Y from 'yjs';
import { RoomStore } from '../../src/server/roomStore';
import { DATABASE_FILE } from '../../src/server/syncServer';
import { connect, settled, sleep, tempDir, type TestClient } from '../server/helpers';
import { startServerProcess } from '../server/processes';
import { editorOf, sharedBenchDoc } from './syncLib';

const ROOMS = Number(process.env.BENCH_ROOMS ?? 1000);
const PARTNERS = 50;
const PORT = process.env.BENCH_SYNC_PORT ?? '4193';
const VIEW = process.env.BENCH_ROOM_ACCESS === 'view';

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
  const state = Y.encodeStateAsUpdate(sharedBenchDoc(PARTNERS, i + 1));
  docBytes += state.length;
  upsert.run({ name: `room${i}`, data: Buffer.from(state) });
  rooms.create(`room${i}`, `edit${i}`, `view${i}`);
}
db.close();

const server = await startServerProcess(['--port', PORT, '--data', data.path], {
  ARENA_MAX_CONNECTIONS_PER_ROOM: '5',
});
const pid = server.child.pid!;
await sleep(1000);
const before = residentKb(pid);

const started = performance.now();
const clients: TestClient[] = [];
for (let batch = 0; batch < ROOMS; batch += 50) {
  const group = Array.from({ length: Math.min(50, ROOMS - batch) }, (_, j) =>
    connect(server.url, `room${batch + j}`, VIEW ? `view${batch + j}` : `edit${batch + j}`),
  );
  clients.push(...group);
  for (const client of group) await settled(client, 30_000);
}
const loadSeconds = (performance.now() - started) / 1000;
const partnersSeen = clients.reduce((sum, client) => sum + client.doc.getMap('partners').size, 0);
await sleep(2000);
const after = residentKb(pid);


// One move in every room, as the app writes it: the server's content check makes its shadow copy.
for (let batch = 0; batch < (VIEW ? 0 : ROOMS); batch += 50) {
  const group = clients.slice(batch, batch + 50);
  for (const client of group) {
    const editor = editorOf(client.doc);
    const [id, partner] = Object.entries(editor.arena().partners)[0]!;
    editor.move(id, { x: partner.position!.x + 10, y: partner.position!.y });
    editor.dispose();
  }
  for (const client of group) await settled(client, 30_000);
}
await sleep(3000);
const edited = residentKb(pid);
const refused = clients.filter((client) => !client.provider.isSynced || client.closes.length > 0).length;

const mb = (kb: number) => (kb / 1024).toFixed(1);
console.log(`rooms: ${ROOMS} of ${PARTNERS} partners (${partnersSeen} partners received by the clients)`);
console.log(`document state: ${(docBytes / ROOMS / 1024).toFixed(1)} kB per room on average`);
console.log(`SQLite file: ${mb(statSync(join(data.path, DATABASE_FILE)).size / 1024)} MB`);
console.log(
  `server RSS: ${mb(before.rss)} MB with no room loaded, ${mb(after.rss)} MB with ${ROOMS} rooms loaded and connected ` +
    `(${VIEW ? 'view-only' : 'editing'} clients)${VIEW ? '' : `, ${mb(edited.rss)} MB after one edit in each`} (peak ${mb(edited.peak)} MB)`,
);
console.log(
  `per room: ${((after.rss - before.rss) / ROOMS).toFixed(1)} kB loaded` + (VIEW ? '' : `, ${((edited.rss - before.rss) / ROOMS).toFixed(1)} kB after an edit`),
);
console.log(`loading all rooms through ${ROOMS} provider connections: ${loadSeconds.toFixed(1)} s; clients closed or not synced: ${refused}`);

for (const client of clients) client.destroy();
server.child.kill('SIGTERM');
const exitCode = await server.exited;
console.log(`server exit code after SIGTERM: ${exitCode}`);
data.remove();
if (process.env.BENCH_JSON) {
  console.log(
    JSON.stringify({
      rooms: ROOMS,
      partners: PARTNERS,
      partnersSeen,
      docKb: docBytes / ROOMS / 1024,
      emptyMb: before.rss / 1024,
      loadedMb: after.rss / 1024,
      editedMb: edited.rss / 1024,
      peakMb: edited.peak / 1024,
      loadSeconds,
      refused,
      exitCode,
    }),
  );
}
