import { useState } from 'react';
import { useEditorStore } from '../store/editorStore';
import { MAX_NAME_LENGTH } from '../domain/arena';
import { useT } from '../i18n/useT';

export function AddPartnerForm({ onDone }: { onDone(): void }) {
  const t = useT();
  const addPartner = useEditorStore((s) => s.addPartner);
  const [name, setName] = useState('');
  const [type, setType] = useState('');
  const [notes, setNotes] = useState('');
  const [error, setError] = useState<string | null>(null);

  const submit = (e: React.FormEvent) => {
    e.preventDefault();
    const result = addPartner({ name, type, notes });
    if (!result.ok) {
      setError(
        result.error === 'empty'
          ? t('error.nameEmpty')
          : result.error === 'tooLong'
            ? t('error.nameTooLong', { max: MAX_NAME_LENGTH })
            : t('partners.duplicateName', { name: name.trim() }),
      );
      return;
    }
    useEditorStore.getState().select(result.id);
    setName('');
    setType('');
    setNotes('');
    setError(null);
    // Stay open: in a workshop people call out partners one after another.
    (e.currentTarget as HTMLFormElement).querySelector('input')?.focus();
  };

  return (
    <form className="add-partner" onSubmit={submit} aria-label={t('partners.add')} noValidate>
      <label className="field">
        <span className="label">{t('partners.name')}</span>
        <input
          type="text"
          autoFocus
          value={name}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? 'add-partner-error' : undefined}
          onChange={(e) => {
            setName(e.target.value);
            if (error) setError(null);
          }}
        />
      </label>
      {error && (
        <p id="add-partner-error" role="alert" className="field-error">
          {error}
        </p>
      )}
      <label className="field">
        <span className="label">{t('partners.type')}</span>
        <input type="text" value={type} onChange={(e) => setType(e.target.value)} />
      </label>
      <label className="field">
        <span className="label">{t('partners.notes')}</span>
        <textarea rows={2} value={notes} onChange={(e) => setNotes(e.target.value)} />
      </label>
      <div className="row">
        <button type="submit" className="button primary">
          {t('partners.add')}
        </button>
        <button type="button" className="button ghost" onClick={onDone}>
          {t('partners.cancel')}
        </button>
      </div>
    </form>
  );
}
