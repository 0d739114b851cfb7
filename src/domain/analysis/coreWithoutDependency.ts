/**
 * Misplaced dependency, second half (arena-analysis worksheet): a partner in the core whose resources are
 * assessed and whose dependency is 'none' (nothing important, or only what others could supply as well;
 * see domain/dependency.ts). The worksheet suggests the context ring, or not relevant. Info per partner
 * (subject = partner id): there may be other reasons to keep it in the core. Partners without assessed
 * resources are not judged (unknown is not 'none').
 */
import { partnersWhere } from './facts';
import { makeFinding, type Rule } from './types';

export const coreWithoutDependency: Rule = {
  id: 'coreWithoutDependency',
  scope: 'arena',
  evaluate: (input) =>
    partnersWhere(input, (placement, dependency) => dependency === 'none' && placement === 'core').map((id) =>
      makeFinding({ rule: 'coreWithoutDependency', severity: 'info', subject: id, partners: [id], numbers: {} }),
    ),
};
