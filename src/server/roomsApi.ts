import type { IncomingMessage, ServerResponse } from 'node:http';
import { WORKSHOP_MODES, isWorkshopMode } from '../sync/doc/workshop';
import { isValidId, type RoomStore, type WorkshopChange } from './roomStore';

/** A body is a few secrets of at most 64 characters: anything much larger is not one. */
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

const SECRET_RULE = 'Secrets are 1 to 64 characters of A-Z, a-z, 0-9, _ and -';

function isObject(body: unknown): body is Record<string, unknown> {
  return typeof body === 'object' && body !== null && !Array.isArray(body);
}

function secretsOf(body: unknown): { edit: string; view: string } {
  if (!isObject(body)) throw new HttpError(400, 'Body must be {"edit", "view"}');
  const { edit, view } = body;
  if (!isValidId(edit) || !isValidId(view)) throw new HttpError(400, SECRET_RULE);
  // One secret for both would make the view link an edit link.
  if (edit === view) throw new HttpError(400, 'The edit and view secrets must differ');
  return { edit, view };
}

/** A new room's secrets: edit, view, and (optional) the participant secret of a live workshop. */
function roomSecretsOf(body: unknown): { edit: string; view: string; participant?: string } {
  const secrets = secretsOf(body);
  const { participant } = body as Record<string, unknown>;
  if (participant === undefined) return secrets;
  if (!isValidId(participant)) throw new HttpError(400, SECRET_RULE);
  if (participant === secrets.edit || participant === secrets.view) throw new HttpError(400, 'The edit, view and participant secrets must differ');
  return { ...secrets, participant };
}

const WORKSHOP_FIELDS: ReadonlySet<string> = new Set(['mode', 'locked', 'participant']);

function workshopChangeOf(body: unknown): WorkshopChange {
  if (!isObject(body)) throw new HttpError(400, 'Body must be an object with any of "mode", "locked", "participant"');
  for (const key of Object.keys(body)) {
    if (!WORKSHOP_FIELDS.has(key)) throw new HttpError(400, `Unknown field "${key.slice(0, 40)}": use "mode", "locked", "participant"`);
  }
  const { mode, locked, participant } = body;
  if (mode !== undefined && !isWorkshopMode(mode)) throw new HttpError(400, `mode is one of ${WORKSHOP_MODES.join(', ')}`);
  if (locked !== undefined && typeof locked !== 'boolean') throw new HttpError(400, 'locked is true or false');
  if (participant !== undefined && participant !== null && !isValidId(participant)) {
    throw new HttpError(400, `participant is null (ends the session) or a new secret. ${SECRET_RULE}`);
  }
  return { mode, locked, participant } as WorkshopChange;
}

function bearer(request: IncomingMessage): string | null {
  const match = /^Bearer ([A-Za-z0-9_-]{1,64})$/.exec(request.headers.authorization ?? '');
  return match?.[1] ?? null;
}

export interface RoomsApiEvents {
  /** After a rotation: every edit and view connection of the room must go (old links refused from then on). */
  rotated(room: string): void;
  /** The participant secret was removed or replaced: every participant connection of the room must go. */
  sessionEnded(room: string): void;
}

const ROUTES: readonly { action: 'create' | 'rotate' | 'workshop'; pattern: RegExp; methods: readonly string[] }[] = [
  { action: 'create', pattern: /^\/api\/rooms\/([^/]*)$/, methods: ['PUT'] },
  { action: 'rotate', pattern: /^\/api\/rooms\/([^/]*)\/rotate$/, methods: ['POST'] },
  { action: 'workshop', pattern: /^\/api\/rooms\/([^/]*)\/workshop$/, methods: ['GET', 'POST'] },
];

/**
 * `PUT /api/rooms/<room>` creates a room with its secrets; `POST /api/rooms/<room>/rotate` (with the
 * current edit secret as Bearer token) replaces the edit and view secrets; `GET /api/rooms/<room>/workshop`
 * (any secret of the room) gives the workshop state, and `POST` (the edit secret) changes it. Nothing lists
 * rooms or reads a secret back. Returns false when the path is not the API's.
 */
export function createRoomsApi(rooms: RoomStore, events: RoomsApiEvents) {
  return async (request: IncomingMessage, response: ServerResponse, path: string): Promise<boolean> => {
    if (path !== '/api' && !path.startsWith('/api/')) return false;
    try {
      let route: (typeof ROUTES)[number] | undefined;
      let room: string | undefined;
      for (const candidate of ROUTES) {
        room = candidate.pattern.exec(path)?.[1];
        if (room !== undefined) {
          route = candidate;
          break;
        }
      }
      if (!route || room === undefined) throw new HttpError(404, 'Not found');
      const method = request.method ?? '';
      if (!route.methods.includes(method)) {
        response.setHeader('Allow', route.methods.join(', '));
        throw new HttpError(405, `Use ${route.methods.join(' or ')}`);
      }
      if (!isValidId(room)) throw new HttpError(400, 'Room ids are 1 to 64 characters of A-Z, a-z, 0-9, _ and -');
      const { action } = route;

      if (action === 'create') {
        const { edit, view, participant } = roomSecretsOf(await readJson(request));
        if (rooms.create(room, edit, view, participant) === 'exists') throw new HttpError(409, 'The room exists');
        send(response, 201, { room });
        return true;
      }
      const current = bearer(request);
      if (action === 'workshop' && method === 'GET') {
        if (!current) throw new HttpError(403, 'A secret of the room is needed (Authorization: Bearer)');
        const state = rooms.workshop(room);
        if (!state) throw new HttpError(404, 'No such room');
        if (!rooms.secretRole(room, current)) throw new HttpError(403, 'Wrong secret');
        send(response, 200, { ...state });
        return true;
      }
      if (!current) throw new HttpError(403, 'The current edit secret is needed (Authorization: Bearer)');
      if (action === 'rotate') {
        const { edit, view } = secretsOf(await readJson(request));
        const result = rooms.rotate(room, current, edit, view);
        if (result === 'not-found') throw new HttpError(404, 'No such room');
        if (result === 'forbidden') throw new HttpError(403, 'Wrong secret');
        if (result === 'same-as-link') throw new HttpError(400, 'The new secrets must differ from the participant secret');
        events.rotated(room);
        send(response, 200, { room });
        return true;
      }
      const result = rooms.setWorkshop(room, current, workshopChangeOf(await readJson(request)));
      if (result.status === 'not-found') throw new HttpError(404, 'No such room');
      if (result.status === 'forbidden') throw new HttpError(403, 'Wrong secret');
      if (result.status !== 'changed') throw new HttpError(400, 'The participant secret must differ from the edit and view secrets');
      if (result.participantsChanged) events.sessionEnded(room);
      send(response, 200, { ...result.state });
    } catch (error) {
      if (!(error instanceof HttpError)) throw error;
      // The rest of a refused body is not read: close rather than keep a half-read request alive.
      if (error.status === 413) response.setHeader('Connection', 'close');
      send(response, error.status, { error: error.message });
    }
    return true;
  };
}
