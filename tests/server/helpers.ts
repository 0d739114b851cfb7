import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { HocuspocusProvider, HocuspocusProviderWebsocket } from '@hocuspocus/provider';
import WebSocket from 'ws';
import * as Y from 'yjs';
import { authFailureAdvice, closeAdvice } from '../../src/server/closeCodes';
import { startSyncServer, type RunningSyncServer, type SyncServerOptions } from '../../src/server/syncServer';

export function tempDir(prefix = 'arena-sync-'): { path: string; remove(): void } {
  const path = mkdtempSync(join(tmpdir(), prefix));
  return { path, remove: () => rmSync(path, { recursive: true, force: true }) };
}

/** An in-process server on 127.0.0.1 and a free port, with its own temporary data folder. */
export async function startTestServer(
  options: Partial<SyncServerOptions> = {},
): Promise<RunningSyncServer & { dataDir: string; cleanUp(): Promise<void> }> {
  const data = options.dataDir ? null : tempDir();
  const dataDir = options.dataDir ?? data!.path;
  const server = await startSyncServer({ port: 0, host: '127.0.0.1', ...options, dataDir });
  return {
    ...server,
    dataDir,
    async cleanUp() {
      await server.stop();
      data?.remove();
    },
  };
}

export async function putRoom(url: string, room: string, edit: string, view: string): Promise<Response> {
  return fetch(`${url}/api/rooms/${room}`, { method: 'PUT', body: JSON.stringify({ edit, view }) });
}

export async function createRoom(url: string, room: string, edit: string, view: string): Promise<void> {
  const response = await putRoom(url, room, edit, view);
  if (response.status !== 201) throw new Error(`PUT room ${room}: ${response.status}`);
}

export function wsUrl(url: string, room: string): string {
  return `${url.replace(/^http/, 'ws')}/sync/${room}`;
}

export interface TestClient {
  doc: Y.Doc;
  provider: HocuspocusProvider;
  socket: HocuspocusProviderWebsocket;
  /** Close codes the socket saw (real WebSocket closes, not Hocuspocus's in-band close message). */
  closes: number[];
  /** The reasons sent with those closes, in the same order. */
  closeReasons: string[];
  authFailures: string[];
  opens: number;
  authenticated: boolean;
  destroy(): void;
}

export interface ClientOptions {
  /** Name of the Hocuspocus document; defaults to the room of the URL. */
  name?: string;
  doc?: Y.Doc;
  /** Act on closeCodes.ts as the app does: stop reconnecting when the advice says so. Default true. */
  obeyCloseAdvice?: boolean;
}

/** A Node provider client, one socket per room, as the app's client has it. */
/** The clients a test opens: `closeAll` (in afterEach) destroys them. */
export function clientPool() {
  const clients: TestClient[] = [];
  return {
    open(...args: Parameters<typeof connect>): TestClient {
      const client = connect(...args);
      clients.push(client);
      return client;
    },
    closeAll(): void {
      for (const client of clients.splice(0)) client.destroy();
    },
  };
}

export function connect(url: string, room: string, token: string, options: ClientOptions = {}): TestClient {
  const obey = options.obeyCloseAdvice ?? true;
  const doc = options.doc ?? new Y.Doc();
  const socket = new HocuspocusProviderWebsocket({
    url: wsUrl(url, room),
    WebSocketPolyfill: WebSocket,
    // The tests restart servers: retry quickly instead of backing off to 30 s.
    delay: 200,
    minDelay: 100,
    maxDelay: 1000,
  });
  const client: TestClient = {
    doc,
    socket,
    closes: [],
    closeReasons: [],
    authFailures: [],
    opens: 0,
    authenticated: false,
    provider: undefined as unknown as HocuspocusProvider,
    destroy() {
      client.provider.destroy();
      socket.destroy();
    },
  };
  socket.on('open', () => (client.opens += 1));
  socket.on('close', ({ event }: { event: { code: number; reason?: unknown } }) => {
    client.closes.push(event.code);
    client.closeReasons.push(String(event.reason ?? ''));
    if (obey && !closeAdvice(event.code).reconnect) socket.disconnect();
  });
  client.provider = new HocuspocusProvider({
    websocketProvider: socket,
    name: options.name ?? room,
    document: doc,
    token,
    onAuthenticated: () => (client.authenticated = true),
    onAuthenticationFailed: ({ reason }) => {
      client.authFailures.push(reason);
      if (obey && !authFailureAdvice(reason).reconnect) socket.disconnect();
    },
  });
  client.provider.attach();
  return client;
}

export async function waitFor(condition: () => boolean, timeoutMs = 5000, what = 'condition'): Promise<void> {
  const end = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > end) throw new Error(`Timed out after ${timeoutMs} ms waiting for ${what}`);
    await new Promise((done) => setTimeout(done, 20));
  }
}

export const sleep = (ms: number) => new Promise((done) => setTimeout(done, ms));

/** Synced with the server and every local change acknowledged. */
export async function settled(client: TestClient, timeoutMs = 5000): Promise<void> {
  await waitFor(
    () => client.provider.isSynced && client.provider.unsyncedChanges === 0,
    timeoutMs,
    'the client to be synced',
  );
}
