import { lazy, Suspense, useEffect, useRef, useState } from 'react';
import { useDocumentStore } from '../store/documentStore';
import { useSessionStore } from '../store/sessionStore';
import { deletePartner, setMainExpertise, setRing, setStyle, toggleTag, updatePartner } from '../store/partnerActions';
import { placementOf, RINGS, type Placement } from '../domain/rings';
import { MAX_NAME_LENGTH, type Partner } from '../domain/arena';
import { useT } from '../i18n/useT';
import { TagPicker } from './TagPicker';
import { TextField } from '../ui/TextField';
import { useTypingDraft } from '../ui/useTypingDraft';
import { ResourceEditor } from './ResourceEditor';
import { TieEditor } from './TieEditor';

const PLACEMENTS: Placement[] = [...RINGS, 'unplaced'];
// A chunk of its own, with its messages: most arenas record no instruments.
const InstrumentEditor = lazy(() => import('../instruments/chunk').then(async (m) => ((await m.ready), { default: m.InstrumentEditor })));

export function Inspector() {
  const t = useT();
  const selectedId = useSessionStore((s) => s.selectedId);
  const partner = useDocumentStore((s) => (selectedId ? s.doc?.partners[selectedId] : undefined));
  const readOnly = useDocumentStore((s) => s.readOnly);
  return (
    <section className="inspector" aria-labelledby="inspector-heading">
      <div className="panel-head">
        <h2 id="inspector-heading">{t('inspector.title')}</h2>
        {partner && (
          <button type="button" className="button small ghost" aria-label={t('inspector.close')} onClick={() => useSessionStore.getState().select(null)}>
            ×
          </button>
        )}
      </div>
      {partner ? (
        <fieldset className="plain" disabled={readOnly}>
          <PartnerForm key={partner.id} partner={partner} />
        </fieldset>
      ) : (
        <p className="empty-state small">{t('inspector.none')}</p>
      )}
    </section>
  );
}

function PartnerForm({ partner }: { partner: Partner }) {
  const t = useT();
  const tags = useDocumentStore((s) => s.doc?.tags) ?? {};
  const [nameError, setNameError] = useState<string | null>(null);
  const undoName = useRef<() => void>(() => {});
  const [confirming, setConfirming] = useState(false);
  const placement = placementOf(partner.position);
  // While typing, a name that is not valid yet (empty, taken) is simply not put in the arena; leaving
  // the field or Enter says why.
  const nameDraft = useTypingDraft(partner.name, (name, final) => {
    const result = updatePartner(partner.id, { name });
    if (result.ok) return setNameError(null);
    if (!final) return;
    // Refused when finished (taken, empty): what the pauses in typing stored ("Bo" on the way to a taken
    // "Bob") is taken back too, so the arena keeps the name it had.
    undoName.current();
    setNameError(
      result.error === 'empty'
        ? t('error.nameEmpty')
        : result.error === 'tooLong'
          ? t('error.nameTooLong', { max: MAX_NAME_LENGTH })
          : t('partners.duplicateName', { name: name.trim() }),
    );
  });
  useEffect(() => {
    undoName.current = nameDraft.undoVisit;
  });

  return (
    <div className="partner-form">
      <label className="field">
        <span className="label">{t('inspector.name')}</span>
        <input
          type="text"
          value={nameDraft.draft}
          aria-invalid={nameError ? true : undefined}
          onChange={(e) => nameDraft.change(e.target.value)}
          onBlur={nameDraft.finish}
          onKeyDown={(e) => e.key === 'Enter' && nameDraft.finish()}
        />
      </label>
      {partner.addedBy && <p className="hint">{t('sync.addedBy', { name: partner.addedBy.name })}</p>}
      {nameError && (
        <p role="alert" className="field-error">
          {nameError}
        </p>
      )}
      <label className="field">
        <span className="label">{t('inspector.ring')}</span>
        <select value={placement} onChange={(e) => setRing(partner.id, e.target.value as Placement)}>
          {PLACEMENTS.map((p) => (
            <option key={p} value={p}>
              {t(`ring.${p}`)}
            </option>
          ))}
        </select>
      </label>
      <TagPicker
        attribute="expertise"
        selected={partner.expertise}
        customTags={tags}
        mainKey={partner.expertise[0]}
        onToggle={(key) => toggleTag(partner.id, 'expertise', key)}
        onMakeMain={(key) => setMainExpertise(partner.id, key)}
      />
      <TagPicker
        attribute="style"
        single
        selected={partner.style ? [partner.style] : []}
        customTags={tags}
        onToggle={(key) => setStyle(partner.id, partner.style === key ? null : key)}
      />
      <TagPicker
        attribute="perspective"
        selected={partner.perspective}
        customTags={tags}
        onToggle={(key) => toggleTag(partner.id, 'perspective', key)}
      />
      <ResourceEditor partner={partner} />
      <TieEditor partner={partner} />
      <Suspense fallback={null}>
        <InstrumentEditor partnerId={partner.id} />
      </Suspense>
      <TextField label={t('inspector.type')} value={partner.type} onCommit={(type) => updatePartner(partner.id, { type })} />
      <TextField label={t('inspector.notes')} value={partner.notes} multiline onCommit={(notes) => updatePartner(partner.id, { notes })} />
      <div className="row danger-zone">
        {partner.position && (
          <button type="button" className="button small" onClick={() => setRing(partner.id, 'unplaced')}>
            {t('inspector.removeFromMap')}
          </button>
        )}
        {confirming ? (
          <span className="confirm" role="group" aria-label={t('inspector.confirmDelete', { name: partner.name })}>
            <span className="confirm-text">{t('inspector.confirmDelete', { name: partner.name })}</span>
            <button type="button" className="button small danger" onClick={() => deletePartner(partner.id)}>
              {t('inspector.delete')}
            </button>
            <button type="button" className="button small ghost" onClick={() => setConfirming(false)}>
              {t('common.cancel')}
            </button>
          </span>
        ) : (
          <button type="button" className="button small ghost danger" onClick={() => setConfirming(true)}>
            {t('inspector.delete')}
          </button>
        )}
      </div>
    </div>
  );
}

