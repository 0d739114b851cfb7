import { useId, useRef, useState } from 'react';
import { useWorkshopT } from '../../i18n/useWorkshopT';
import { useDocumentStore } from '../../store/documentStore';
import { addPlacedPartner, deletePartner, setRing, setStyle, toggleTag, updatePartner } from '../../store/partnerActions';
import { MAX_NAME_LENGTH, type Partner } from '../../domain/arena';
import { placementOf, RINGS, type Placement } from '../../domain/rings';
import { TagPicker } from '../../panels/TagPicker';
import { placeInRing } from './placement';

type Draft = { name: string; type: string; ring: Placement; expertise: string[]; style: string | null; perspective: string[] };

const EMPTY: Draft = { name: '', type: '', ring: 'unplaced', expertise: [], style: null, perspective: [] };
const PLACEMENTS: readonly Placement[] = [...RINGS, 'unplaced'];

function draftOf(p: Partner): Draft {
  return { name: p.name, type: p.type, ring: placementOf(p.position), expertise: [...p.expertise], style: p.style, perspective: [...p.perspective] };
}

const toggled = (list: readonly string[], key: string) => (list.includes(key) ? list.filter((k) => k !== key) : [...list, key]);

/**
 * Adding a partner from a phone (or changing one this participant may change): name, type, the ring picked
 * from a list (no precise drag on a small screen) and the tags the participant knows, from the arena's
 * vocabulary. An add is one step; the form stays open for the next partner, as people call them out.
 */
export function PartnerSheet({ partner, onDone }: { partner?: Partner; onDone(): void }) {
  const t = useWorkshopT();
  const id = useId();
  const customTags = useDocumentStore((s) => s.doc?.tags) ?? {};
  const together = useDocumentStore((s) => s.together);
  const [draft, setDraft] = useState<Draft>(() => (partner ? draftOf(partner) : EMPTY));
  const [error, setError] = useState<string | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const [confirming, setConfirming] = useState(false);
  const nameInput = useRef<HTMLInputElement>(null);
  const set = (patch: Partial<Draft>) => {
    setDraft((d) => ({ ...d, ...patch }));
    setDone(null);
  };

  const nameError = (e: 'empty' | 'tooLong' | 'duplicate') =>
    e === 'empty' ? t('error.nameEmpty') : e === 'tooLong' ? t('error.nameTooLong', { max: MAX_NAME_LENGTH }) : t('partners.duplicateName', { name: draft.name.trim() });

  const submit = (e: React.FormEvent) => {
    e.preventDefault();
    if (!partner) {
      const partners = useDocumentStore.getState().doc?.partners ?? {};
      const result = addPlacedPartner({ name: draft.name, type: draft.type, expertise: draft.expertise, style: draft.style, perspective: draft.perspective }, placeInRing(draft.ring, partners));
      if (!result.ok) {
        setError(nameError(result.error));
        nameInput.current?.focus();
        return;
      }
      setError(null);
      setDone(t('workshop.added', { name: draft.name.trim() }));
      setDraft(EMPTY);
      nameInput.current?.focus();
      return;
    }
    const result = together(() => {
      const renamed = updatePartner(partner.id, { name: draft.name, type: draft.type });
      if (!renamed.ok) return renamed;
      if (placementOf(partner.position) !== draft.ring) setRing(partner.id, draft.ring);
      for (const attribute of ['expertise', 'perspective'] as const) {
        const before = new Set(partner[attribute]);
        const after = new Set(draft[attribute]);
        for (const key of new Set([...before, ...after])) if (before.has(key) !== after.has(key)) toggleTag(partner.id, attribute, key);
      }
      if (partner.style !== draft.style) setStyle(partner.id, draft.style);
      return renamed;
    });
    if (!result.ok) {
      setError(nameError(result.error));
      nameInput.current?.focus();
      return;
    }
    onDone();
  };

  const title = partner ? t('workshop.editTitle', { name: partner.name }) : t('workshop.addTitle');
  return (
    <form className="partner-sheet" onSubmit={submit} aria-labelledby={`${id}-title`} noValidate>
      <h2 id={`${id}-title`}>{title}</h2>
      <label className="field">
        <span className="label">{t('workshop.name')}</span>
        <input
          ref={nameInput}
          type="text"
          value={draft.name}
          required
          autoComplete="off"
          autoCapitalize="words"
          enterKeyHint="done"
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? `${id}-error` : undefined}
          onChange={(e) => {
            set({ name: e.target.value });
            setError(null);
          }}
        />
      </label>
      {error && (
        <p id={`${id}-error`} className="field-error" role="alert">
          {error}
        </p>
      )}
      <label className="field">
        <span className="label">{t('workshop.type')}</span>
        <input type="text" value={draft.type} placeholder={t('workshop.typeHint')} autoComplete="off" onChange={(e) => set({ type: e.target.value })} />
      </label>
      <label className="field">
        <span className="label">{t('workshop.ring')}</span>
        <select value={draft.ring} aria-describedby={`${id}-ring-hint`} onChange={(e) => set({ ring: e.target.value as Placement })}>
          {PLACEMENTS.map((p) => (
            <option key={p} value={p}>
              {t(`ring.${p}`)}
            </option>
          ))}
        </select>
        <span id={`${id}-ring-hint`} className="hint">
          {t('workshop.ringHint')}
        </span>
      </label>
      <p className="label">{t('workshop.tags')}</p>
      <TagPicker attribute="expertise" selected={draft.expertise} customTags={customTags} allowOwn={false} onToggle={(key) => set({ expertise: toggled(draft.expertise, key) })} />
      <TagPicker attribute="style" single selected={draft.style ? [draft.style] : []} customTags={customTags} allowOwn={false} onToggle={(key) => set({ style: draft.style === key ? null : key })} />
      <TagPicker attribute="perspective" selected={draft.perspective} customTags={customTags} allowOwn={false} onToggle={(key) => set({ perspective: toggled(draft.perspective, key) })} />
      {partner &&
        (confirming ? (
          <div className="sheet-delete" role="group" aria-label={t('workshop.deleteConfirm', { name: partner.name })}>
            <p>{t('workshop.deleteConfirm', { name: partner.name })}</p>
            <button
              type="button"
              className="button danger"
              onClick={() => {
                deletePartner(partner.id);
                onDone();
              }}
            >
              {t('workshop.delete')}
            </button>
            <button type="button" className="button" onClick={() => setConfirming(false)}>
              {t('common.cancel')}
            </button>
          </div>
        ) : (
          <button type="button" className="button ghost danger" onClick={() => setConfirming(true)}>
            {t('workshop.delete')}
          </button>
        ))}
      <div className="sheet-actions">
        <p className="sheet-done" role="status">
          {done}
        </p>
        <button type="submit" className="button primary large">
          {partner ? t('common.save') : t('workshop.submit')}
        </button>
        <button type="button" className="button large" onClick={onDone}>
          {partner ? t('common.cancel') : t('common.close')}
        </button>
      </div>
    </form>
  );
}
