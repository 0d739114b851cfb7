/**
 * Overlapping arenas (seed: mandated and local networks with nearly the same goals and the same partners
 * at the table). Cross-arena, so not part of analyse(arena): the caller computes the overlaps with
 * domain/overlap.ts (findOverlaps over the digests of all arenas) and turns the pairs that concern one
 * arena into findings with overlapFindings.
 *
 * One warning per other arena: subject = the other arena's id, `other` = its id and title (for a link),
 * numbers: shared (count), jaccard (partner names), domainJaccard; partners = the ids of this arena's
 * partners at the table whose normalised name is shared (only when the arena's partners are passed).
 * When either arena is a mandated network, the variant 'mandated' applies (its messages say so).
 */
import { normaliseName, partnersInOrder, type Partner } from '../arena';
import type { Overlap } from '../overlap';
import { isAtTable } from './composition';
import { makeFinding, type Finding } from './types';

export function overlapFindings(
  arenaId: string,
  overlaps: readonly Overlap[],
  titles: Readonly<Record<string, string>> | ReadonlyMap<string, string>,
  partners?: Record<string, Partner>,
): Finding[] {
  const titleOf = (id: string): string =>
    (titles instanceof Map ? titles.get(id) : (titles as Readonly<Record<string, string>>)[id]) ?? '';
  let table: { id: string; name: string }[] | null = null;
  const idsOf = (names: readonly string[]): string[] => {
    if (!partners) return [];
    table ??= partnersInOrder({ partners })
      .filter(isAtTable)
      .map((p) => ({ id: p.id, name: normaliseName(p.name ?? '') }));
    const wanted = new Set(names);
    return table.filter((p) => wanted.has(p.name)).map((p) => p.id);
  };
  const findings: Finding[] = [];
  for (const o of overlaps) {
    if (o.a !== arenaId && o.b !== arenaId) continue;
    const otherId = o.a === arenaId ? o.b : o.a;
    const mandated = o.aMandated || o.bMandated;
    findings.push(
      makeFinding({
        rule: 'overlappingArena',
        severity: 'warning',
        subject: otherId,
        partners: idsOf(o.shared),
        numbers: { shared: o.shared.length, jaccard: o.partnerJaccard, domainJaccard: o.domainJaccard },
        other: { id: otherId, title: titleOf(otherId) },
        ...(mandated ? { variant: 'mandated' } : {}),
      }),
    );
  }
  return findings;
}
