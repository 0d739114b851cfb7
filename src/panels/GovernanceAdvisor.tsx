import { useMemo } from 'react';
import { useDocumentStore } from '../store/documentStore';
import { setGovernance } from '../store/networkActions';
import { COMPETENCY_LEVELS, CONSENSUS_LEVELS, GOVERNANCE_FORMS, TRUST_LEVELS, type GovernanceForm } from '../domain/arena';
import {
  CENTRALISED_MIN,
  DENSITY_HIGH_MIN,
  DENSITY_MODERATE_MIN,
  GOVERNANCE_CRITERIA,
  PARTICIPANTS_FEW_MAX,
  PARTICIPANTS_MODERATE_MAX,
  SHARED_MAX_PARTICIPANTS,
  TENSION_TABLE,
  densityLevel,
  governanceFit,
  participantBand,
} from '../domain/governance';
import type { TrustMeasures } from '../domain/trust';
import type { MessageKey } from '../i18n';
import { useLanguage } from '../i18n/useT';
import { useTiesT, type TiesTranslate } from '../i18n/useTiesT';
import { formatNumber } from './findingText';
import { governanceAdvice } from './governanceAdvice';
import { useTrustMeasures } from './useTrustMeasures';
import '../canvas/ties.css';

/**
 * The Provan & Kenis table with this network's values marked, the form that fits, how the advice is
 * reached (governance.ts), the trust measured from the ties with the candidate lead, and the tensions.
 */
export function GovernanceAdvisor() {
  const t = useTiesT();
  const language = useLanguage();
  const partners = useDocumentStore((s) => s.doc?.partners);
  const governance = useDocumentStore((s) => s.doc?.governance);
  const measures = useTrustMeasures();
  const fit = useMemo(() => (partners && governance ? governanceFit({ partners, governance }, undefined, measures) : null), [partners, governance, measures]);
  if (!governance || !fit || !partners) return null;
  const { recommendation: rec, values } = fit;
  const measured = values.trustSource === 'measured';
  const band = participantBand(values.participants);
  const num = (n: number) => formatNumber(n, language);
  const nameOf = (id: string) => partners[id]?.name ?? '';
  const formLabel = (f: GovernanceForm) => t(`governance.form.${f}`);
  const yourValue = (criterion: (typeof GOVERNANCE_CRITERIA)[number]): string => {
    if (criterion === 'participants') return values.participants ? t('governance.participants.count', { count: values.participants }) : '—';
    const v = values[criterion];
    if (!v) return '—';
    const text = t(`governance.${criterion}.${v}` as MessageKey);
    return criterion === 'trust' && measured ? `${text} (${t('governance.measuredMark')})` : text;
  };
  const { advice, reasons } = governanceAdvice(fit, t, nameOf, num);
  return (
    <section aria-labelledby="governance-heading" className="governance">
      <h2 id="governance-heading">{t('governance.title')}</h2>
      {/* Radios rather than a select: "Netwerkadministratieve organisatie (NAO)" does not fit a 280 px select. */}
      <fieldset className="radio-list">
        <legend>{t('governance.chosen')}</legend>
        {[null, ...GOVERNANCE_FORMS].map((f) => (
          <label key={f ?? 'none'}>
            <input type="radio" name="governance-form" checked={governance.form === f} onChange={() => setGovernance({ form: f })} />
            {f ? formLabel(f) : t('governance.notChosen')}
          </label>
        ))}
      </fieldset>
      <div className="estimates">
        <Estimate label={t('governance.criterion.trust')} value={governance.trust} options={TRUST_LEVELS} prefix="governance.trust" onChange={(trust) => setGovernance({ trust })} />
        {measured && <p className="hint">{t('governance.estimateUnused')}</p>}
        <Estimate label={t('governance.criterion.consensus')} value={governance.consensus} options={CONSENSUS_LEVELS} prefix="governance.consensus" onChange={(consensus) => setGovernance({ consensus })} />
        <Estimate label={t('governance.criterion.competencies')} value={governance.competencies} options={COMPETENCY_LEVELS} prefix="governance.competencies" onChange={(competencies) => setGovernance({ competencies })} />
      </div>
      <MeasuredTrustView measures={measures} measured={measured} candidateLead={rec.candidateLead} nameOf={nameOf} num={num} t={t} />
      {/* The Provan & Kenis table as one card per form: six columns of Dutch in a 280–400 px panel could only
          be read with words broken in the middle. Your network's values come first, each form's conditions
          under it with a ✓ where they fit. */}
      <div className="pk-cards">
        <section className="pk-card your-values" aria-labelledby="pk-yours">
          <h3 id="pk-yours">{t('governance.yours')}</h3>
          <dl>
            {GOVERNANCE_CRITERIA.map((c) => (
              <div key={c}>
                <dt>{t(`governance.criterion.${c}`)}</dt>
                <dd>{yourValue(c)}</dd>
              </div>
            ))}
          </dl>
        </section>
        {GOVERNANCE_FORMS.map((f) => (
          <section
            key={f}
            className={`pk-card${rec.best.includes(f) ? ' is-best' : ''}${governance.form === f ? ' is-chosen' : ''}${rec.ruledOut.includes(f) ? ' is-ruled-out' : ''}`}
            aria-labelledby={`pk-${f}`}
          >
            <h3 id={`pk-${f}`}>
              {formLabel(f)}
              {governance.form === f && <span className="chosen-mark"> ({t('governance.chosenMark')})</span>}
            </h3>
            <p className="pk-score">
              {t('governance.fitColumn')}: {rec.known.length ? t('governance.matches', { score: num(rec.scores[f]), known: rec.known.length }) : '—'}
            </p>
            {rec.ruledOut.includes(f) && <p className="pk-score">{t('governance.ruledOut', { max: SHARED_MAX_PARTICIPANTS })}</p>}
            <dl>
              {GOVERNANCE_CRITERIA.map((c) => {
                const m = rec.closeness[f][c];
                return (
                  <div key={c} className={m === 1 ? 'fits' : m === 0.5 ? 'half-fits' : m === 0 ? 'misfits' : undefined}>
                    <dt>{t(`governance.criterion.${c}`)}</dt>
                    <dd>
                      {m === 1 && (
                        <>
                          <span aria-hidden="true">✓ </span>
                          <span className="visually-hidden">{t('governance.fitsCell')}: </span>
                        </>
                      )}
                      {m === 0.5 && <span>½ · </span>}
                      {t(`governance.table.${f}.${c}`)}
                    </dd>
                  </div>
                );
              })}
            </dl>
          </section>
        ))}
        <p className="muted small pk-source">{t('governance.source')}</p>
      </div>
      <p className="advice" role="status">
        {advice}
      </p>
      {reasons.length > 0 && (
        <>
          <h3>{t('governance.reasoning')}</h3>
          <ul className="governance-reasons">
            {reasons.map((r) => (
              <li key={r}>{r}</li>
            ))}
          </ul>
        </>
      )}
      {values.consensus === 'low' && <p className="muted small">{t('governance.consensusLow')}</p>}
      {band && (
        <p className="muted small">
          {t('governance.bands', { few: PARTICIPANTS_FEW_MAX, moderateMin: PARTICIPANTS_FEW_MAX + 1, moderateMax: PARTICIPANTS_MODERATE_MAX, manyMin: PARTICIPANTS_MODERATE_MAX + 1 })}
        </p>
      )}
      <h3>{t('governance.tensions')}</h3>
      <ul className="tensions">
        {TENSION_TABLE.map((tension) => (
          <li key={tension.id}>
            <strong>{t(tension.title as MessageKey)}</strong>: {t(tension.explanation as MessageKey)}
          </li>
        ))}
      </ul>
    </section>
  );
}

/** What the ties say about trust: density, centralisation, who has the most ties, the candidate lead. */
function MeasuredTrustView({
  measures,
  measured,
  candidateLead,
  nameOf,
  num,
  t,
}: {
  measures: TrustMeasures | null;
  measured: boolean;
  candidateLead: string | null;
  nameOf: (id: string) => string;
  num: (n: number) => string;
  t: TiesTranslate;
}) {
  return (
    <section className="measured-trust" aria-labelledby="measured-trust-heading">
      <h3 id="measured-trust-heading">{t('governance.measured.title')}</h3>
      {measured && measures && measures.density !== null ? (
        <>
          <ul>
            <li>
              {t('governance.measured.density', {
                density: num(measures.density),
                ties: measures.ties,
                possible: (measures.participants * (measures.participants - 1)) / 2,
                level: t(`governance.trust.${densityLevel(measures.density)}`),
              })}
            </li>
            {measures.centralisation !== null && <li>{t('governance.measured.centralisation', { value: num(measures.centralisation) })}</li>}
            {measures.centre && <li>{t('governance.measured.centre', { name: nameOf(measures.centre), degree: measures.centreDegree })}</li>}
          </ul>
          {candidateLead && <p className="candidate-lead">{t('governance.measured.candidateLead', { name: nameOf(candidateLead) })}</p>}
          <p className="muted small">{t('governance.measured.replaces')}</p>
        </>
      ) : (
        <p className="muted small">{t('governance.measured.none')}</p>
      )}
      <details className="muted small">
        <summary>{t('governance.measured.how')}</summary>
        {t('governance.measured.which', { high: num(DENSITY_HIGH_MIN), moderate: num(DENSITY_MODERATE_MIN), centralised: num(CENTRALISED_MIN) })}
      </details>
    </section>
  );
}

function Estimate<T extends string>({ label, value, options, prefix, onChange }: { label: string; value: T | null; options: readonly T[]; prefix: string; onChange(v: T | null): void }) {
  const t = useTiesT();
  return (
    <label className="field">
      <span className="label">{label}</span>
      <select value={value ?? ''} onChange={(e) => onChange((e.target.value || null) as T | null)}>
        <option value="">{t('governance.notEstimated')}</option>
        {options.map((o) => (
          <option key={o} value={o}>
            {t(`${prefix}.${o}` as MessageKey)}
          </option>
        ))}
      </select>
    </label>
  );
}
