/**
 * Network type mismatch (Provan & Kenis 2008, see domain/governance.ts): the chosen governance form fits
 * fewer of the four criteria (trust, participants, goal consensus, need for network-level competencies)
 * than the best-fitting form. Warning, subject = the chosen form (an acceptance holds while the form
 * stays the same); `forms` names the chosen and the recommended form(s) (more than one on a tie); the
 * three tensions come along in `tensions` as context.
 *
 * Only judged with a form chosen and at least MIN_GOVERNANCE_ESTIMATES (2) of the group's own estimates
 * (trust, consensus, competencies); the participant count from the map is used beside them.
 */
import { GOVERNANCE_FORMS } from '../arena';
import { TENSIONS, governanceFit } from '../governance';
import { MIN_GOVERNANCE_ESTIMATES } from './thresholds';
import { makeFinding, type Rule } from './types';

export const governanceMismatch: Rule = {
  id: 'governanceMismatch',
  scope: 'arena',
  evaluate: ({ arena, composition }) => {
    if (!arena?.governance) return [];
    const fit = governanceFit(arena, composition.atTable.length);
    if (fit.fits !== false || fit.chosen === null || fit.estimates < MIN_GOVERNANCE_ESTIMATES) return [];
    const { recommendation } = fit;
    const bestScore = Math.max(...GOVERNANCE_FORMS.map((f) => recommendation.scores[f]));
    return [
      makeFinding({
        rule: 'governanceMismatch',
        severity: 'warning',
        subject: fit.chosen,
        partners: [],
        numbers: {
          chosenScore: fit.chosenScore,
          bestScore,
          known: recommendation.known.length,
          estimates: fit.estimates,
          participants: fit.values.participants ?? 0,
        },
        forms: { chosen: fit.chosen, recommended: recommendation.best.slice() },
        tensions: [...TENSIONS],
      }),
    ];
  },
};
