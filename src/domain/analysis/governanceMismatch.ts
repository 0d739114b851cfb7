/**
 * Network type mismatch (Provan & Kenis 2008, see domain/governance.ts): the chosen governance form fits
 * fewer of the four criteria (trust, participants, goal consensus, need for network-level competencies)
 * than the best-fitting form. Warning, subject = the chosen form (an acceptance holds while the form
 * stays the same); `forms` names the chosen and the recommended form(s) (more than one on a tie); the
 * three tensions come along in `tensions` as context.
 *
 * Only judged with a form chosen, enough evidence (governance.ts MIN_KNOWN_CRITERIA) and at least
 * MIN_GOVERNANCE_ESTIMATES (2) of trust (estimated, or measured from the ties), consensus and
 * competencies; the participant count from the map is used beside them. A chosen form ruled out by the
 * participant limit (shared governance with many partners) does not fit, whatever its score.
 * `arena.trust`: the measures of the trust ties, when the caller has them (they replace the estimate).
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
    const fit = governanceFit(arena, composition.atTable.length, arena.trust ?? null);
    if (fit.fits !== false || fit.chosen === null || fit.estimates < MIN_GOVERNANCE_ESTIMATES) return [];
    const { recommendation } = fit;
    const bestScore = Math.max(...GOVERNANCE_FORMS.filter((f) => !recommendation.ruledOut.includes(f)).map((f) => recommendation.scores[f]));
    return [
      makeFinding({
        rule: 'governanceMismatch',
        severity: 'warning',
        subject: fit.chosen,
        ...(recommendation.ruledOut.includes(fit.chosen) ? { variant: 'participantLimit' } : {}),
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
