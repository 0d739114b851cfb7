/**
 * The bench's sync side in Node (bundled into lib.js with the rest): shared arena documents seeded from the
 * bench arenas, edits made the way the app makes them (an immer recipe on the arena as an incremental
 * reader gives it, written with writeChanges from immer's patches), Hocuspocus provider clients, and the
 * merge of two offline replicas, timed.
 */
import { HocuspocusProvider, HocuspocusProviderWebsocket } from '@hocuspocus/provider';
import { enablePatches, produceWithPatches, type Draft } from 'immer';
import WebSocket from 'ws';
import * as Y from 'yjs';
import { createPartner, type Arena, type Partner } from '../../src/domain/arena';
import { pointInRing, type Point, type Ring } from '../../src/domain/rings';
import { EXPERTISE_KEYS } from '../../src/domain/vocabularies';
import { createArenaReader, createSharedDoc, readArena, seedDoc, writeChanges, type ArenaReader } from '../../src/sync/doc';
import { benchArena } from './fixture';
import { prng } from '../prng';

enablePatches();

/** A new shared document holding benchArena(n, seed), as *Share* makes it. */
export function sharedBenchDoc(n: number, seed: number): Y.Doc {
  const doc = createSharedDoc();
  seedDoc(doc, benchArena(n, seed));
  return doc;
}

export interface Editor {
  doc: Y.Doc;
  /** The arena as this replica reads it now. */
  arena(): Arena;
  move(id: string, position: Point): void;
  /** `recipe` gets the draft and the edit's time (for `updatedAt`). */
  edit(recipe: (draft: Draft<Arena>, now: string) => void): void;
  dispose(): void;
}

/** Store-like edits on `doc`, through one incremental reader (as the app keeps one per shared arena). */
export function editorOf(doc: Y.Doc): Editor {
  const reader: ArenaReader = createArenaReader(doc);
  let clock = 0;
  const edit = (recipe: (draft: Draft<Arena>, now: string) => void) => {
    const before = reader.read().arena;
    const now = new Date(Date.UTC(2026, 5, 1) + ++clock).toISOString();
    const [after, patches] = produceWithPatches(before, (d) => {
      recipe(d, now);
      d.updatedAt = now;
    });
    writeChanges(doc, before, after, patches);
  };
  return {
    doc,
    arena: () => reader.read().arena,
    edit,
    move(id, position) {
      edit((d, now) => {
        const p = d.partners[id];
        if (p) [p.position, p.updatedAt] = [position, now];
      });
    },
    dispose: () => reader.dispose(),
  };
}

/**
 * A live workshop participant's add (mode *add*), as its app writes it: one new partner carrying `addedBy`,
 * at a random point of the ring picked from the list, partners only, in one transaction. Gives its id.
 */
export function participantAdd(doc: Y.Doc, who: { id: string; name: string }, name: string, ring: Ring, random: () => number): string {
  const before = readArena(doc).arena;
  const partner: Partner = {
    ...createPartner({ name }, new Date().toISOString()),
    position: pointInRing(ring, null, -Math.PI + random() * 2 * Math.PI),
    addedBy: { ...who },
  };
  const [after, patches] = produceWithPatches(before, (d) => {
    d.partners[partner.id] = partner;
  });
  writeChanges(doc, before, after, patches, { partnersOnly: true });
  return partner.id;
}

export interface BenchClient {
  doc: Y.Doc;
  provider: HocuspocusProvider;
  /** Close codes of the WebSocket (the server refusing an update closes it with 4403). */
  closes: number[];
  /** Synced with the server and every local change acknowledged. */
  settled(): boolean;
  destroy(): void;
}

/** A Hocuspocus provider client in Node on `ws://…/sync/<room>` with the room's secret. */
export function providerClient(httpUrl: string, room: string, token: string, doc: Y.Doc = new Y.Doc()): BenchClient {
  const socket = new HocuspocusProviderWebsocket({
    url: `${httpUrl.replace(/^http/, 'ws')}/sync/${room}`,
    WebSocketPolyfill: WebSocket,
    delay: 200,
    minDelay: 100,
    maxDelay: 1000,
  });
  const provider = new HocuspocusProvider({ websocketProvider: socket, name: room, document: doc, token });
  provider.attach();
  const closes: number[] = [];
  socket.on('close', ({ event }: { event: { code: number } }) => closes.push(event.code));
  return {
    doc,
    provider,
    closes,
    settled: () => provider.isSynced && provider.unsyncedChanges === 0,
    destroy() {
      provider.destroy();
      socket.destroy();
    },
  };
}

export interface MergeTiming {
  /** Both replicas' missing updates encoded and applied (Y.encodeStateAsUpdate + Y.applyUpdate, both ways). */
  mergeMs: number;
  /** Then one replica's incremental reader reading the merged arena (what the app renders from). */
  readMs: number;
  /** Bytes of the two updates exchanged. */
  bytes: number;
  partners: number;
}

/**
 * Two replicas of a shared `n`-partner arena, each making `edits` store-like edits offline (moves, renames,
 * tags, on random partners, so some meet on one partner), then merged; each replica's reader has read
 * its own edits already, as the app's has. Throws when the replicas do not converge.
 */
export function mergeOffline(n: number, edits: number, seed: number): MergeTiming {
  const origin = sharedBenchDoc(n, 40 + seed);
  const replicas = [new Y.Doc(), new Y.Doc()];
  for (const r of replicas) Y.applyUpdate(r, Y.encodeStateAsUpdate(origin));
  const editors = replicas.map(editorOf);
  const ids = Object.keys(editors[0]!.arena().partners).sort();
  const random = prng(seed);
  editors.forEach((editor, side) => {
    for (let i = 0; i < edits; i += 1) {
      const id = ids[Math.floor(random() * ids.length)]!;
      const roll = random();
      editor.edit((d, now) => {
        const p = d.partners[id]!;
        if (roll < 0.6) p.position = { x: Math.round(random() * 1000 - 500), y: Math.round(random() * 1000 - 500) };
        else if (roll < 0.8) p.name = `Renamed ${side}.${i}`;
        else p.expertise = [EXPERTISE_KEYS[Math.floor(random() * EXPERTISE_KEYS.length)]!];
        p.updatedAt = now;
      });
    }
    editor.arena();
  });
  const [a, b] = replicas as [Y.Doc, Y.Doc];
  const t0 = performance.now();
  const toB = Y.encodeStateAsUpdate(a, Y.encodeStateVector(b));
  const toA = Y.encodeStateAsUpdate(b, Y.encodeStateVector(a));
  Y.applyUpdate(b, toB, 'network');
  Y.applyUpdate(a, toA, 'network');
  const t1 = performance.now();
  const merged = editors[0]!.arena();
  const t2 = performance.now();
  const same = Buffer.from(Y.encodeStateVector(a)).equals(Buffer.from(Y.encodeStateVector(b)));
  if (!same || JSON.stringify(editors[1]!.arena().partners[ids[0]!]) !== JSON.stringify(merged.partners[ids[0]!])) {
    throw new Error('the merged replicas differ');
  }
  for (const e of editors) e.dispose();
  for (const r of [origin, a, b]) r.destroy();
  return { mergeMs: t1 - t0, readMs: t2 - t1, bytes: toA.length + toB.length, partners: Object.keys(merged.partners).length };
}
