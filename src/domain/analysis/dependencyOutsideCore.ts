/**
 * Misplaced dependency, first half (arena-analysis worksheet): a partner the network depends on highly
 * (an important resource that others can hardly supply: importance 3–4, replaceability 1–2, see
 * domain/dependency.ts) is placed outside the core: in the complementary or context ring or among the
 * not relevant. Warning per partner (subject = partner id); the suggestion is the core. Unplaced partners
 * and partners without assessed resources are not judged.
 */
import { partnersWhere } from './facts';
import { makeFinding, type Rule } from './types';

export const dependencyOutsideCore: Rule = {
  id: 'dependencyOutsideCore',
  scope: 'arena',
  evaluate: (input) =>
    partnersWhere(input, (placement, dependency) => dependency === 'high' && placement !== 'unplaced' && placement !== 'core').map((id) =>
      makeFinding({ rule: 'dependencyOutsideCore', severity: 'warning', subject: id, partners: [id], numbers: {} }),
    ),
};
