import { useMemo } from 'react';
import { useDocumentStore } from '../store/documentStore';
import { setGovernance } from '../store/networkActions';
import { COMPETENCY_LEVELS, CONSENSUS_LEVELS, GOVERNANCE_FORMS, TRUST_LEVELS, type GovernanceForm } from '../domain/arena';
import {
  GOVERNANCE_CRITERIA,
  PARTICIPANTS_FEW_MAX,
  PARTICIPANTS_MODERATE_MAX,
  TENSION_TABLE,
  governanceFit,
  participantBand,
} from '../domain/governance';
import type { MessageKey } from '../i18n';
import { useT } from '../i18n/useT';
import { joinOr } from './findingText';

/** The Provan & Kenis table with this network's values marked, the form that fits, and the tensions. */
export function GovernanceAdvisor() {
  const t = useT();
  const partners = useDocumentStore((s) => s.doc?.partners);
  const governance = useDocumentStore((s) => s.doc?.governance);
  const fit = useMemo(() => (partners && governance ? governanceFit({ partners, governance }) : null), [partners, governance]);
  if (!governance || !fit) return null;
  const { recommendation: rec, values } = fit;
  const band = participantBand(values.participants);
  const formLabel = (f: GovernanceForm) => t(`governance.form.${f}`);
  const yourValue = (criterion: (typeof GOVERNANCE_CRITERIA)[number]): string => {
    if (criterion === 'participants') return values.participants ? t('governance.participants.count', { count: values.participants }) : '—';
    const v = values[criterion];
    return v ? t(`governance.${criterion}.${v}` as MessageKey) : '—';
  };
  const best = rec.form ? t('governance.advice.best', { form: formLabel(rec.form), score: rec.scores[rec.form], known: rec.known.length }) : null;
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
        <Estimate label={t('governance.criterion.consensus')} value={governance.consensus} options={CONSENSUS_LEVELS} prefix="governance.consensus" onChange={(consensus) => setGovernance({ consensus })} />
        <Estimate label={t('governance.criterion.competencies')} value={governance.competencies} options={COMPETENCY_LEVELS} prefix="governance.competencies" onChange={(competencies) => setGovernance({ competencies })} />
      </div>
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
          <section key={f} className={`pk-card${rec.best.includes(f) ? ' is-best' : ''}${governance.form === f ? ' is-chosen' : ''}`} aria-labelledby={`pk-${f}`}>
            <h3 id={`pk-${f}`}>
              {formLabel(f)}
              {governance.form === f && <span className="chosen-mark"> ({t('governance.chosenMark')})</span>}
            </h3>
            <p className="pk-score">
              {t('governance.fitColumn')}: {rec.known.length ? t('governance.matches', { score: rec.scores[f], known: rec.known.length }) : '—'}
            </p>
            <dl>
              {GOVERNANCE_CRITERIA.map((c) => {
                const m = rec.matches[f][c];
                return (
                  <div key={c} className={m === true ? 'fits' : m === false ? 'misfits' : undefined}>
                    <dt>{t(`governance.criterion.${c}`)}</dt>
                    <dd>
                      {m === true && (
                        <>
                          <span aria-hidden="true">✓ </span>
                          <span className="visually-hidden">{t('governance.fitsCell')}: </span>
                        </>
                      )}
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
        {rec.known.length === 0
          ? t('governance.advice.unknown')
          : rec.tie
            ? t('governance.advice.tie', { forms: joinOr(rec.best.map(formLabel), t('analysis.or')), score: rec.scores[rec.best[0]!], known: rec.known.length })
            : best ?? t('governance.advice.noFit')}{' '}
        {fit.fits === true && t('governance.fit.yes')}
        {fit.fits === false && t('governance.fit.no', { recommended: joinOr(rec.best.map(formLabel), t('analysis.or')) })}
      </p>
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

function Estimate<T extends string>({ label, value, options, prefix, onChange }: { label: string; value: T | null; options: readonly T[]; prefix: string; onChange(v: T | null): void }) {
  const t = useT();
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
