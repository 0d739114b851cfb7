/**
 * The instrument sheets ("fiche"): for every regie instrument of the arena, the group's short assessment:
 * what it should achieve, whether it is used, its effect on the relation, how many others could deliver
 * in the local context, and a verdict. A side tab of its own, loaded on first use.
 */
import { useMemo } from 'react';
import { ALTERNATIVES, RELATION_EFFECTS, UPTAKES, VERDICTS, inCreationOrder, partnersInOrder, type Instrument } from '../domain/arena';
import { useDocumentStore } from '../store/documentStore';
import { useSessionStore } from '../store/sessionStore';
import { updateInstrument, type InstrumentPatch } from '../store/instrumentActions';
import { TextField } from '../ui/TextField';
import { useInstrumentT, type InstrumentTranslate } from '../i18n/instrumentMessages';

type Choice = 'uptake' | 'relation' | 'alternatives' | 'verdict';
const CHOICES: Record<Choice, readonly string[]> = { uptake: UPTAKES, relation: RELATION_EFFECTS, alternatives: ALTERNATIVES, verdict: VERDICTS };

export function InstrumentSheets() {
  const t = useInstrumentT();
  const instruments = useDocumentStore((s) => s.doc?.instruments);
  const partners = useDocumentStore((s) => s.doc?.partners);
  const readOnly = useDocumentStore((s) => s.readOnly);
  // By partner in the partners' order, then by creation: the sheets of one partner stay together.
  const list = useMemo(() => {
    if (!instruments || !partners) return [];
    const rank = new Map(partnersInOrder({ partners }).map((p, i) => [p.id, i]));
    return [...inCreationOrder(instruments)].sort((a, b) => (rank.get(a.partnerId) ?? 0) - (rank.get(b.partnerId) ?? 0));
  }, [instruments, partners]);
  return (
    <fieldset className="plain team-panel" disabled={readOnly}>
      <h2>{t('sheet.title')}</h2>
      <p className="muted small">{t('sheet.intro')}</p>
      {list.length === 0 && <p className="empty-state small">{t('sheet.empty')}</p>}
      <ul className="action-list">
        {list.map((i) => (
          <Sheet key={i.id} instrument={i} partner={partners?.[i.partnerId]?.name ?? '?'} t={t} />
        ))}
      </ul>
    </fieldset>
  );
}

function Sheet({ instrument, partner, t }: { instrument: Instrument; partner: string; t: InstrumentTranslate }) {
  const id = `sheet-${instrument.id}`;
  const set = (patch: InstrumentPatch) => updateInstrument(instrument.id, patch);
  return (
    <li className="action-item" aria-labelledby={id}>
      <h3 id={id}>{instrument.name}</h3>
      <p className="muted small">
        {t('sheet.steers', { type: t(`instr.type.${instrument.type}`), partner })}{' '}
        <button type="button" className="button small ghost" onClick={() => useSessionStore.getState().select(instrument.partnerId)}>
          {t('sheet.open', { partner })}
        </button>
      </p>
      <TextField label={t('sheet.aim')} value={instrument.aim} multiline onCommit={(aim) => set({ aim })} />
      {(Object.keys(CHOICES) as Choice[]).map((field) => (
        <label key={field} className="field">
          <span className="label">{t(`sheet.${field}`)}</span>
          <select value={instrument[field] ?? ''} onChange={(e) => set({ [field]: e.target.value === '' ? null : e.target.value })}>
            <option value="">{t('sheet.notAnswered')}</option>
            {CHOICES[field].map((value) => (
              <option key={value} value={value}>
                {t(`sheet.${field}.${value}` as Parameters<InstrumentTranslate>[0])}
              </option>
            ))}
          </select>
        </label>
      ))}
    </li>
  );
}
