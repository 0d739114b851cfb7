/**
 * Misplaced dependency, second half (arena-analysis worksheet): a partner in the core whose resources are
 * assessed and whose dependency is 'none' (nothing important, or only what others could supply as well;
 * see domain/dependency.ts). The worksheet suggests the context ring, or not relevant. Info per partner
 * (subject = partner id): there may be other reasons to keep it in the core. Partners without assessed
 * resources are not judged (unknown is not 'none').
 */
import { partnerFacts } from './facts';
import { makeFinding, type Finding, type Rule } from './types';

export const coreWithoutDependency: Rule = {
  id: 'coreWithoutDependency',
  scope: 'arena',
  evaluate: ({ arena, partners: given, facts: known }) => {
    if (!arena) return [];
    const partners = given ?? Object.values(arena.partners);
    const { placement, dependency } = (given && known) ?? partnerFacts(partners);
    const findings: Finding[] = [];
    for (let i = 0; i < partners.length; i++) {
      if (dependency[i] !== 'none' || placement[i] !== 'core') continue;
      const id = partners[i]!.id;
      findings.push(makeFinding({ rule: 'coreWithoutDependency', severity: 'info', subject: id, partners: [id], numbers: {} }));
    }
    return findings;
  },
};
