import type { IncomingMessage, ServerResponse } from 'node:http';
import { isValidId, type RoomStore } from './roomStore';

/** A body is two secrets of at most 64 characters: anything much larger is not one. */
const MAX_BODY_BYTES = 4096;

class HttpError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

function send(response: ServerResponse, status: number, body: Record<string, unknown>): void {
  response.writeHead(status, { 'Content-Type': 'application/json; charset=utf-8', 'Cache-Control': 'no-store' });
  response.end(JSON.stringify(body));
}

async function readJson(request: IncomingMessage): Promise<unknown> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of request as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > MAX_BODY_BYTES) throw new HttpError(413, 'Body too large');
    chunks.push(chunk);
  }
  try {
    return JSON.parse(Buffer.concat(chunks).toString('utf8')) as unknown;
  } catch {
    throw new HttpError(400, 'Body is not JSON');
  }
}

function secretsOf(body: unknown): { edit: string; view: string } {
  if (typeof body !== 'object' || body === null) throw new HttpError(400, 'Body must be {"edit", "view"}');
  const { edit, view } = body as Record<string, unknown>;
  if (!isValidId(edit) || !isValidId(view)) {
    throw new HttpError(400, 'Secrets are 1 to 64 characters of A-Z, a-z, 0-9, _ and -');
  }
  // One secret for both would make the view link an edit link.
  if (edit === view) throw new HttpError(400, 'The edit and view secrets must differ');
  return { edit, view };
}

function bearer(request: IncomingMessage): string | null {
  const match = /^Bearer ([A-Za-z0-9_-]{1,64})$/.exec(request.headers.authorization ?? '');
  return match?.[1] ?? null;
}

export interface RoomsApiEvents {
  /** After a rotation: every open connection of the room must go (old links refused from then on). */
  rotated(room: string): void;
}

/**
 * `PUT /api/rooms/<room>` creates a room with its two secrets; `POST /api/rooms/<room>/rotate` (with the
 * current edit secret as Bearer token) replaces them. Nothing lists rooms or reads a secret back. Returns
 * false when the path is not the API's.
 */
export function createRoomsApi(rooms: RoomStore, events: RoomsApiEvents) {
  return async (request: IncomingMessage, response: ServerResponse, path: string): Promise<boolean> => {
    if (path !== '/api' && !path.startsWith('/api/')) return false;
    try {
      const create = /^\/api\/rooms\/([^/]*)$/.exec(path);
      const rotate = /^\/api\/rooms\/([^/]*)\/rotate$/.exec(path);
      const room = create?.[1] ?? rotate?.[1];
      if (room === undefined) throw new HttpError(404, 'Not found');
      const method = create ? 'PUT' : 'POST';
      if (request.method !== method) {
        response.setHeader('Allow', method);
        throw new HttpError(405, `Use ${method}`);
      }
      if (!isValidId(room)) throw new HttpError(400, 'Room ids are 1 to 64 characters of A-Z, a-z, 0-9, _ and -');
      if (create) {
        const { edit, view } = secretsOf(await readJson(request));
        if (rooms.create(room, edit, view) === 'exists') throw new HttpError(409, 'The room exists');
        send(response, 201, { room });
        return true;
      }
      const current = bearer(request);
      if (!current) throw new HttpError(403, 'The current edit secret is needed (Authorization: Bearer)');
      const { edit, view } = secretsOf(await readJson(request));
      const result = rooms.rotate(room, current, edit, view);
      if (result === 'not-found') throw new HttpError(404, 'No such room');
      if (result === 'forbidden') throw new HttpError(403, 'Wrong secret');
      events.rotated(room);
      send(response, 200, { room });
    } catch (error) {
      if (!(error instanceof HttpError)) throw error;
      // The rest of a refused body is not read: close rather than keep a half-read request alive.
      if (error.status === 413) response.setHeader('Connection', 'close');
      send(response, error.status, { error: error.message });
    }
    return true;
  };
}
