/**
 * A core partner the network depends on highly (domain/dependency.ts), steered by no instrument at all
 * (seed: too little steering misses the result). Only judged once the arena has instruments
 * (MIN_INSTRUMENTS_FOR_CORE_NOTE): before that, the group has not mapped its steering yet. Info per
 * partner (subject = partner id): communicative steering may be all it needs, but then say so.
 */
import { partnersWhere } from './facts';
import { MIN_INSTRUMENTS_FOR_CORE_NOTE } from './thresholds';
import { makeFinding, type Rule } from './types';

export const coreWithoutInstrument: Rule = {
  id: 'coreWithoutInstrument',
  scope: 'arena',
  evaluate: (input) => {
    const instruments = Object.values(input.arena?.instruments ?? {});
    if (instruments.length < MIN_INSTRUMENTS_FOR_CORE_NOTE) return [];
    const steered = new Set(instruments.map((i) => i.partnerId));
    return partnersWhere(input, (placement, dependency) => placement === 'core' && dependency === 'high')
      .filter((id) => !steered.has(id))
      .map((id) => makeFinding({ rule: 'coreWithoutInstrument', severity: 'info', subject: id, partners: [id], numbers: {} }));
  },
};
