import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import * as Y from 'yjs';
import { connect, type Connection, type ConnectionState } from '../../src/sync/client/connection';
import { rotateRoom } from '../../src/sync/client/server';
import { createRoom, startTestServer, waitFor, wsUrl } from './helpers';

/**
 * The app's own connection (src/sync/client/connection.ts) asked to connect anew while its socket is still
 * open: after New links (this device's retry once the room's secrets are replaced) and back online.
 */
describe('a connection asked to connect anew while its socket is open', { timeout: 20_000 }, () => {
  let server: Awaited<ReturnType<typeof startTestServer>>;
  const connections: Connection[] = [];

  beforeAll(async () => {
    server = await startTestServer();
  });
  afterAll(async () => {
    for (const c of connections) c.destroy();
    await server.cleanUp();
  });

  function open(room: string, secret: () => string) {
    const states: ConnectionState['state'][] = [];
    const doc = new Y.Doc();
    const connection = connect(doc, { room, secret, onState: (s) => states.push(s.state), url: wsUrl(server.url, room), WebSocketPolyfill: WebSocket });
    connections.push(connection);
    return { connection, states, doc, last: () => states.at(-1) };
  }

  it('reconnects and syncs again when Try again is pressed on an open connection', async () => {
    await createRoom(server.url, 'again', 'edit-again', 'view-again');
    const client = open('again', () => 'edit-again');
    await waitFor(() => client.last() === 'synced', 5000, 'the first sync');
    const opened = client.states.length;
    client.connection.retry();
    expect(client.last()).toBe('connecting');
    await waitFor(() => client.last() === 'synced' && client.states.length > opened + 1, 5000, 'a new sync after retry');
  });

  it('goes on with the new secret after New links, whichever comes first: the server closing it or the retry', async () => {
    await createRoom(server.url, 'rotated', 'edit-1', 'view-1');
    let secret = 'edit-1';
    const client = open('rotated', () => secret);
    await waitFor(() => client.last() === 'synced', 5000, 'the first sync');
    // The retry right after the server answered, before its close of this socket can have arrived.
    await rotateRoom('rotated', 'edit-1', { edit: 'edit-2', view: 'view-2' }, server.url);
    secret = 'edit-2';
    client.connection.retry();
    await waitFor(() => client.last() === 'synced', 8000, 'a sync with the new secret');
    client.doc.getMap('partners').set('p1', 'after the new links');
    const other = open('rotated', () => 'edit-2');
    await waitFor(() => other.doc.getMap('partners').get('p1') === 'after the new links', 5000, 'another device to see the edit');
    expect(client.states).not.toContain('refused');
  });
});
