/**
 * Misplaced dependency, second half (arena-analysis worksheet): a partner in the core whose resources are
 * assessed and whose dependency is 'none' (nothing important, or only what others could supply as well;
 * see domain/dependency.ts). The worksheet suggests the context ring, or not relevant. Info per partner
 * (subject = partner id): there may be other reasons to keep it in the core. Partners without assessed
 * resources are not judged (unknown is not 'none').
 */
import { partnerDependency } from '../dependency';
import { ringOf } from '../rings';
import { makeFinding, type Finding, type Rule } from './types';

export const coreWithoutDependency: Rule = {
  id: 'coreWithoutDependency',
  scope: 'arena',
  evaluate: ({ arena, partners }) => {
    if (!arena) return [];
    const findings: Finding[] = [];
    for (const partner of partners ?? Object.values(arena.partners)) {
      // Cheapest test first: most partners have no resources assessed.
      if (!partner.position || partnerDependency(partner) !== 'none') continue;
      if (ringOf(partner.position) !== 'core') continue;
      findings.push(
        makeFinding({ rule: 'coreWithoutDependency', severity: 'info', subject: partner.id, partners: [partner.id], numbers: {} }),
      );
    }
    return findings;
  },
};
