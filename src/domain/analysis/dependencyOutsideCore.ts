/**
 * Misplaced dependency, first half (arena-analysis worksheet): a partner the network depends on highly
 * (an important resource that others can hardly supply: importance 3–4, replaceability 1–2, see
 * domain/dependency.ts) is placed outside the core: in the complementary or context ring or among the
 * not relevant. Warning per partner (subject = partner id); the suggestion is the core. Unplaced partners
 * and partners without assessed resources are not judged.
 */
import { partnerFacts } from './facts';
import { makeFinding, type Finding, type Rule } from './types';

export const dependencyOutsideCore: Rule = {
  id: 'dependencyOutsideCore',
  scope: 'arena',
  evaluate: ({ arena, partners: given, facts: known }) => {
    if (!arena) return [];
    const partners = given ?? Object.values(arena.partners);
    const { placement, dependency } = (given && known) ?? partnerFacts(partners);
    const findings: Finding[] = [];
    for (let i = 0; i < partners.length; i++) {
      if (dependency[i] !== 'high' || placement[i] === 'unplaced' || placement[i] === 'core') continue;
      const id = partners[i]!.id;
      findings.push(makeFinding({ rule: 'dependencyOutsideCore', severity: 'warning', subject: id, partners: [id], numbers: {} }));
    }
    return findings;
  },
};
