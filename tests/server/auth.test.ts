import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CloseCode } from '../../src/server/closeCodes';
import { clientPool, createRoom, settled, sleep, startTestServer, waitFor } from './helpers';

describe('sync server: who may read and write a room', { timeout: 20_000 }, () => {
  let server: Awaited<ReturnType<typeof startTestServer>>;
  const { open, closeAll } = clientPool();

  beforeAll(async () => {
    server = await startTestServer();
    await createRoom(server.url, 'roomA', 'editA', 'viewA');
    await createRoom(server.url, 'roomB', 'editB', 'viewB');
  });

  afterAll(async () => {
    closeAll();
    await server.cleanUp();
  });

  it('the edit secret reads and writes; another editor sees the change', async () => {
    const a = open(server.url, 'roomA', 'editA');
    const b = open(server.url, 'roomA', 'editA');
    await settled(a);
    await settled(b);
    a.doc.getMap('partners').set('p1', 'Library');
    await waitFor(() => b.doc.getMap('partners').get('p1') === 'Library', 5000, 'b to see p1');
    expect(a.provider.authorizedScope).toBe('read-write');
  });

  it('the view secret reads but its writes reach neither the server nor the other clients', async () => {
    const editor = open(server.url, 'roomA', 'editA');
    const viewer = open(server.url, 'roomA', 'viewA');
    await settled(editor);
    await waitFor(() => viewer.provider.isSynced, 5000, 'viewer synced');
    expect(viewer.provider.authorizedScope).toBe('readonly');
    // It reads what is there and what comes later.
    expect(viewer.doc.getMap('partners').get('p1')).toBe('Library');
    editor.doc.getMap('partners').set('p2', 'School');
    await waitFor(() => viewer.doc.getMap('partners').get('p2') === 'School', 5000, 'viewer to see p2');

    viewer.doc.getMap('partners').set('hacked', 'by the viewer');
    viewer.doc.getMap('partners').delete('p1');
    // The server answers "not applied": the change stays unsynced on the viewer.
    await sleep(500);
    expect(viewer.provider.unsyncedChanges).toBeGreaterThan(0);
    expect(editor.doc.getMap('partners').has('hacked')).toBe(false);
    expect(editor.doc.getMap('partners').get('p1')).toBe('Library');
    // A newcomer loads the server's document: nothing of the viewer's either.
    const newcomer = open(server.url, 'roomA', 'editA');
    await settled(newcomer);
    expect(newcomer.doc.getMap('partners').toJSON()).toEqual({ p1: 'Library', p2: 'School' });
    // Reconnecting does not smuggle it in through the sync handshake (step 2) either.
    viewer.socket.disconnect();
    await waitFor(() => viewer.provider.isSynced === false, 5000, 'viewer disconnected');
    await viewer.socket.connect();
    await waitFor(() => viewer.provider.isSynced, 5000, 'viewer synced again');
    await sleep(300);
    expect(newcomer.doc.getMap('partners').has('hacked')).toBe(false);
  });

  it('a wrong secret is refused: permission denied, then the socket closes with 4401', async () => {
    const client = open(server.url, 'roomA', 'not-the-secret');
    await waitFor(() => client.closes.includes(CloseCode.Unauthorized), 5000, 'close 4401');
    expect(client.authFailures).toEqual(['unauthorized']);
    expect(client.authenticated).toBe(false);
    expect(client.doc.getMap('partners').size).toBe(0);
  });

  it('a room-B document with room A’s secret is refused', async () => {
    const client = open(server.url, 'roomB', 'editA');
    await waitFor(() => client.closes.includes(CloseCode.Unauthorized), 5000, 'close 4401');
    expect(client.authenticated).toBe(false);
  });

  it('a document name other than the room of the path is refused, even with that room’s secret', async () => {
    const sneaky = open(server.url, 'roomA', 'editB', { name: 'roomB' });
    await waitFor(() => sneaky.closes.includes(CloseCode.BadMessage), 5000, 'close 4400');
    expect(sneaky.authenticated).toBe(false);
    const alsoSneaky = open(server.url, 'roomB', 'editA', { name: 'roomA' });
    await waitFor(() => alsoSneaky.closes.includes(CloseCode.BadMessage), 5000, 'close 4400');
    expect(alsoSneaky.doc.getMap('partners').size).toBe(0);
  });

  it('after a rotation the open connections close (4410), the old secrets are refused, the new ones work', async () => {
    const editor = open(server.url, 'roomB', 'editB');
    const viewer = open(server.url, 'roomB', 'viewB');
    await settled(editor);
    await waitFor(() => viewer.provider.isSynced, 5000, 'viewer synced');
    editor.doc.getMap('partners').set('kept', 'yes');
    await settled(editor);

    const response = await fetch(`${server.url}/api/rooms/roomB/rotate`, {
      method: 'POST',
      headers: { Authorization: 'Bearer editB' },
      body: JSON.stringify({ edit: 'editB2', view: 'viewB2' }),
    });
    expect(response.status).toBe(200);
    await waitFor(() => editor.closes.includes(CloseCode.LinkRotated), 5000, 'editor closed 4410');
    await waitFor(() => viewer.closes.includes(CloseCode.LinkRotated), 5000, 'viewer closed 4410');

    const oldEdit = open(server.url, 'roomB', 'editB');
    const oldView = open(server.url, 'roomB', 'viewB');
    await waitFor(() => oldEdit.closes.includes(CloseCode.Unauthorized), 5000, 'old edit refused');
    await waitFor(() => oldView.closes.includes(CloseCode.Unauthorized), 5000, 'old view refused');

    const fresh = open(server.url, 'roomB', 'editB2');
    await settled(fresh);
    expect(fresh.doc.getMap('partners').get('kept')).toBe('yes');
    const freshViewer = open(server.url, 'roomB', 'viewB2');
    await waitFor(() => freshViewer.provider.isSynced, 5000, 'new viewer synced');
    expect(freshViewer.provider.authorizedScope).toBe('readonly');
  });
});
