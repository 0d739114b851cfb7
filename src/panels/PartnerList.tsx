import { memo, useMemo, useState, type CSSProperties } from 'react';
import { useDocumentStore } from '../store/documentStore';
import { useDeferredDocument } from '../store/useDeferredDocument';
import { useSessionStore } from '../store/sessionStore';
import { partnersInOrder, type CustomTag, type Partner } from '../domain/arena';
import { placementOf } from '../domain/rings';
import { expertiseColour } from '../domain/vocabularies';
import { useT } from '../i18n/useT';
import { tagLabel, type Translate } from '../i18n';
import { useListDrag } from '../canvas/useListDrag';
import { AddPartnerForm } from './AddPartnerForm';
import { PartnerSearch, useShowPartner } from './PartnerSearch';
import { searchPartners } from './searchPartners';
import { DuplicateOffers } from './DuplicateOffers';
import { usePresenceStore, type Person } from '../store/presenceStore';
import { personName } from '../ui/personName';

/** `onOpen` is told when a partner's name is clicked: a tablet or phone then shows that partner's details. */
export function PartnerList({ onOpen }: { onOpen?: () => void }) {
  const t = useT();
  const partners = useDeferredDocument((s) => s.doc?.partners);
  const adding = useSessionStore((s) => s.addOpen);
  const setAdding = useSessionStore((s) => s.setAddOpen);
  const readOnly = useDocumentStore((s) => s.readOnly);
  const [query, setQuery] = useState('');
  const ordered = useMemo(() => (partners ? partnersInOrder({ partners }) : []), [partners]);
  const customTags = useDeferredDocument((s) => s.doc?.tags);
  const { matches: matching, first } = useMemo(
    () => searchPartners(ordered, query, (p) => searchWords(p, t, customTags ?? {})),
    [ordered, query, t, customTags],
  );
  const offMap = matching.filter((p) => !p.position);
  const onMap = matching.filter((p) => p.position);
  const placedCount = ordered.filter((p) => p.position).length;

  return (
    <section className="partner-list" aria-labelledby="partners-heading">
      <div className="panel-head">
        <h2 id="partners-heading">{t('partners.title')}</h2>
        <span className="count">{t('partners.count', { onMap: placedCount, total: ordered.length })}</span>
      </div>
      {readOnly ? null : adding ? (
        <AddPartnerForm onDone={() => setAdding(false)} />
      ) : (
        <button type="button" className="button primary wide" onClick={() => setAdding(true)}>
          + {t('partners.add')}
        </button>
      )}
      <DuplicateOffers />
      {ordered.length === 0 ? (
        <p className="empty-state small">{t('partners.empty')}</p>
      ) : (
        <>
          <PartnerSearch query={query} onQuery={setQuery} first={first} />
          {matching.length === 0 && <p className="muted small">{t('search.none')}</p>}
          <p className="hint">{t('partners.dragHint')}</p>
          <PartnerGroup title={t('partners.notOnMap')} partners={offMap} onOpen={onOpen} />
          <PartnerGroup title={t('partners.onMap')} partners={onMap} onOpen={onOpen} />
        </>
      )}
    </section>
  );
}

function PartnerGroup({ title, partners, onOpen }: { title: string; partners: Partner[]; onOpen: (() => void) | undefined }) {
  // One subscription and one set of handlers for the whole list, not one per row (500 rows mount faster).
  const selectedId = useSessionStore((s) => s.selectedId);
  const arrivals = usePresenceStore((s) => s.arrivals);
  const t = useT();
  const startDrag = useListDrag();
  const show = useShowPartner();
  if (partners.length === 0) return null;
  return (
    <div className="partner-group">
      <h3>
        {title} <span className="count">({partners.length})</span>
      </h3>
      <ul>
        {partners.map((p) => (
          <PartnerItem key={p.id} partner={p} selected={p.id === selectedId} arrived={arrivals.get(p.id)} startDrag={startDrag} show={show} onOpen={onOpen} t={t} />
        ))}
      </ul>
    </div>
  );
}

interface ItemProps {
  partner: Partner;
  selected: boolean;
  /** Someone else has just added it (a shared arena; null: who is not known). */
  arrived: Person | null | undefined;
  startDrag: ReturnType<typeof useListDrag>;
  show: ReturnType<typeof useShowPartner>;
  onOpen: (() => void) | undefined;
  t: Translate;
}

const PartnerItem = memo(function PartnerItem({ partner, selected, arrived, startDrag, show, onOpen, t }: ItemProps) {
  const placement = placementOf(partner.position);
  return (
    <li
      className={`partner-item${selected ? ' is-selected' : ''}${arrived !== undefined ? ' is-arrived' : ''}`}
      data-partner-id={partner.id}
      style={arrived ? ({ '--person': arrived.colour } as CSSProperties) : undefined}
    >
      <span
        className="drag-handle"
        role="img"
        aria-label={t('partners.dragHandle', { name: partner.name })}
        title={t('partners.dragHandle', { name: partner.name })}
        onPointerDown={(e) => startDrag(e, partner.id, partner.name)}
      >
        ⠿
      </span>
      <button
        type="button"
        className="partner-item-name"
        aria-pressed={selected}
        onClick={() => {
          show(partner);
          onOpen?.();
        }}
        onPointerDown={(e) => startDrag(e, partner.id, partner.name)}
      >
        <span className="swatch" style={{ background: expertiseColour(partner.expertise[0]) }} aria-hidden="true" />
        <span className="name-text">{partner.name}</span>
      </button>
      {placement !== 'unplaced' && <span className={`ring-chip ring-chip-${placement}`}>{t(`ring.${placement}`)}</span>}
      {arrived !== undefined && (
        <span className="partner-item-arrived">
          <span className="person-chip">{arrived ? t('presence.added', { name: personName(t, arrived) }) : t('presence.addedSomeone')}</span>
        </span>
      )}
    </li>
  );
});

/** Besides its name, a partner is found by its type and the labels of its tags, as the reader sees them. */
function searchWords(partner: Partner, t: Translate, customTags: Record<string, CustomTag>): string[] {
  const words = [partner.type];
  for (const key of partner.expertise) words.push(tagLabel(t, 'expertise', key, customTags));
  if (partner.style) words.push(tagLabel(t, 'style', partner.style, customTags));
  for (const key of partner.perspective) words.push(tagLabel(t, 'perspective', key, customTags));
  return words;
}
