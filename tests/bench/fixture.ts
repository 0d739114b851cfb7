/**
 * Bench arenas made with the app's own domain code: N partners with seeded random tags, placed with
 * spreadPositions, and the `.arena.json` text of such an arena (encodeArenaFile, the export path).
 */
import { enablePatches, freeze, produceWithPatches } from 'immer';
import { createArena, createPartner, partnersInOrder, type Arena, type Partner } from '../../src/domain/arena';
import { carryOrders } from '../../src/store/carryOrders';
import { EXPERTISE_KEYS, PERSPECTIVE_KEYS, STYLE_KEYS } from '../../src/domain/vocabularies';
import { encodeArenaFile } from '../../src/io/json';
import { spreadPositions } from './positions';
// Seeded, so every run benches the same arena.
import { prng } from '../prng';

enablePatches();


function uuid(random: () => number): string {
  const hex = Array.from({ length: 32 }, () => Math.floor(random() * 16).toString(16));
  hex[12] = '4';
  hex[16] = ((parseInt(hex[16]!, 16) & 0x3) | 0x8).toString(16);
  const s = hex.join('');
  return `${s.slice(0, 8)}-${s.slice(8, 12)}-${s.slice(12, 16)}-${s.slice(16, 20)}-${s.slice(20)}`;
}

function pick<T>(random: () => number, list: readonly T[]): T {
  return list[Math.floor(random() * list.length)]!;
}

function pickSome<T>(random: () => number, list: readonly T[], max: number): T[] {
  const count = Math.floor(random() * (max + 1));
  const out = new Set<T>();
  while (out.size < count) out.add(pick(random, list));
  return [...out];
}

const BASE_TIME = Date.UTC(2025, 0, 6, 9, 0, 0);
const PARTNER_TYPES = ['municipal service', 'NGO', 'school', 'housing association', 'company', ''];

/** An arena with `n` partners on the map (all in the rings), deterministic for a given n and seed. */
export function benchArena(n: number, seed = 1): Arena {
  const random = prng(seed * 100_003 + n);
  const positions = spreadPositions(n);
  const partners: Record<string, Partner> = {};
  for (let i = 0; i < n; i++) {
    const id = uuid(random);
    const at = new Date(BASE_TIME + i * 1000).toISOString();
    // The app's own constructors, so every field a newer document format adds is there.
    partners[id] = {
      ...createPartner({ name: `Partner ${i + 1}`, type: pick(random, PARTNER_TYPES) }, at, id),
      position: positions[i]!,
      expertise: pickSome(random, EXPERTISE_KEYS, 2),
      style: random() < 0.9 ? pick(random, STYLE_KEYS) : null,
      perspective: pickSome(random, PERSPECTIVE_KEYS, 2),
    };
  }
  const now = new Date(BASE_TIME).toISOString();
  return {
    ...createArena(`Bench ${n} partners`, now, uuid(random)),
    goal: 'Fewer young people in the district leave school without a starting qualification',
    partners,
  };
}

/** The `.arena.json` file of benchArena(n), as the app's export writes it. */
export function benchArenaFile(n: number): string {
  return encodeArenaFile(benchArena(n), { appVersion: 'bench', now: new Date(BASE_TIME).toISOString() });
}

/**
 * The arena as the editor gets it from the database: a structured clone, frozen by immer when the store
 * takes it, its lists not worked out yet.
 */
export function openedVersion(arena: Arena): Arena {
  return freeze(structuredClone(arena), true);
}

/** The arena as the editor holds it once shown: opened, its partner order listed once (the first render does). */
export function storedVersion(arena: Arena): Arena {
  const stored = openedVersion(arena);
  partnersInOrder(stored);
  return stored;
}

/**
 * The next version after one partner was dragged, made the way the store's commit makes it (an immer
 * recipe with patches, then carryOrders), so the analysis bench times what runs after every change.
 */
export function movedVersion(doc: Arena, step: number): Arena {
  const ids = partnersInOrder(doc);
  const target = ids[step % ids.length];
  const [after, patches] = produceWithPatches(doc, (d) => {
    const p = target ? d.partners[target.id] : undefined;
    if (p?.position) p.position = { x: p.position.x + 1, y: p.position.y };
    d.updatedAt = new Date(BASE_TIME + step).toISOString();
  });
  carryOrders(doc, after, patches);
  return after;
}
