/**
 * The one order in which the shared document gives a partner's tags back (layout.ts): a set has no order
 * that survives a merge, so expertise reads as the main key then the others sorted, and perspective sorted.
 * A document written from an arena reads back as `normaliseArena` of that arena; the app can put its own
 * document in this order so that nothing moves when the shared version comes back.
 */
import type { Arena, Partner } from '../../domain/arena';
import { inCreationOrder } from '../../domain/order';
import { RECORD_COLLECTIONS, RECORD_TYPES } from '../../domain/records';
import { compareKeys } from './decode';

/** The partner's tag lists in the shared document's order (no key twice); the same object when already so. */
export function normalisePartnerTags<P extends Pick<Partner, 'expertise' | 'perspective'>>(partner: P): P {
  const [main, ...rest] = partner.expertise;
  const expertise = main === undefined ? partner.expertise : [main, ...sortedSet(rest.filter((k) => k !== main))];
  const perspective = sortedSet(partner.perspective);
  const same = sameList(expertise, partner.expertise) && sameList(perspective, partner.perspective);
  return same ? partner : { ...partner, expertise, perspective };
}

/** The arena with every partner's tags in the shared document's order; the same object when nothing changes. */
export function normaliseArena(arena: Arena): Arena {
  let partners: Record<string, Partner> | null = null;
  for (const [id, partner] of Object.entries(arena.partners)) {
    const normal = normalisePartnerTags(partner);
    if (normal === partner) continue;
    partners ??= { ...arena.partners };
    partners[id] = normal;
  }
  return partners ? { ...arena, partners } : arena;
}

/**
 * The arena with the records of every collection in one order (by creation then id where lists are, by id
 * elsewhere), for what must come out byte for byte the same on every replica, such as an exported file:
 * the reader keeps a collection's keys in the order records arrived, which differs between replicas.
 * Records themselves already read the same everywhere (their fields and entries are read in key order).
 */
export function canonicalArena(arena: Arena): Arena {
  const out: Record<string, unknown> = { ...arena };
  for (const collection of RECORD_COLLECTIONS) {
    const records = arena[collection] as Readonly<Record<string, { id: string; createdAt?: string }>>;
    const list = RECORD_TYPES[collection].byCreation
      ? inCreationOrder(records as Readonly<Record<string, { id: string; createdAt: string }>>)
      : Object.values(records).sort((a, b) => compareKeys(a.id, b.id));
    out[collection] = Object.fromEntries(list.map((record) => [record.id, record]));
  }
  return out as unknown as Arena;
}

function sortedSet(keys: readonly string[]): string[] {
  return [...new Set(keys)].sort(compareKeys);
}

function sameList(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((x, i) => x === b[i]);
}
