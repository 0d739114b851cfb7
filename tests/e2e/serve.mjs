// The browser tests' web server: what `npm start` runs (the built app and the sync server on one port),
// on 127.0.0.1, with a fresh data folder per run that is removed when it stops.
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const port = process.env.E2E_PORT ?? '4173';
const data = mkdtempSync(join(tmpdir(), 'arena-e2e-'));
const server = spawn(process.execPath, ['--import', 'tsx', 'src/server/main.ts', '--static', 'dist', '--port', port, '--host', '127.0.0.1', '--data', data], {
  stdio: 'inherit',
});
const stop = () => server.kill('SIGTERM');
process.on('SIGTERM', stop);
process.on('SIGINT', stop);
server.on('exit', (code) => {
  rmSync(data, { recursive: true, force: true });
  process.exit(code ?? 0);
});
