import { memo, useId, useMemo, useState } from 'react';
import type { Finding } from '../domain/analysis';
import { GOAL_BROAD_MIN_DOMAINS, GOAL_BROAD_MIN_PARTNERS, GOAL_CONCRETE_MIN_WORDS, MIN_AT_TABLE, actionsInOrder, prioritise, type Budgeted } from '../domain/analysis';
import { useDocumentStore } from '../store/documentStore';
import { useDeferredDocument } from '../store/useDeferredDocument';
import { useSessionStore } from '../store/sessionStore';
import { acknowledge, unacknowledge } from '../store/arenaActions';
import { arenaHref } from '../app/route';
import { useLanguage, useT } from '../i18n/useT';
import { useFindings, useComposition } from './useFindings';
import { findingText } from './findingText';

// Glyphs the common system fonts carry (⛔ is missing from DejaVu, Linux's usual default, and showed as an empty box).
const SEVERITY_ICON = { severe: '✖', warning: '⚠', info: 'ℹ' } as const;
const MAX_NAMES = 8;
/** Rules whose partners are simply everyone at the table: listing them all adds nothing. */
const ALL_AT_TABLE_RULES = new Set(['goalTooBroad', 'missingUserPerspective', 'governanceMismatch', 'strategicQuestion']);

/**
 * The live warnings: they follow the map, with no button to press. They open on the few that matter most
 * (prioritise: at most three warnings and three notes, severe first); the rest is one click away.
 * Accepted ones stay visible under *Accepted*.
 */
export const Warnings = memo(function Warnings() {
  const t = useT();
  const findings = useFindings();
  const composition = useComposition();
  const acknowledgements = useDeferredDocument((s) => s.doc?.acknowledgements);
  const actions = useDeferredDocument((s) => s.doc?.actions);
  const groups = useMemo(
    () => prioritise(findings, { accepted: acknowledgements ?? {}, actionOrder: actions ? actionsInOrder(actions).map((a) => a.id) : [] }),
    [findings, acknowledgements, actions],
  );
  // The count the tab also shows: open warnings and severe ones (notes are listed, not counted).
  const serious = groups.warnings.shown.length + groups.warnings.more.length;
  const open = serious + groups.notes.shown.length + groups.notes.more.length;
  const atTable = composition?.atTable.length ?? 0;
  return (
    <section className="warnings" aria-labelledby="warnings-heading">
      <div className="panel-head">
        <h2 id="warnings-heading">{t('warnings.title')}</h2>
        {serious > 0 && <span className="badge">{t('warnings.count', { count: serious })}</span>}
      </div>
      <div aria-live="polite">
        {atTable < MIN_AT_TABLE ? (
          <p className="empty-state small">{t('analysis.tooFew', { min: MIN_AT_TABLE })}</p>
        ) : open === 0 ? (
          <p className="all-clear">✓ {t('warnings.allClear')}</p>
        ) : null}
        <FindingGroup group={groups.warnings} kind="warnings" />
        <FindingGroup group={groups.notes} kind="notes" />
      </div>
      {groups.accepted.length > 0 && (
        <details className="accepted" open>
          <summary>{t('warnings.acceptedGroup', { count: groups.accepted.length })}</summary>
          <ul className="findings">
            {groups.accepted.map((f) => (
              <FindingItem key={f.key} finding={f} reason={acknowledgements?.[f.key]?.reason ?? ''} />
            ))}
          </ul>
        </details>
      )}
    </section>
  );
});

/** The findings of one kind that are shown, and a button that shows (or hides again) the rest. */
function FindingGroup({ group, kind }: { group: Budgeted; kind: 'warnings' | 'notes' }) {
  const t = useT();
  const [expanded, setExpanded] = useState(false);
  const listId = useId();
  if (group.shown.length === 0) return null;
  const more = group.more.length;
  const label = expanded
    ? t(kind === 'warnings' ? 'findings.fewerWarnings' : 'findings.fewerNotes')
    : more === 1
      ? t(kind === 'warnings' ? 'findings.moreWarnings.one' : 'findings.moreNotes.one')
      : t(kind === 'warnings' ? 'findings.moreWarnings' : 'findings.moreNotes', { count: more });
  return (
    <>
      <ul className={`findings findings-${kind}`} id={listId}>
        {group.shown.map((f) => (
          <FindingItem key={f.key} finding={f} />
        ))}
        {expanded && group.more.map((f) => <FindingItem key={f.key} finding={f} />)}
      </ul>
      {more > 0 && (
        <p className="row">
          <button type="button" className="button small ghost show-more" aria-expanded={expanded} aria-controls={listId} onClick={() => setExpanded(!expanded)}>
            {label}
          </button>
        </p>
      )}
    </>
  );
}

const FindingItem = memo(function FindingItem({ finding, reason }: { finding: Finding; reason?: string }) {
  const t = useT();
  const language = useLanguage();
  const partners = useDeferredDocument((s) => s.doc?.partners);
  const tags = useDeferredDocument((s) => s.doc?.tags);
  const actions = useDeferredDocument((s) => s.doc?.actions);
  const [accepting, setAccepting] = useState(false);
  const readOnly = useDocumentStore((s) => s.readOnly);
  const [draft, setDraft] = useState('');
  const [error, setError] = useState<string | null>(null);
  if (!partners || !tags) return null;
  const text = findingText(finding, t, { partners, tags, actions }, language);
  const accepted = reason !== undefined;
  const session = useSessionStore.getState;
  const shown = finding.partners.slice(0, MAX_NAMES);
  const headingId = `finding-${finding.key.replace(/[^a-zA-Z0-9_-]/g, '_')}`;

  return (
    <li className={`finding severity-${finding.severity}${accepted ? ' is-accepted' : ''}`} aria-labelledby={headingId}>
      <div className="finding-head">
        <span className="severity-badge">
          <span aria-hidden="true">{SEVERITY_ICON[finding.severity]}</span> {t(`severity.${finding.severity}`)}
        </span>
        <h3 id={headingId}>{text.title}</h3>
      </div>
      <p className="finding-why">{text.why}</p>
      <p className="finding-suggestion">→ {text.suggestion}</p>
      {finding.other && (
        <p>
          <a href={arenaHref(finding.other.id)}>{t('overlap.open', { title: finding.other.title })}</a>
        </p>
      )}
      {finding.tensions && finding.tensions.length > 0 && (
        <ul className="tensions">
          {finding.tensions.map((id) => (
            <li key={id}>
              <strong>{t(`governance.tension.${id}.title`)}</strong>: {t(`governance.tension.${id}.why`)}
            </li>
          ))}
        </ul>
      )}
      {shown.length > 0 && !ALL_AT_TABLE_RULES.has(finding.rule) && (
        <div className="finding-partners" role="group" aria-label={t('warnings.concerned')}>
          {shown.map((id) => (
            <button
              key={id}
              type="button"
              className="partner-chip"
              aria-label={t('warnings.showOnMap', { name: partners[id]?.name ?? '' })}
              onMouseEnter={() => session().highlight([id])}
              onMouseLeave={() => session().highlight([])}
              onFocus={() => session().highlight([id])}
              onBlur={() => session().highlight([])}
              onClick={() => session().select(id)}
            >
              {partners[id]?.name}
            </button>
          ))}
          {finding.partners.length > shown.length && <span className="muted">{t('analysis.andMore', { count: finding.partners.length - shown.length })}</span>}
        </div>
      )}
      <details className="finding-source">
        <summary>{t('warnings.source')}</summary>
        <p>{text.source}</p>
        {finding.rule === 'goalTooBroad' && <p>{t('rule.goalTooBroad.how', { minPartners: GOAL_BROAD_MIN_PARTNERS, minDomains: GOAL_BROAD_MIN_DOMAINS, minWords: GOAL_CONCRETE_MIN_WORDS })}</p>}
        {(finding.rule === 'oneSidedExpertise' || finding.rule === 'lowVariety' || finding.rule === 'token') && <p>{t('analysis.counting')}</p>}
      </details>
      {accepted ? (
        <div className="accepted-reason">
          <p>{t('warnings.acceptedReason', { reason })}</p>
          <button
            hidden={readOnly} type="button" className="button small ghost" onClick={() => unacknowledge(finding.key)}>
            {t('warnings.reopen')}
          </button>
        </div>
      ) : accepting ? (
        <form
          className="accept-form"
          onSubmit={(e) => {
            e.preventDefault();
            if (!draft.trim()) {
              setError(t('warnings.reasonNeeded'));
              return;
            }
            acknowledge(finding.key, draft);
            setAccepting(false);
          }}
        >
          <label className="field">
            <span className="label">{t('warnings.reason')}</span>
            <textarea autoFocus rows={2} value={draft} placeholder={t('warnings.reasonPlaceholder')} onChange={(e) => setDraft(e.target.value)} />
          </label>
          {error && (
            <p role="alert" className="field-error">
              {error}
            </p>
          )}
          <div className="row">
            <button type="submit" className="button small primary">
              {t('common.save')}
            </button>
            <button type="button" className="button small ghost" onClick={() => setAccepting(false)}>
              {t('common.cancel')}
            </button>
          </div>
        </form>
      ) : readOnly ? null : (
        <button type="button" className="button small ghost" onClick={() => setAccepting(true)}>
          {t('warnings.acknowledge')}
        </button>
      )}
    </li>
  );
});
