import { spawn, type ChildProcess } from 'node:child_process';
import { resolve } from 'node:path';

export interface ServerProcess {
  child: ChildProcess;
  url: string;
  port: number;
  output(): string;
  /** Resolves with the exit code (null after a signal). */
  exited: Promise<number | null>;
}

/**
 * `src/server/main.ts` in a child process on 127.0.0.1. Run as `node --import tsx` rather than the `tsx`
 * command: that one runs the script in a second process of its own, and a SIGKILL would hit the wrapper and
 * leave the server running.
 */
export async function startServerProcess(args: string[], env: Record<string, string> = {}): Promise<ServerProcess> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/server/main.ts', ...args], {
    cwd: resolve(import.meta.dirname, '../..'),
    env: { ...process.env, HOST: '127.0.0.1', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout!.setEncoding('utf8').on('data', (chunk: string) => (output += chunk));
  child.stderr!.setEncoding('utf8').on('data', (chunk: string) => (output += chunk));
  const exited = new Promise<number | null>((done) => child.on('exit', (code) => done(code)));
  const url = await new Promise<string>((done, fail) => {
    const timer = setTimeout(() => fail(new Error(`server did not start:\n${output}`)), 20_000);
    const look = () => {
      const match = /Arena sync server on (http:\/\/127\.0\.0\.1:\d+)/.exec(output);
      if (match?.[1]) {
        clearTimeout(timer);
        child.stdout!.off('data', look);
        done(match[1]);
      }
    };
    child.stdout!.on('data', look);
    void exited.then((code) => fail(new Error(`server exited (${code}) before it started:\n${output}`)));
  });
  return { child, url, port: Number(new URL(url).port), output: () => output, exited };
}
