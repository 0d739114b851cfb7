import { createHash } from 'node:crypto';
import { createServer, request as httpRequest, type IncomingMessage } from 'node:http';
import { connect as netConnect, type AddressInfo, type Socket } from 'node:net';
import type { Duplex } from 'node:stream';

/** The room a request belongs to: `/sync/<room>` or `/api/rooms/<room>[/rotate]`. */
export function roomOf(url: string): string | null {
  const path = url.split('?')[0] ?? '';
  return /^\/(?:sync|api\/rooms)\/([^/]+)/.exec(path)?.[1] ?? null;
}

/** Which instance serves a room: the same for every request of the room, as nginx's `hash $room`. */
export function instanceFor(room: string | null, count: number): number {
  if (room === null) return 0;
  return createHash('sha256').update(room).digest().readUInt32BE(0) % count;
}

/**
 * A small reverse proxy for the scale-out tests (127.0.0.1 only): HTTP requests and WebSocket upgrades go
 * to the instance the room's name hashes to, so every client of a room meets on one instance. It does
 * what `hash $room consistent` in nginx or `balance uri` in HAProxy do in a real deployment.
 */
export async function startPinningProxy(targets: string[]) {
  const upstreams = targets.map((target) => new URL(target));
  const sockets = new Set<Socket | Duplex>();
  const pick = (request: IncomingMessage) => upstreams[instanceFor(roomOf(request.url ?? '/'), upstreams.length)]!;

  const server = createServer((request, response) => {
    const target = pick(request);
    const upstream = httpRequest(
      { host: target.hostname, port: target.port, method: request.method, path: request.url, headers: request.headers },
      (answer) => {
        response.writeHead(answer.statusCode ?? 502, answer.headers);
        answer.pipe(response);
      },
    );
    upstream.on('error', () => {
      if (!response.headersSent) response.writeHead(502).end();
      else response.destroy();
    });
    request.pipe(upstream);
  });

  server.on('upgrade', (request: IncomingMessage, client: Duplex, head: Buffer) => {
    const target = pick(request);
    sockets.add(client);
    client.on('close', () => sockets.delete(client));
    client.on('error', () => undefined);
    let connected = false;
    const upstream = netConnect(Number(target.port), target.hostname, () => {
      connected = true;
      let raw = `${request.method} ${request.url} HTTP/${request.httpVersion}\r\n`;
      for (let i = 0; i < request.rawHeaders.length; i += 2) raw += `${request.rawHeaders[i]}: ${request.rawHeaders[i + 1]}\r\n`;
      upstream.write(`${raw}\r\n`);
      if (head.length > 0) upstream.write(head);
      upstream.pipe(client);
      client.pipe(upstream);
    });
    sockets.add(upstream);
    upstream.on('close', () => {
      sockets.delete(upstream);
      client.destroy();
    });
    upstream.on('error', () => {
      if (!connected) client.end('HTTP/1.1 502 Bad Gateway\r\nConnection: close\r\nContent-Length: 0\r\n\r\n');
      else client.destroy();
    });
    client.on('close', () => upstream.destroy());
  });

  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    async stop() {
      for (const socket of sockets) socket.destroy();
      server.closeAllConnections();
      await new Promise((done) => server.close(done));
    },
  };
}
