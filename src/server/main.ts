/**
 * The sync server's command line: `tsx src/server/main.ts [--static dist] [--port N] [--host H] [--data DIR]`.
 * Flags win over the environment (PORT, HOST, ARENA_DATA, ARENA_STATIC, ARENA_ALLOWED_ORIGINS and the
 * ARENA_MAX_* limits), so npm scripts need no `VAR=x cmd` syntax.
 */
import { parseArgs } from 'node:util';
import { DEFAULT_LIMITS, startSyncServer, type SyncLimits } from './syncServer';
import { createContentCheck } from './contentCheck';

const { values: flags } = parseArgs({
  options: {
    static: { type: 'string' },
    port: { type: 'string' },
    host: { type: 'string' },
    data: { type: 'string' },
  },
  strict: true,
});

function fail(message: string): never {
  console.error(`arena sync server: ${message}`);
  process.exit(2);
}

function whole(name: string, value: string | undefined, fallback: number, min: number): number {
  if (value === undefined || value === '') return fallback;
  const number = Number(value);
  if (!Number.isInteger(number) || number < min) fail(`${name} must be a whole number of at least ${min}, not "${value}"`);
  return number;
}

const env = process.env;
const staticDir = flags.static ?? (env.ARENA_STATIC || undefined);
// `npm start` serves the app on 4173 (where `vite preview` was); the server alone listens on 4174.
const port = whole('PORT', flags.port ?? env.PORT, staticDir ? 4173 : 4174, 0);
if (port > 65535) fail(`PORT must be at most 65535, not ${port}`);
const limits: SyncLimits = {
  maxUpdateBytes: whole('ARENA_MAX_UPDATE_BYTES', env.ARENA_MAX_UPDATE_BYTES, DEFAULT_LIMITS.maxUpdateBytes, 1024),
  maxDocumentBytes: whole('ARENA_MAX_DOCUMENT_BYTES', env.ARENA_MAX_DOCUMENT_BYTES, DEFAULT_LIMITS.maxDocumentBytes, 1024),
  maxUpdatesPerSecond: whole('ARENA_MAX_UPDATES_PER_SECOND', env.ARENA_MAX_UPDATES_PER_SECOND, DEFAULT_LIMITS.maxUpdatesPerSecond, 1),
  maxConnectionsPerRoom: whole('ARENA_MAX_CONNECTIONS_PER_ROOM', env.ARENA_MAX_CONNECTIONS_PER_ROOM, DEFAULT_LIMITS.maxConnectionsPerRoom, 1),
};

const server = await startSyncServer({
  port,
  host: flags.host ?? (env.HOST || '127.0.0.1'),
  dataDir: flags.data ?? (env.ARENA_DATA || 'data'),
  staticDir,
  allowedOrigins: (env.ARENA_ALLOWED_ORIGINS ?? '')
    .split(',')
    .map((origin) => origin.trim())
    .filter(Boolean),
  limits,
  validateUpdate: createContentCheck(),
  log: (line) => console.log(line),
}).catch((error: unknown) => fail(String(error)));

let stopping = false;
async function shutDown(signal: string): Promise<void> {
  // A second signal while documents are being stored ends at once.
  if (stopping) process.exit(1);
  stopping = true;
  console.log(`${signal}: storing documents and stopping`);
  await server.stop();
  process.exit(0);
}
process.on('SIGTERM', () => void shutDown('SIGTERM'));
process.on('SIGINT', () => void shutDown('SIGINT'));
// Said only once the signals are handled: whoever waits for this line may stop the server at once.
console.log(
  `Arena sync server on ${server.url} (WebSocket ${server.url.replace(/^http/, 'ws')}/sync/<room>; ` +
    `data ${server.databaseFile}${staticDir ? `; app from ${staticDir}` : ''})`,
);
