/**
 * The governance advisor's verdict and reasoning in words (domain/governance.ts, governanceReasons.ts), the
 * same in the panel and in the A4 report.
 */
import type { GovernanceFit } from '../domain/governance';
import type { GovernanceForm } from '../domain/arena';
import { governanceReasons, type Reason } from '../domain/governanceReasons';
import type { TiesTranslate } from '../i18n/useTiesT';
import { joinOr } from './findingText';

type Say = (key: Parameters<TiesTranslate>[0], params?: Record<string, string | number>) => string;

export function reasonText(r: Reason, t: Say, nameOf: (id: string) => string, num: (n: number) => string): string {
  switch (r.id) {
    case 'thin':
      return t('governance.reason.thin', { known: r.known, min: r.min });
    case 'sharedRuledOut':
      return t('governance.reason.sharedRuledOut', { participants: r.participants, max: r.max });
    case 'trustMeasured':
      return t('governance.reason.trustMeasured', { ties: r.ties, density: num(r.density), level: t(`governance.trust.${r.level}`).toLowerCase() });
    case 'trustCentralised':
      return t('governance.reason.trustCentralised', { name: nameOf(r.centre), centralisation: num(r.centralisation) });
    case 'trustNotCentralised':
      return t('governance.reason.trustNotCentralised', { centralisation: num(r.centralisation) });
    case 'closest':
      return t('governance.reason.closest');
  }
}

/** The advice as one paragraph (best form, a tie, too little to go on, or nothing fits; and whether the chosen form fits) and the reasons behind it. */
export function governanceAdvice(fit: GovernanceFit, t: Say, nameOf: (id: string) => string, num: (n: number) => string): { advice: string; reasons: string[] } {
  const { recommendation: rec, values } = fit;
  const formLabel = (f: GovernanceForm) => t(`governance.form.${f}`);
  const reasons = governanceReasons(rec, values);
  const thin = reasons.find((r) => r.id === 'thin');
  const verdict =
    rec.known.length === 0
      ? t('governance.advice.unknown')
      : thin
        ? reasonText(thin, t, nameOf, num)
        : rec.tie
          ? t('governance.advice.tie', { forms: joinOr(rec.best.map(formLabel), t('analysis.or')), score: num(rec.scores[rec.best[0]!]), known: rec.known.length })
          : rec.form
            ? t('governance.advice.best', { form: formLabel(rec.form), score: num(rec.scores[rec.form]), known: rec.known.length })
            : t('governance.advice.noFit');
  const chosen = fit.fits === true ? t('governance.fit.yes') : fit.fits === false ? t('governance.fit.no', { recommended: joinOr(rec.best.map(formLabel), t('analysis.or')) }) : '';
  return {
    advice: [verdict, chosen].filter(Boolean).join(' '),
    reasons: reasons.filter((r) => r.id !== 'thin').map((r) => reasonText(r, t, nameOf, num)),
  };
}
