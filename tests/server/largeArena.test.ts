/** A large arena can be shared: its first sync is one message with the whole document. */
import { afterEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { DEFAULT_LIMITS } from '../../src/server/limits';
import { createContentCheck } from '../../src/server/contentCheck';
import { byName, readArena, seed, workshopArena } from './arenas';
import { connect, createRoom, settled, startTestServer, waitFor, type TestClient } from './helpers';

describe('a large shared arena', { timeout: 60_000 }, () => {
  let server: Awaited<ReturnType<typeof startTestServer>> | null = null;
  const clients: TestClient[] = [];
  afterEach(async () => {
    for (const c of clients.splice(0)) c.destroy();
    await server?.cleanUp();
    server = null;
  });

  it('1,500 partners with notes reach a second device through the default limits and the content check', async () => {
    server = await startTestServer({ validateUpdate: createContentCheck() });
    await createRoom(server.url, 'large', 'edit', 'view');
    const arena = workshopArena(1500);
    for (const p of Object.values(arena.partners)) p.notes = 'Contact via the coordinator; meets monthly on Tuesday mornings at the town hall.';
    const a = connect(server.url, 'large', 'edit');
    clients.push(a);
    await settled(a);
    seed(a.doc, arena);
    await settled(a, 20_000);
    const b = connect(server.url, 'large', 'edit');
    clients.push(b);
    await settled(b, 20_000);
    await waitFor(() => readArena(b.doc).seeded, 20_000, 'the arena on the second device');
    expect(byName(readArena(b.doc).arena).size).toBe(1500);
    expect(a.closes).toEqual([]);
    // Larger than the old limit of 256 kB, within today's.
    const size = Y.encodeStateAsUpdate(a.doc).length;
    expect(size).toBeGreaterThan(256 * 1024);
    expect(size).toBeLessThan(DEFAULT_LIMITS.maxUpdateBytes);
  });
});
