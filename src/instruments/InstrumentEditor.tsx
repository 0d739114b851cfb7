/**
 * A partner's regie instruments in the inspector: each with its name, type (on the scale of
 * doorzettingsmacht) and notes; add and remove. Loaded with its messages on first use (a chunk of its own).
 */
import { useId, useState, type FormEvent } from 'react';
import { INSTRUMENT_TYPES, MAX_NAME_LENGTH, type Instrument, type InstrumentType } from '../domain/arena';
import { instrumentsByPartner } from '../domain/instruments';
import { useDocumentStore } from '../store/documentStore';
import { addInstrument, removeInstrument, updateInstrument } from '../store/instrumentActions';
import { TextField } from '../ui/TextField';
import { useInstrumentT } from '../i18n/instrumentMessages';

export function InstrumentEditor({ partnerId }: { partnerId: string }) {
  const t = useInstrumentT();
  const all = useDocumentStore((s) => s.doc?.instruments);
  const instruments = all ? (instrumentsByPartner({ instruments: all }).get(partnerId) ?? []) : [];
  const [name, setName] = useState('');
  const [type, setType] = useState<InstrumentType>('communicative');
  const [error, setError] = useState<string | null>(null);
  const headingId = `instruments-${partnerId}`;

  const add = (e: FormEvent) => {
    e.preventDefault();
    const result = addInstrument(partnerId, name, type);
    if (result.ok) {
      setName('');
      setError(null);
    } else if (result.error !== 'gone') {
      setError(t(result.error === 'empty' ? 'instr.nameEmpty' : 'instr.nameTooLong'));
    }
  };

  return (
    <section className="resources instruments" aria-labelledby={headingId}>
      <h3 id={headingId}>{t('instr.heading')}</h3>
      <p className="muted small">{t('instr.intro')}</p>
      {instruments.length === 0 && <p className="muted small">{t('instr.none')}</p>}
      <ul>
        {instruments.map((i) => (
          <InstrumentRow key={i.id} instrument={i} />
        ))}
      </ul>
      <form className="instrument-add" onSubmit={add}>
        <label className="field">
          <span className="label">{t('instr.name')}</span>
          <input
            type="text"
            value={name}
            maxLength={MAX_NAME_LENGTH}
            placeholder={t('instr.namePlaceholder')}
            aria-invalid={error ? true : undefined}
            onChange={(e) => setName(e.target.value)}
          />
        </label>
        <TypeSelect value={type} onChange={setType} explain />
        {error && (
          <p role="alert" className="field-error">
            {error}
          </p>
        )}
        <button type="submit" className="button small">
          {t('instr.add')}
        </button>
      </form>
    </section>
  );
}

function InstrumentRow({ instrument }: { instrument: Instrument }) {
  const t = useInstrumentT();
  return (
    <li className="resource instrument" data-type={instrument.type}>
      <TextField label={t('instr.name')} value={instrument.name} onCommit={(name) => updateInstrument(instrument.id, { name })} />
      <TypeSelect value={instrument.type} onChange={(type) => updateInstrument(instrument.id, { type })} />
      <TextField label={t('instr.notes')} value={instrument.notes} multiline onCommit={(notes) => updateInstrument(instrument.id, { notes })} />
      <button type="button" className="button small ghost danger" aria-label={t('instr.remove', { name: instrument.name })} onClick={() => removeInstrument(instrument.id)}>
        {t('instr.removeShort')}
      </button>
    </li>
  );
}

/** The type's choice; `explain` says under it what the chosen type means (where an instrument is added). */
function TypeSelect({ value, onChange, explain }: { value: InstrumentType; onChange(type: InstrumentType): void; explain?: boolean }) {
  const t = useInstrumentT();
  const hint = useId();
  return (
    <label className="field">
      <span className="label">{t('instr.type')}</span>
      <select value={value} aria-describedby={explain ? hint : undefined} onChange={(e) => onChange(e.target.value as InstrumentType)}>
        {INSTRUMENT_TYPES.map((type) => (
          <option key={type} value={type}>
            {t(`instr.type.${type}`)}
          </option>
        ))}
      </select>
      {explain && (
        <span id={hint} className="hint">
          {t(`instr.typeHint.${value}`)}
        </span>
      )}
    </label>
  );
}
