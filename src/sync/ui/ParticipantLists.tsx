import { useMemo } from 'react';
import { useLanguage } from '../../i18n/useT';
import { useWorkshopT } from '../../i18n/useWorkshopT';
import { tagLabel } from '../../i18n';
import { useDocumentStore } from '../../store/documentStore';
import { useSyncStore } from '../../store/syncStore';
import { partnersInOrder, type Partner } from '../../domain/arena';
import { placementOf, RINGS, type Placement } from '../../domain/rings';
import { actionsInOrder, MIN_AT_TABLE, prioritise } from '../../domain/analysis';
import { useComposition, useFindings } from '../../panels/useFindings';
import { findingText } from '../../panels/findingText';

const GROUPS: readonly Placement[] = [...RINGS, 'unplaced'];

/** Who brought a partner in, as a participant reads it ("added by you" for its own). */
export function AddedBy({ partner }: { partner: Pick<Partner, 'addedBy'> }) {
  const t = useWorkshopT();
  const me = useSyncStore((s) => s.me?.id);
  if (!partner.addedBy) return null;
  return <span className="added-by">{partner.addedBy.id === me ? t('workshop.addedByYou') : t('workshop.addedBy', { name: partner.addedBy.name })}</span>;
}

/** The partners ring by ring, each with who added it; those this participant may change have *Change*. */
export function ParticipantPartners({ mayEdit, onEdit }: { mayEdit(partner: Partner): boolean; onEdit(id: string): void }) {
  const t = useWorkshopT();
  const partners = useDocumentStore((s) => s.doc?.partners);
  const tags = useDocumentStore((s) => s.doc?.tags) ?? {};
  const groups = useMemo(() => {
    const out = new Map<Placement, Partner[]>(GROUPS.map((g) => [g, []]));
    for (const p of partners ? partnersInOrder({ partners }) : []) out.get(placementOf(p.position))!.push(p);
    return out;
  }, [partners]);
  if (!partners || Object.keys(partners).length === 0) return <p className="empty-state small">{t('workshop.noPartners')}</p>;
  return (
    <div className="participant-partners">
      {GROUPS.map((group) => {
        const list = groups.get(group)!;
        if (!list.length) return null;
        return (
          <section key={group} aria-labelledby={`ring-group-${group}`}>
            <h2 id={`ring-group-${group}`}>
              {t(`ring.${group}`)} <span className="muted">({list.length})</span>
            </h2>
            <ul>
              {list.map((p) => (
                <li key={p.id} className="participant-partner">
                  <div className="participant-partner-text">
                    <strong>{p.name}</strong>
                    {p.type && <span className="muted"> · {p.type}</span>}
                    {p.expertise.length > 0 && <span className="participant-tags">{p.expertise.map((k) => tagLabel(t, 'expertise', k, tags)).join(', ')}</span>}
                    <AddedBy partner={p} />
                  </div>
                  {mayEdit(p) && (
                    <button type="button" className="button small" aria-label={t('workshop.changeNamed', { name: p.name })} onClick={() => onEdit(p.id)}>
                      {t('workshop.change')}
                    </button>
                  )}
                </li>
              ))}
            </ul>
          </section>
        );
      })}
    </div>
  );
}

/** The open warnings as the group's map has them now, in the panel's order; none while the facilitator hides them. */
export function ParticipantWarnings() {
  const t = useWorkshopT();
  const language = useLanguage();
  // Once the workshop has ended (this phone's link refused), nothing is hidden any more.
  const hidden = useSyncStore((s) => s.workshop.warningsHidden && !(s.connection?.state === 'refused' && s.connection.refusal === 'secret'));
  const findings = useFindings();
  const partners = useDocumentStore((s) => s.doc?.partners);
  const tags = useDocumentStore((s) => s.doc?.tags);
  const actions = useDocumentStore((s) => s.doc?.actions);
  const acknowledgements = useDocumentStore((s) => s.doc?.acknowledgements);
  const warnings = useMemo(() => {
    const { shown, more } = prioritise(findings, { accepted: acknowledgements ?? {}, actionOrder: actions ? actionsInOrder(actions).map((a) => a.id) : [] }).warnings;
    return [...shown, ...more];
  }, [findings, acknowledgements, actions]);
  const atTable = useComposition()?.atTable.length ?? 0;
  if (hidden) return <p className="empty-state small">{t('workshop.warningsHidden')}</p>;
  if (!partners || !tags) return null;
  return (
    <section className="participant-warnings" aria-labelledby="participant-warnings-title">
      <h2 id="participant-warnings-title">{t('warnings.title')}</h2>
      <div aria-live="polite">
        {atTable < MIN_AT_TABLE ? (
          <p className="empty-state small">{t('analysis.tooFew', { min: MIN_AT_TABLE })}</p>
        ) : warnings.length === 0 ? (
          <p className="all-clear">✓ {t('workshop.noWarnings')}</p>
        ) : (
          <ul>
            {warnings.map((f) => {
              const text = findingText(f, t, { partners, tags, actions }, language);
              return (
                <li key={f.key} className={`finding severity-${f.severity}`}>
                  <p className="finding-title">
                    <span className="severity-badge">{t(`severity.${f.severity}`)}</span> <strong>{text.title}</strong>
                  </p>
                  <p className="finding-why">{text.why}</p>
                  <p className="finding-suggestion">→ {text.suggestion}</p>
                </li>
              );
            })}
          </ul>
        )}
      </div>
    </section>
  );
}
