import { useMemo, useRef, useState } from 'react';
import { useDocumentStore } from '../store/documentStore';
import { useSessionStore } from '../store/sessionStore';
import { addKnownPartner, addPartner } from '../store/partnerActions';
import { MAX_NAME_LENGTH } from '../domain/arena';
import { partnerDirectory, suggest, type KnownPartner } from '../domain/partnerDirectory';
import { useAllArenas } from '../persistence/hooks';
import { tagLabel } from '../i18n';
import { useT } from '../i18n/useT';
import { QuickAdd } from './QuickAdd';
import { openListImport } from '../app/ListImport';

export function AddPartnerForm({ onDone }: { onDone(): void }) {
  const t = useT();
  const arenaId = useDocumentStore((s) => s.doc?.id);
  const [name, setName] = useState('');
  const [type, setType] = useState('');
  const [notes, setNotes] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [pasted, setPasted] = useState<string | null>(null);
  const listFile = useRef<HTMLInputElement>(null);
  const arenas = useAllArenas(true);
  const directory = useMemo(() => partnerDirectory(arenas ?? [], arenaId), [arenas, arenaId]);
  const suggestions = useMemo(() => suggest(directory, name), [directory, name]);

  const report = (result: { ok: true; id: string } | { ok: false; error: 'empty' | 'tooLong' | 'duplicate' }, shownName: string) => {
    if (!result.ok) {
      setError(
        result.error === 'empty'
          ? t('error.nameEmpty')
          : result.error === 'tooLong'
            ? t('error.nameTooLong', { max: MAX_NAME_LENGTH })
            : t('partners.duplicateName', { name: shownName.trim() }),
      );
      return false;
    }
    useSessionStore.getState().select(result.id);
    setName('');
    setType('');
    setNotes('');
    setError(null);
    return true;
  };

  const submit = (e: React.FormEvent) => {
    e.preventDefault();
    if (report(addPartner({ name, type, notes }), name)) {
      // Stay open: in a workshop people call out partners one after another.
      (e.currentTarget as HTMLFormElement).querySelector('input')?.focus();
    }
  };

  const addKnown = (known: KnownPartner) => report(addKnownPartner(known), known.name);

  // Close closes: the whole add form, not only the pasted list (which would leave the name form open).
  if (pasted !== null) return <QuickAdd initial={pasted} onClose={onDone} />;

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
          onPaste={(e) => {
            // A pasted column of names (from an email or a spreadsheet) becomes a quick-add list.
            const text = e.clipboardData.getData('text');
            if (/\r?\n./.test(text.trim())) {
              e.preventDefault();
              setPasted(text);
            }
          }}
        />
      </label>
      {error && (
        <p id="add-partner-error" role="alert" className="field-error">
          {error}
        </p>
      )}
      {suggestions.length > 0 && (
        <div className="suggestions" role="group" aria-label={t('reuse.title')}>
          <p className="label">{t('reuse.title')}</p>
          <ul>
            {suggestions.map((known) => (
              <li key={known.name}>
                <button type="button" className="suggestion" onClick={() => addKnown(known)}>
                  <span className="suggestion-name">{known.name}</span>
                  <span className="suggestion-tags">
                    {[
                      ...known.expertise.map((k) => known.customLabels[k]?.label ?? tagLabel(t, 'expertise', k, {})),
                      ...(known.style ? [known.customLabels[known.style]?.label ?? tagLabel(t, 'style', known.style, {})] : []),
                      ...known.perspective.map((k) => known.customLabels[k]?.label ?? tagLabel(t, 'perspective', k, {})),
                    ].join(' · ') || t('reuse.noTags')}
                  </span>
                  <span className="suggestion-from">{t('reuse.from', { arenas: known.arenas.slice(0, 3).join(', ') })}</span>
                </button>
              </li>
            ))}
          </ul>
        </div>
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
        <button type="button" className="button ghost" onClick={() => setPasted('')}>
          {t('quickAdd.open')}
        </button>
        <button type="button" className="button ghost" onClick={() => listFile.current?.click()}>
          {t('quickAdd.importFile')}
        </button>
        <input
          ref={listFile}
          type="file"
          hidden
          aria-label={t('quickAdd.importFile')}
          accept=".csv,.tsv,.txt,.xlsx,.xls,text/csv"
          onChange={(e) => {
            const file = e.target.files?.[0];
            e.target.value = '';
            if (file) openListImport(file, 'open');
          }}
        />
        <button type="button" className="button ghost" onClick={onDone}>
          {t('partners.cancel')}
        </button>
      </div>
    </form>
  );
}
