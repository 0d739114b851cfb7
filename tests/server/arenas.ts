/**
 * Arena-shaped content for the server tests: the server checks every update's content (src/server/main.ts
 * passes createContentCheck()), so clients write what the app writes: a seeded arena (seedDoc) and edits
 * made the way the store makes them, an immer recipe on the arena as read from the document, written with
 * writeChanges from immer's patches.
 */
import { enablePatches, produceWithPatches, type Draft } from 'immer';
import type * as Y from 'yjs';
import { createArena, createPartner, type Arena, type Partner } from '../../src/domain/arena';
import { EXPERTISE_KEYS, PERSPECTIVE_KEYS } from '../../src/domain/vocabularies';
import { decodeArenaJson } from '../../src/io/json';
import { canonicalArena, createArenaReader, readArena, seedDoc, writeChanges, type ArenaReader } from '../../src/sync/doc';

enablePatches();

const T0 = Date.UTC(2026, 2, 2, 9);
export const at = (ms: number) => new Date(T0 + ms).toISOString();

/** An arena of `n` partners, "Partner 1" … "Partner n", placed on a spiral, some tagged. */
export function workshopArena(n: number, title = 'Workshop'): Arena {
  const arena = createArena(title, at(0), 'workshop-arena');
  for (let i = 1; i <= n; i += 1) {
    const angle = i * 2.4;
    const r = 140 + (i % 5) * 60;
    arena.partners[`p${i}`] = {
      ...createPartner({ name: `Partner ${i}` }, at(i), `p${i}`),
      position: { x: Math.round(r * Math.cos(angle)), y: Math.round(r * Math.sin(angle)) },
      expertise: [EXPERTISE_KEYS[i % EXPERTISE_KEYS.length]!],
      perspective: i % 3 === 0 ? [PERSPECTIVE_KEYS[i % PERSPECTIVE_KEYS.length]!] : [],
    };
  }
  return arena;
}

/** Fills the client's (empty, synced) document with `arena`, as *Share* does. */
export function seed(doc: Y.Doc, arena: Arena): void {
  seedDoc(doc, arena);
}

/**
 * A store-like edit: `recipe` on the arena as the document reads now (through `reader` when given, as the
 * app keeps one), its patches written to the document. Gives whether the recipe changed anything.
 */
export function edit(doc: Y.Doc, recipe: (draft: Draft<Arena>) => void, reader?: ArenaReader): boolean {
  const before = (reader ? reader.read() : readArena(doc)).arena;
  const [after, patches] = produceWithPatches(before, recipe);
  writeChanges(doc, before, after, patches);
  return patches.length > 0;
}

/** A new partner as the app adds one (dropped on the map at `position`). */
export function newPartner(id: string, name: string, now: string, position: Partner['position'] = null): Partner {
  return { ...createPartner({ name }, now, id), position };
}

/** The partners of an arena by name (names are unique in these tests). */
export function byName(arena: Arena): Map<string, Partner> {
  return new Map(Object.values(arena.partners).map((p) => [p.name, p]));
}

/** The document's arena, read as every client reads it, in one order (for comparing replicas). */
export function canonicalRead(doc: Y.Doc): { arena: Arena; rejected: ReturnType<typeof readArena>['rejected'] } {
  const read = readArena(doc);
  return { arena: canonicalArena(read.arena), rejected: read.rejected };
}

/** Passes the same validation as importing a file; throws with the import's error otherwise. */
export function importable(arena: Arena): true {
  const result = decodeArenaJson(JSON.parse(JSON.stringify({ type: 'arena', version: arena.schemaVersion, arena })));
  if (!result.ok) throw new Error(`not importable: ${JSON.stringify(result.error)}`);
  return true;
}

export { createArenaReader, readArena };
