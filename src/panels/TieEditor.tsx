import { useMemo, useState } from 'react';
import { TIE_KINDS, type Partner, type TieKind } from '../domain/arena';
import { useDocumentStore } from '../store/documentStore';
import { addTie, deleteTie, setTieKind, setTieNote, tieBetween } from '../store/tieActions';
import { useTiesT } from '../i18n/useTiesT';
import { TextField } from '../ui/TextField';
import '../canvas/ties.css';

/**
 * The selected partner's ties, and the keyboard's way to draw one: choose the other partner and the
 * kind, then *Add tie* (the mouse's way is dragging from the node's handle on the map). Each tie's kind
 * and note can be changed here and the tie deleted.
 */
export function TieEditor({ partner }: { partner: Partner }) {
  const t = useTiesT();
  const partners = useDocumentStore((s) => s.doc?.partners);
  const ties = useDocumentStore((s) => s.doc?.ties);
  const [other, setOther] = useState('');
  const [kind, setKind] = useState<TieKind>('works');
  const [error, setError] = useState<string | null>(null);
  const collator = useMemo(() => new Intl.Collator(undefined, { sensitivity: 'base', numeric: true }), []);
  const nameOf = (id: string) => partners?.[id]?.name ?? '';

  const mine = useMemo(
    () =>
      Object.values(ties ?? {})
        .filter((tie) => tie.from === partner.id || tie.to === partner.id)
        .map((tie) => ({ tie, other: tie.from === partner.id ? tie.to : tie.from }))
        .sort((a, b) => collator.compare(partners?.[a.other]?.name ?? '', partners?.[b.other]?.name ?? '')),
    [ties, partner.id, partners, collator],
  );
  const candidates = useMemo(
    () =>
      Object.values(partners ?? {})
        .filter((p) => p.id !== partner.id && p.position && !tieBetween(ties, partner.id, p.id))
        .sort((a, b) => collator.compare(a.name, b.name)),
    [partners, ties, partner.id, collator],
  );

  const headingId = `ties-${partner.id}`;
  if (!partner.position) {
    return (
      <section className="resources ties" aria-labelledby={headingId}>
        <h3 id={headingId}>{t('ties.title')}</h3>
        <p className="muted small">{t('ties.notOnMap')}</p>
      </section>
    );
  }

  const add = () => {
    if (!other) return;
    const result = addTie(partner.id, other, kind);
    if (result.ok) {
      setOther('');
      setError(null);
    } else if (result.error === 'exists') setError(t('ties.exists', { name: partner.name, other: nameOf(other) }));
  };

  return (
    <section className="resources ties" aria-labelledby={headingId}>
      <h3 id={headingId}>{t('ties.title')}</h3>
      <p className="muted small">{t('ties.intro')}</p>
      {mine.length === 0 && <p className="muted small">{t('ties.none')}</p>}
      <ul aria-labelledby={headingId}>
        {mine.map(({ tie, other: id }) => {
          const name = nameOf(id);
          return (
            <li key={tie.id} className="resource tie-item" data-tie={tie.id}>
              <span className="resource-kind">
                <svg className={`tie-sample tie-${tie.kind}`} viewBox="0 0 28 8" width="28" height="8" aria-hidden="true">
                  <path d="M1 4 H27" />
                </svg>{' '}
                {name}
              </span>
              <button type="button" className="button small ghost" aria-label={t('ties.deleteLabel', { name })} onClick={() => deleteTie(tie.id)}>
                ×
              </button>
              <KindSelect kind={tie.kind} ariaLabel={t('ties.kindOf', { name })} onChange={(k) => setTieKind(tie.id, k)} />
              <div className="tie-note">
                <TextField label={t('ties.note', { name })} value={tie.note} onCommit={(note) => setTieNote(tie.id, note)} />
              </div>
            </li>
          );
        })}
      </ul>
      {candidates.length > 0 && (
        <div className="tie-add">
          <label className="field">
            <span className="label">{t('ties.with')}</span>
            <select value={other} onChange={(e) => setOther(e.target.value)}>
              <option value="">{t('ties.choose')}</option>
              {candidates.map((p) => (
                <option key={p.id} value={p.id}>
                  {p.name}
                </option>
              ))}
            </select>
          </label>
          <KindSelect kind={kind} className="field" onChange={setKind} />
          <button type="button" className="button small" disabled={!other} onClick={add}>
            {t('ties.add')}
          </button>
        </div>
      )}
      {error && (
        <p role="alert" className="field-error">
          {error}
        </p>
      )}
    </section>
  );
}

/** A tie's kind, labelled "Kind" (and, in a tie's row, named after the other partner for screen readers). */
function KindSelect({ kind, ariaLabel, className, onChange }: { kind: TieKind; ariaLabel?: string; className?: string; onChange(kind: TieKind): void }) {
  const t = useTiesT();
  return (
    <label className={className}>
      <span className="label">{t('ties.kind')}</span>
      <select value={kind} aria-label={ariaLabel} onChange={(e) => onChange(e.target.value as TieKind)}>
        {TIE_KINDS.map((k) => (
          <option key={k} value={k}>
            {t(`ties.kind.${k}`)}
          </option>
        ))}
      </select>
    </label>
  );
}
