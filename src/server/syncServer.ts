import { mkdirSync } from 'node:fs';
import { createServer, STATUS_CODES, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join, resolve } from 'node:path';
import type { Duplex } from 'node:stream';
import { SQLite, schema as DOCUMENTS_SCHEMA, upsertQuery } from '@hocuspocus/extension-sqlite';
import { Hocuspocus, type Connection, type Document, type Extension, type WebSocketLike } from '@hocuspocus/server';
import BetterSqlite3 from 'better-sqlite3';
import { WebSocket, WebSocketServer, type RawData } from 'ws';
import * as Y from 'yjs';
import { CloseCode, CloseReason } from './closeCodes';
import { DEFAULT_LIMITS, FRAME_OVERHEAD_BYTES, TokenBucket, type SyncLimits } from './limits';
import { normaliseOrigin, originAllowed } from './origin';
import { createRoomsApi } from './roomsApi';
import { ID_PATTERN, RoomStore, type Access } from './roomStore';
import { createStaticHandler } from './staticFiles';
import type { UpdateContext } from '../sync/doc/updateCheck';
import { decodeMessage } from './syncMessage';

export type { SyncLimits } from './limits';
export { DEFAULT_LIMITS } from './limits';
export type { UpdateContext } from '../sync/doc/updateCheck';

/** A refusal: invalid content (4422), or a participant's change its workshop does not allow (4403) or locked (4423). */
export type UpdateVerdict = { ok: true } | { ok: false; reason: string; refusal?: 'not-allowed' | 'locked' };

/**
 * Checks one incoming Yjs update against the document it would be applied to, before it is applied.
 * Called for every update of a read-write connection, one at a time per document (the next update of
 * the document waits until this one is applied), so a checker may keep a shadow of the document.
 * `doc` is a new object each time the room is loaded: key per-room state on it (WeakMap), not on the name.
 * `context` says who sent it: an edit link, or a workshop participant with the room's mode and lock as
 * they are now (read from the rooms table for each update).
 */
export type ValidateUpdate = (
  documentName: string,
  doc: Y.Doc,
  update: Uint8Array,
  context: UpdateContext,
) => UpdateVerdict | Promise<UpdateVerdict>;

export const DATABASE_FILE = 'arena-sync.sqlite';

export interface SyncServerOptions {
  /** 0 picks a free port. */
  port: number;
  /** Default 127.0.0.1: reachable from this machine only. */
  host?: string;
  /** Folder of the SQLite file (created if missing). */
  dataDir: string;
  /** Folder of the built app to serve beside the API and the WebSocket. */
  staticDir?: string;
  /** Origins allowed besides the server's own (see origin.ts). */
  allowedOrigins?: string[];
  limits?: Partial<SyncLimits>;
  validateUpdate?: ValidateUpdate;
  /**
   * Every store writes the whole document. 500 ms after the last change groups a drag or a typing burst
   * into one write; at most 2000 ms while changes keep coming bounds what a crash (SIGKILL, power loss)
   * loses on the server, and the clients still hold those changes and send them again when they reconnect.
   * (Hocuspocus's defaults are 2000/10000 ms.)
   */
  debounce?: number;
  maxDebounce?: number;
  /** One line per notable event (refusals, errors); default: nothing. */
  log?: (line: string) => void;
}

export interface RunningSyncServer {
  /** http://host:port, no trailing slash; the WebSocket of room R is ws://host:port/sync/R. */
  url: string;
  port: number;
  databaseFile: string;
  /** Rooms loaded in memory and open WebSockets, now. */
  stats(): { documents: number; connections: number };
  /** Closes every connection, stores every loaded document, closes the database. */
  stop(): Promise<void>;
}

interface SocketContext {
  ws: WebSocket;
  room: string;
}

type Refusal = Exclude<keyof typeof CloseCode, 'MessageTooBig'>;

const EDIT_CONTEXT: UpdateContext = { role: 'edit' };

/** An update that adds and deletes nothing (the sync handshake of a client with nothing new). */
function isEmptyUpdate(update: Uint8Array): boolean {
  try {
    const { structs, ds } = Y.decodeUpdate(update);
    return structs.length === 0 && ds.clients.size === 0;
  } catch {
    return false;
  }
}

const SYNC_PATH = new RegExp(`^/sync/(${ID_PATTERN.source.slice(1, -1)})$`);

/** An error Hocuspocus passes on: `reason` goes into permission-denied; no `message`, so it logs nothing. */
function refusal(key: Refusal): { code: number; reason: string } {
  return { code: CloseCode[key], reason: CloseReason[key] };
}

function closeSocket(ws: WebSocket, code: number, reason: string): void {
  if (ws.readyState === WebSocket.OPEN || ws.readyState === WebSocket.CONNECTING) ws.close(code, reason);
}

function asUint8Array(data: RawData): Uint8Array {
  const buffer = Array.isArray(data) ? Buffer.concat(data) : Buffer.isBuffer(data) ? data : Buffer.from(data);
  return new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength);
}

/** Hocuspocus wants a Fetch Request; only the URL and a few headers are of use to it. */
function toRequest(request: IncomingMessage): Request {
  const headers = new Headers();
  for (const name of ['host', 'origin', 'user-agent']) {
    const value = request.headers[name];
    if (typeof value === 'string') headers.set(name, value);
  }
  return new Request(new URL(request.url ?? '/', 'http://localhost'), { headers });
}

function rejectUpgrade(socket: Duplex, status: number): void {
  socket.on('error', () => undefined);
  socket.end(`HTTP/1.1 ${status} ${STATUS_CODES[status] ?? ''}\r\nConnection: close\r\nContent-Length: 0\r\n\r\n`);
}

/** The SQLite extension's storage with the database the server opened (it also holds the rooms table). */
class ArenaSQLite extends SQLite {
  constructor(db: BetterSqlite3.Database, file: string) {
    super({ database: file });
    this.db = db;
  }

  // The server opened the file and made the tables; the extension would open a second handle.
  override async onConfigure(): Promise<void> {}
}

const sleep = (ms: number) => new Promise((done) => setTimeout(done, ms));

async function waitUntil(condition: () => boolean, timeoutMs: number): Promise<boolean> {
  const end = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > end) return false;
    await sleep(10);
  }
  return true;
}

function perRoom<T>(map: Map<string, Set<T>>, room: string): Set<T> {
  let set = map.get(room);
  if (!set) map.set(room, (set = new Set()));
  return set;
}

function dropFromRoom<T>(map: Map<string, Set<T>>, room: string, item: T): void {
  const set = map.get(room);
  set?.delete(item);
  if (set?.size === 0) map.delete(room);
}

export async function startSyncServer(options: SyncServerOptions): Promise<RunningSyncServer> {
  const limits: SyncLimits = { ...DEFAULT_LIMITS, ...options.limits };
  const log = options.log ?? (() => undefined);
  const host = options.host ?? '127.0.0.1';
  const { validateUpdate } = options;

  mkdirSync(options.dataDir, { recursive: true });
  const databaseFile = resolve(join(options.dataDir, DATABASE_FILE));
  const db = new BetterSqlite3(databaseFile);
  // WAL: a store never blocks a reader (an online backup, a room lookup) and a crash keeps every commit.
  db.pragma('journal_mode = WAL');
  db.exec(DOCUMENTS_SCHEMA);
  const rooms = new RoomStore(db);

  /** Every open socket by the room in its path: rotation and stop close them. */
  const sockets = new Map<string, Set<WebSocket>>();
  /** Sockets that passed authentication, by room: what the connection cap counts. */
  const admitted = new Map<string, Set<WebSocket>>();
  /** What each authenticated socket's token opened (rotation and the end of a session close some of them). */
  const accessOf = new WeakMap<WebSocket, Access>();
  const buckets = new WeakMap<Connection, TokenBucket>();
  /** Upper bound of each loaded document's encoded size; recomputed exactly only near the limit. */
  const sizes = new WeakMap<Document, number>();
  /** Updates apply one at a time per document: the check of the next one sees this one applied. */
  const queues = new WeakMap<Document, Promise<void>>();
  const inFlight = new WeakMap<Uint8Array, { document: Document; bytes: number; release: () => void }>();

  async function takeTurn(document: Document): Promise<() => void> {
    const previous = queues.get(document) ?? Promise.resolve();
    let release!: () => void;
    const mine = new Promise<void>((done) => (release = done));
    queues.set(
      document,
      previous.then(() => mine),
    );
    await previous;
    return release;
  }

  function fitsDocument(document: Document, update: Uint8Array): boolean {
    if ((sizes.get(document) ?? 0) + update.length <= limits.maxDocumentBytes) return true;
    const state = Y.encodeStateAsUpdate(document);
    sizes.set(document, state.length);
    if (state.length + update.length <= limits.maxDocumentBytes) return true;
    // Near the limit: what the document would really be (an update may repeat what it already has).
    return Y.mergeUpdates([state, update]).length <= limits.maxDocumentBytes;
  }

  /** Who sent an update: a participant with the room's workshop as it is now, or an edit link. */
  function updateContext(ws: WebSocket, room: string): UpdateContext {
    const access = accessOf.get(ws);
    if (access?.role !== 'participant') return EDIT_CONTEXT;
    const state = rooms.workshop(room);
    // The session ended while this update waited (its socket is being closed): nothing is allowed.
    if (!state?.participants) return { role: 'participant', participantId: access.participantId, mode: 'add', locked: true };
    return { role: 'participant', participantId: access.participantId, mode: state.mode, locked: state.locked };
  }

  /** Closes the socket at once with the refusal's code and returns the error that stops Hocuspocus. */
  function refuseMessage(ws: WebSocket, room: string, key: Refusal, detail = ''): { code: number; reason: string } {
    const error = refusal(key);
    log(`room ${room}: closed a connection (${error.code} ${error.reason}${detail ? `: ${detail}` : ''})`);
    closeSocket(ws, error.code, error.reason);
    return error;
  }

  /** During authentication: permission-denied is sent first (the provider's onAuthenticationFailed), then the close. */
  function refuseAuthentication(ws: WebSocket, room: string, key: Refusal): { code: number; reason: string } {
    const error = refusal(key);
    log(`room ${room}: refused a connection (${error.code} ${error.reason})`);
    setImmediate(() => closeSocket(ws, error.code, error.reason));
    return error;
  }

  const arena: Extension = {
    extensionName: 'arena',

    async onAuthenticate({ token, documentName, context, connectionConfig }) {
      const { ws, room } = context as SocketContext;
      // One socket serves the room of its path; Hocuspocus would otherwise let it open any document.
      if (documentName !== room) throw refuseAuthentication(ws, room, 'BadMessage');
      const access = rooms.access(room, token);
      if (!access) throw refuseAuthentication(ws, room, 'Unauthorized');
      const inRoom = perRoom(admitted, room);
      if (!inRoom.has(ws) && inRoom.size >= limits.maxConnectionsPerRoom) {
        throw refuseAuthentication(ws, room, 'RoomFull');
      }
      inRoom.add(ws);
      accessOf.set(ws, access);
      // Hocuspocus applies nothing a read-only connection sends and answers it "not applied".
      connectionConfig.readOnly = access.role === 'view';
    },

    async connected({ connection, context }) {
      const { ws } = context as SocketContext;
      // Hocuspocus closes only its document connection when a message fails inside it (4205) and leaves
      // the socket open, where the provider would wait forever: close the socket too.
      connection.onClose((_document, event) => {
        if (event && event.code !== 1000 && ws.readyState === WebSocket.OPEN) {
          const code = event.code === CloseCode.Unauthorized ? event.code : CloseCode.BadMessage;
          closeSocket(ws, code, code === CloseCode.Unauthorized ? CloseReason.Unauthorized : CloseReason.BadMessage);
        }
      });
    },

    async afterLoadDocument({ document }) {
      sizes.set(document, Y.encodeStateAsUpdate(document).length);
    },

    async beforeHandleMessage({ update: message, connection, document, context }) {
      const { ws, room } = context as SocketContext;
      let bucket = buckets.get(connection);
      if (!bucket) buckets.set(connection, (bucket = new TokenBucket(limits.maxUpdatesPerSecond)));
      if (!bucket.take()) throw refuseMessage(ws, room, 'RateLimited');

      let decoded: ReturnType<typeof decodeMessage>;
      try {
        decoded = decodeMessage(message);
      } catch {
        throw refuseMessage(ws, room, 'BadMessage', 'undecodable');
      }
      // Hocuspocus never applies what a read-only connection sends (it answers "not applied").
      if (decoded.kind !== 'update' || connection.readOnly) return;
      const { update } = decoded;
      if (update.length > limits.maxUpdateBytes) {
        throw refuseMessage(ws, room, 'TooLarge', `update of ${update.length} bytes`);
      }
      const release = await takeTurn(document);
      try {
        if (!fitsDocument(document, update)) throw refuseMessage(ws, room, 'TooLarge', 'document size');
        const context = updateContext(ws, room);
        let verdict: UpdateVerdict = { ok: true };
        if (validateUpdate) {
          try {
            verdict = await validateUpdate(document.name, document, update, context);
          } catch (error) {
            verdict = { ok: false, reason: `the check failed: ${String(error)}` };
          }
        } else if (context.role === 'participant' && !isEmptyUpdate(update)) {
          // Without a content check nothing can tell what a participant's update does: refuse it.
          verdict = { ok: false, refusal: context.locked ? 'locked' : 'not-allowed', reason: 'no content check to apply the workshop rules' };
        }
        if (!verdict.ok) {
          const key = verdict.refusal === 'locked' ? 'Locked' : verdict.refusal === 'not-allowed' ? 'NotAllowed' : 'InvalidContent';
          throw refuseMessage(ws, room, key, verdict.reason);
        }
      } catch (error) {
        release();
        throw error;
      }
      inFlight.set(message, { document, bytes: update.length, release });
    },

    // Runs after the message was applied (or failed to apply): the document's turn passes on.
    async afterHandleMessage({ update: message }) {
      const pending = inFlight.get(message);
      if (!pending) return;
      inFlight.delete(message);
      sizes.set(pending.document, (sizes.get(pending.document) ?? 0) + pending.bytes);
      pending.release();
    },

    async onDisconnect({ context }) {
      const { ws, room } = context as SocketContext;
      dropFromRoom(admitted, room, ws);
    },
  };

  const storage = new ArenaSQLite(db, databaseFile);
  const hocuspocus = new Hocuspocus({
    name: 'arena',
    quiet: true,
    debounce: options.debounce ?? 500,
    maxDebounce: options.maxDebounce ?? 2000,
    // Before authentication a socket may queue only a few updates' worth.
    maxUnauthenticatedQueueSize: 4 * limits.maxUpdateBytes,
    extensions: [storage, arena],
  });

  const wss = new WebSocketServer({ noServer: true, maxPayload: limits.maxUpdateBytes + FRAME_OVERHEAD_BYTES });
  const allowed = new Set(
    (options.allowedOrigins ?? []).map(normaliseOrigin).filter((origin): origin is string => !!origin),
  );
  const api = createRoomsApi(rooms, {
    rotated(room) {
      // Participants keep their own link: new edit and view links do not shut them out.
      const open = [...(sockets.get(room) ?? [])].filter((ws) => accessOf.get(ws)?.role !== 'participant');
      log(`room ${room}: links rotated, closing ${open.length} connection(s)`);
      for (const ws of open) closeSocket(ws, CloseCode.LinkRotated, CloseReason.LinkRotated);
    },
    sessionEnded(room) {
      const open = [...(sockets.get(room) ?? [])].filter((ws) => accessOf.get(ws)?.role === 'participant');
      log(`room ${room}: workshop session ended, closing ${open.length} participant connection(s)`);
      for (const ws of open) closeSocket(ws, CloseCode.LinkRotated, CloseReason.SessionEnded);
    },
  });
  const serveStatic = options.staticDir ? createStaticHandler(options.staticDir) : null;
  let stopping: Promise<void> | null = null;

  async function handleRequest(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const path = (request.url ?? '/').split('?')[0] ?? '/';
    if (path === '/api' || path.startsWith('/api/')) {
      if (!originAllowed(request, allowed)) {
        response.writeHead(403, { 'Content-Type': 'application/json; charset=utf-8' });
        response.end(JSON.stringify({ error: 'Origin not allowed' }));
        return;
      }
      const origin = request.headers.origin;
      if (origin) {
        response.setHeader('Access-Control-Allow-Origin', origin);
        response.setHeader('Vary', 'Origin');
      }
      if (request.method === 'OPTIONS') {
        response.writeHead(204, {
          'Access-Control-Allow-Methods': 'GET, PUT, POST',
          'Access-Control-Allow-Headers': 'Content-Type, Authorization',
          'Access-Control-Max-Age': '600',
        });
        response.end();
        return;
      }
      await api(request, response, path);
      return;
    }
    if (path.startsWith('/sync/')) {
      response.writeHead(426, { 'Content-Type': 'text/plain; charset=utf-8' }).end('WebSocket only');
      return;
    }
    if (serveStatic && (request.method === 'GET' || request.method === 'HEAD')) {
      await serveStatic(request, response);
      return;
    }
    response.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' }).end('Not found');
  }

  const server = createServer((request, response) => {
    handleRequest(request, response).catch((error: unknown) => {
      log(`HTTP ${request.method} ${request.url}: ${String(error)}`);
      if (!response.headersSent) response.writeHead(500).end();
      else response.destroy();
    });
  });

  server.on('upgrade', (request: IncomingMessage, socket: Duplex, head: Buffer) => {
    const path = (request.url ?? '/').split('?')[0] ?? '/';
    const room = SYNC_PATH.exec(path)?.[1];
    if (!room) return rejectUpgrade(socket, 404);
    if (!originAllowed(request, allowed)) return rejectUpgrade(socket, 403);
    if (stopping) return rejectUpgrade(socket, 503);
    wss.handleUpgrade(request, socket, head, (ws) => {
      const context: SocketContext = { ws, room };
      perRoom(sockets, room).add(ws);
      const client = hocuspocus.handleConnection(ws as unknown as WebSocketLike, toRequest(request), context);
      ws.on('message', (data, isBinary) => {
        if (!isBinary) return closeSocket(ws, CloseCode.BadMessage, CloseReason.BadMessage);
        client.handleMessage(asUint8Array(data));
      });
      ws.on('close', (code, reason) => {
        dropFromRoom(sockets, room, ws);
        dropFromRoom(admitted, room, ws);
        client.handleClose({ code, reason: reason.toString() });
      });
      // A frame over maxPayload: ws closes with 1009 and reports it here.
      ws.on('error', (error) => log(`room ${room}: ${error.message}`));
    });
  });

  await new Promise<void>((done, fail) => {
    server.once('error', fail);
    server.listen(options.port, host, () => {
      server.off('error', fail);
      done();
    });
  });
  const { port } = server.address() as AddressInfo;
  const url = `http://${host.includes(':') ? `[${host}]` : host}:${port}`;

  async function stop(): Promise<void> {
    server.close();
    server.closeAllConnections();
    const open = [...sockets.values()].flatMap((set) => [...set]);
    for (const ws of open) closeSocket(ws, 1001, 'server-stopping');
    // A peer that does not answer the close within a second is cut off.
    if (!(await waitUntil(() => sockets.size === 0, 1000))) for (const ws of open) ws.terminate();
    hocuspocus.flushPendingStores();
    await waitUntil(() => hocuspocus.getDocumentsCount() === 0 && hocuspocus.loadingDocuments.size === 0, 5000);
    // Whatever is still loaded (a store that failed keeps its document in memory) is written directly.
    const upsert = db.prepare(upsertQuery);
    for (const document of hocuspocus.documents.values()) {
      upsert.run({ name: document.name, data: Buffer.from(Y.encodeStateAsUpdate(document)) });
    }
    wss.close();
    db.close();
  }

  return {
    url,
    port,
    databaseFile,
    stats: () => ({
      documents: hocuspocus.getDocumentsCount(),
      connections: [...sockets.values()].reduce((sum, set) => sum + set.size, 0),
    }),
    stop: () => (stopping ??= stop()),
  };
}
