/**
 * The one order in which the shared document gives a partner's tags back (layout.ts): a set has no order
 * that survives a merge, so expertise reads as the main key then the others sorted, and perspective sorted.
 * A document written from an arena reads back as `normaliseArena` of that arena; the app can put its own
 * document in this order so that nothing moves when the shared version comes back.
 */
import type { Arena, Partner } from '../../domain/arena';
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

function sortedSet(keys: readonly string[]): string[] {
  return [...new Set(keys)].sort(compareKeys);
}

function sameList(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((x, i) => x === b[i]);
}
