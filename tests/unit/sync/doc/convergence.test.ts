/**
 * Property test of the shared document: random edits as the store makes them (immer recipes, written with
 * writeChanges from immer's patches) on three replicas, their updates delivered in a random order, some
 * twice and some long after, converge: every replica ends with the same Yjs state, reads the same arena and
 * exports the same file, and that arena passes the validation of file import.
 */
import fc from 'fast-check';
import { enablePatches, produceWithPatches, type Draft } from 'immer';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { createArena, createPartner, INVOLVEMENTS, type Arena, type Involvement } from '../../../../src/domain/arena';
import { EXPERTISE_KEYS, PERSPECTIVE_KEYS } from '../../../../src/domain/vocabularies';
import { decodeArenaJson, encodeArenaFile } from '../../../../src/io/json';
import { canonicalArena } from '../../../../src/sync/doc/normalise';
import { LOCAL_ORIGIN } from '../../../../src/sync/doc/layout';
import { readArena } from '../../../../src/sync/doc/read';
import { createSharedDoc, seedDoc } from '../../../../src/sync/doc/seed';
import { writeChanges } from '../../../../src/sync/doc/write';
import { replicaOf } from './helpers';

enablePatches();

const T0 = Date.UTC(2026, 0, 1);
const NAMES = ['Alpha', 'alpha ', 'Beta', 'Gamma', 'Délta', 'OCMW'];
const TAGS = [...EXPERTISE_KEYS.slice(0, 5)];
const PERSPECTIVES = [...PERSPECTIVE_KEYS.slice(0, 3)];

type Op =
  | { kind: 'addPartner'; name: number }
  | { kind: 'move'; p: number; x: number; y: number }
  | { kind: 'unplace'; p: number }
  | { kind: 'tag'; p: number; key: number }
  | { kind: 'perspective'; p: number; key: number }
  | { kind: 'main'; p: number; key: number }
  | { kind: 'rename'; p: number; name: number }
  | { kind: 'deletePartner'; p: number }
  | { kind: 'addAction'; title: number }
  | { kind: 'involve'; a: number; p: number; level: number }
  | { kind: 'deleteAction'; a: number }
  | { kind: 'title'; title: number };

type Event = { kind: 'edit'; replica: number; op: Op } | { kind: 'deliver'; message: number; to: number };

const index = fc.nat(20);
const op: fc.Arbitrary<Op> = fc.oneof(
  fc.record({ kind: fc.constant('addPartner' as const), name: fc.nat(NAMES.length - 1) }),
  fc.record({ kind: fc.constant('move' as const), p: index, x: fc.integer({ min: -400, max: 400 }), y: fc.integer({ min: -400, max: 400 }) }),
  fc.record({ kind: fc.constant('unplace' as const), p: index }),
  fc.record({ kind: fc.constant('tag' as const), p: index, key: fc.nat(TAGS.length - 1) }),
  fc.record({ kind: fc.constant('perspective' as const), p: index, key: fc.nat(PERSPECTIVES.length - 1) }),
  fc.record({ kind: fc.constant('main' as const), p: index, key: fc.nat(TAGS.length - 1) }),
  fc.record({ kind: fc.constant('rename' as const), p: index, name: fc.nat(NAMES.length - 1) }),
  fc.record({ kind: fc.constant('deletePartner' as const), p: index }),
  fc.record({ kind: fc.constant('addAction' as const), title: fc.nat(NAMES.length - 1) }),
  fc.record({ kind: fc.constant('involve' as const), a: index, p: index, level: fc.nat(INVOLVEMENTS.length) }),
  fc.record({ kind: fc.constant('deleteAction' as const), a: index }),
  fc.record({ kind: fc.constant('title' as const), title: fc.nat(NAMES.length - 1) }),
);
const event: fc.Arbitrary<Event> = fc.oneof(
  { weight: 3, arbitrary: fc.record({ kind: fc.constant('edit' as const), replica: fc.nat(2), op }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('deliver' as const), message: fc.nat(1000), to: fc.nat(2) }) },
);

function baseArena(): Arena {
  const arena = createArena('Base', new Date(T0).toISOString(), 'prop-arena');
  for (let i = 0; i < 4; i++) {
    const p = createPartner({ name: `Base ${i}` }, new Date(T0 + i).toISOString(), `base-${i}`);
    arena.partners[p.id] = { ...p, position: { x: 100 + i, y: 50 }, expertise: [TAGS[i % TAGS.length]!] };
  }
  arena.actions.act = { id: 'act', title: 'Act', description: '', involvement: { 'base-0': 'decide' }, createdAt: new Date(T0).toISOString(), updatedAt: new Date(T0).toISOString() };
  return arena;
}

/** The store's way of doing `op` on a draft; ids of new records come from `fresh`. */
function recipe(op: Op, fresh: () => string, now: string): ((d: Draft<Arena>) => void) | null {
  const pick = <T,>(record: Record<string, T>, n: number): string | undefined => {
    const ids = Object.keys(record).sort();
    return ids.length ? ids[n % ids.length] : undefined;
  };
  return (d) => {
    d.updatedAt = now;
    const partnerId = 'p' in op ? pick(d.partners, op.p) : undefined;
    const p = partnerId ? d.partners[partnerId] : undefined;
    const touch = () => {
      if (p) p.updatedAt = now;
    };
    switch (op.kind) {
      case 'addPartner': {
        const id = fresh();
        d.partners[id] = createPartner({ name: NAMES[op.name]! }, now, id);
        return;
      }
      case 'move':
        if (p) [p.position, p.updatedAt] = [{ x: op.x, y: op.y }, now];
        return;
      case 'unplace':
        if (p) [p.position, p.updatedAt] = [null, now];
        return;
      case 'tag':
      case 'perspective': {
        if (!p) return;
        const list = op.kind === 'tag' ? p.expertise : p.perspective;
        const key = (op.kind === 'tag' ? TAGS : PERSPECTIVES)[op.key]!;
        const at = list.indexOf(key);
        if (at >= 0) list.splice(at, 1);
        else list.push(key);
        touch();
        return;
      }
      case 'main': {
        const key = TAGS[op.key]!;
        if (p && p.expertise[0] !== key) [p.expertise, p.updatedAt] = [[key, ...p.expertise.filter((k) => k !== key)], now];
        return;
      }
      case 'rename':
        if (p) [p.name, p.updatedAt] = [NAMES[op.name]!.trim(), now];
        return;
      case 'deletePartner':
        if (!partnerId) return;
        delete d.partners[partnerId];
        for (const action of Object.values(d.actions)) {
          if (partnerId in action.involvement) {
            delete action.involvement[partnerId];
            action.updatedAt = now;
          }
        }
        return;
      case 'addAction': {
        const id = fresh();
        d.actions[id] = { id, title: NAMES[op.title]!.trim(), description: '', involvement: {}, createdAt: now, updatedAt: now };
        return;
      }
      case 'involve': {
        const actionId = pick(d.actions, op.a);
        const action = actionId ? d.actions[actionId] : undefined;
        const target = pick(d.partners, op.p);
        if (!action || !target) return;
        const level: Involvement | undefined = INVOLVEMENTS[op.level];
        if (level) action.involvement[target] = level;
        else delete action.involvement[target];
        action.updatedAt = now;
        return;
      }
      case 'deleteAction': {
        const actionId = pick(d.actions, op.a);
        if (actionId) delete d.actions[actionId];
        return;
      }
      case 'title':
        d.title = NAMES[op.title]!.trim();
        return;
    }
  };
}

function run(events: Event[], order: number[]): void {
  const origin = createSharedDoc();
  seedDoc(origin, baseArena());
  const replicas = [origin, replicaOf(origin), replicaOf(origin)];
  const messages: Uint8Array[] = [];
  replicas.forEach((doc) =>
    doc.on('update', (update: Uint8Array, source: unknown) => {
      if (source === LOCAL_ORIGIN) messages.push(update);
    }),
  );
  let clock = 0;
  const counters = [0, 0, 0];
  for (const e of events) {
    if (e.kind === 'deliver') {
      if (messages.length) Y.applyUpdate(replicas[e.to]!, messages[e.message % messages.length]!, 'network');
      continue;
    }
    const doc = replicas[e.replica]!;
    const before = readArena(doc).arena;
    const now = new Date(T0 + 1000 + ++clock * 1000).toISOString();
    const fresh = () => `r${e.replica}-${++counters[e.replica]!}`;
    const [after, patches] = produceWithPatches(before, recipe(e.op, fresh, now)!);
    doc.transact(() => writeChanges(doc, before, after, patches), LOCAL_ORIGIN);
  }
  // Then the network catches up: every message reaches every replica, in a shuffled order.
  const all = messages.map((m, i) => [m, order[i % order.length]!] as const).sort((x, y) => x[1] - y[1]);
  for (const doc of replicas) for (const [m] of all) Y.applyUpdate(doc, m, 'network');

  const vectors = replicas.map((d) => Y.encodeStateVector(d));
  expect(vectors[1]).toEqual(vectors[0]);
  expect(vectors[2]).toEqual(vectors[0]);
  const reads = replicas.map((d) => readArena(d));
  expect(reads[1]!.arena).toEqual(reads[0]!.arena);
  expect(reads[2]!.arena).toEqual(reads[0]!.arena);
  expect(reads[1]!.collisions).toEqual(reads[0]!.collisions);
  expect(reads[0]!.rejected).toEqual({});
  // Exported files are byte for byte the same on every replica.
  const files = reads.map((r) => encodeArenaFile(canonicalArena(r.arena), { appVersion: 'test', now: 'now' }));
  expect(files[1]).toBe(files[0]);
  expect(files[2]).toBe(files[0]);
  const arena = reads[0]!.arena;
  const imported = decodeArenaJson(JSON.parse(JSON.stringify({ type: 'arena', version: arena.schemaVersion, arena })));
  if (!imported.ok) throw new Error(`not importable: ${JSON.stringify(imported.error)}`);
  for (const p of Object.values(arena.partners)) {
    if (p.expertise.length) expect(TAGS).toContain(p.expertise[0]);
  }
}

describe('convergence of three replicas', () => {
  it('random edits, delivered in random order with duplicates, converge to one importable arena', () => {
    fc.assert(
      fc.property(fc.array(event, { minLength: 5, maxLength: 80 }), fc.array(fc.nat(1000), { minLength: 1, maxLength: 50 }), (events, order) => run(events, order)),
      { numRuns: 300 },
    );
    // 300 runs take about 2 s alone; a loaded machine (CI beside other work) needs more than vitest's 5 s.
  }, 60_000);
});
