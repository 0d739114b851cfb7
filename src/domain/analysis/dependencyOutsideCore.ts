/**
 * Misplaced dependency, first half (arena-analysis worksheet): a partner the network depends on highly
 * (an important resource that others can hardly supply: importance 3–4, replaceability 1–2, see
 * domain/dependency.ts) is placed outside the core: in the complementary or context ring or among the
 * not relevant. Warning per partner (subject = partner id); the suggestion is the core. Unplaced partners
 * and partners without assessed resources are not judged.
 */
import { partnerDependency } from '../dependency';
import { ringOf } from '../rings';
import { makeFinding, type Finding, type Rule } from './types';

export const dependencyOutsideCore: Rule = {
  id: 'dependencyOutsideCore',
  scope: 'arena',
  evaluate: ({ arena, partners }) => {
    if (!arena) return [];
    const findings: Finding[] = [];
    for (const partner of partners ?? Object.values(arena.partners)) {
      // Cheapest test first: most partners have no resources assessed.
      if (!partner.position || partnerDependency(partner) !== 'high') continue;
      if (ringOf(partner.position) === 'core') continue;
      findings.push(
        makeFinding({ rule: 'dependencyOutsideCore', severity: 'warning', subject: partner.id, partners: [partner.id], numbers: {} }),
      );
    }
    return findings;
  },
};
