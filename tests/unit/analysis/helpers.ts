import { createArena, createPartner, type Arena, type Involvement, type Partner, type Resource, type Score } from '../../../src/domain/arena';
import { ringMidRadius, type Point } from '../../../src/domain/rings';

// Taken from the ring geometry, so tuning the radii cannot silently move a test partner to another ring.
export const CORE: Point = { x: 0, y: ringMidRadius('core') };
export const COMPLEMENTARY: Point = { x: 0, y: ringMidRadius('complementary') };
export const CONTEXT: Point = { x: 0, y: ringMidRadius('context') };
export const OUTSIDE: Point = { x: 0, y: ringMidRadius('outside') };

export interface PartnerSpec {
  id?: string;
  name?: string;
  expertise?: string[];
  style?: string | null;
  perspective?: string[];
  /** Defaults to the core ring; null = unplaced. */
  position?: Point | null;
  resources?: Resource[];
}

const BASE = Date.UTC(2024, 0, 1);

/** Partners created one second apart in array order, so partnersInOrder is array order. */
export function makePartners(specs: readonly PartnerSpec[], offset = 0): Partner[] {
  return specs.map((spec, i) => {
    const now = new Date(BASE + (offset + i) * 1000).toISOString();
    const id = spec.id ?? `p${String(offset + i).padStart(4, '0')}`;
    const p = createPartner({ name: spec.name ?? `Partner ${id}` }, now, id);
    return {
      ...p,
      position: spec.position === undefined ? CORE : spec.position,
      expertise: spec.expertise ?? [],
      style: spec.style ?? null,
      perspective: spec.perspective ?? [],
      resources: Object.fromEntries((spec.resources ?? []).map((r) => [r.id, r])),
    };
  });
}

/**
 * An arena with these partners and goal. The strategic question is answered 'no' (a network is needed),
 * so the strategic-question finding stays out of tests of other rules; tests of that rule set it.
 */
export function arenaOf(partners: readonly Partner[], goal = ''): Arena {
  const arena = createArena('Test arena', new Date(BASE).toISOString(), 'arena-1');
  arena.goal = goal;
  arena.strategic.alone = 'no';
  for (const p of partners) arena.partners[p.id] = p;
  return arena;
}

export function arenaWith(specs: readonly PartnerSpec[], goal = ''): Arena {
  return arenaOf(makePartners(specs), goal);
}

/** `n` partners of one spec. */
export function times(n: number, spec: PartnerSpec): PartnerSpec[] {
  return Array.from({ length: n }, () => ({ ...spec }));
}

/** A goal the goal-too-broad rule accepts as concrete, so it stays out of tests of other rules. */
export const CONCRETE_GOAL = 'Halve the number of empty shops on the market square by 2026';

let actionClock = 0;

/** Adds an action (created after the previous one) with the given involvements; returns its id. */
export function addAction(arena: Arena, id: string, involvement: Record<string, Involvement>, title = `Action ${id}`): string {
  const now = new Date(BASE + 1_000_000 + actionClock++ * 1000).toISOString();
  arena.actions[id] = { id, title, description: '', involvement, createdAt: now, updatedAt: now };
  return id;
}

/** A resource with the given scores (importance, replaceability). */
export function resource(id: string, importance: Score, replaceability: Score): Resource {
  return { id, kind: 'knowledge', importance, replaceability, note: '', updatedAt: new Date(BASE).toISOString() };
}
