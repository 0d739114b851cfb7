import { useState } from 'react';
import { useEditorStore } from '../store/editorStore';
import { useT } from '../i18n/useT';

/** Paste a list of names, one per line: all are added at once; names already in the arena are pointed out. */
export function QuickAdd({ initial, onDone }: { initial: string; onDone(): void }) {
  const t = useT();
  const [text, setText] = useState(initial);
  const [result, setResult] = useState<{ added: number; duplicates: string[]; invalid: number } | null>(null);
  const submit = (e: React.FormEvent) => {
    e.preventDefault();
    // Spreadsheet rows may carry more columns: the first one is the name.
    const names = text.split(/\r?\n/).map((line) => line.split('\t')[0] ?? '');
    const r = useEditorStore.getState().addPartners(names);
    setResult({ added: r.added.length, duplicates: r.duplicates, invalid: r.invalid });
    if (r.added.length) setText(r.duplicates.join('\n'));
  };
  return (
    <form className="add-partner quick-add" onSubmit={submit} aria-label={t('quickAdd.title')}>
      <label className="field">
        <span className="label">{t('quickAdd.label')}</span>
        <textarea autoFocus rows={6} value={text} onChange={(e) => setText(e.target.value)} />
      </label>
      {result && (
        <div role="status" className="quick-add-result">
          <p>{t('quickAdd.added', { count: result.added })}</p>
          {result.duplicates.length > 0 && <p className="warn-text">{t('quickAdd.duplicates', { names: result.duplicates.join(', ') })}</p>}
          {result.invalid > 0 && <p className="warn-text">{t('quickAdd.invalid', { count: result.invalid })}</p>}
        </div>
      )}
      <div className="row">
        <button type="submit" className="button primary" disabled={!text.trim()}>
          {t('quickAdd.submit')}
        </button>
        <button type="button" className="button ghost" onClick={onDone}>
          {t('common.close')}
        </button>
      </div>
    </form>
  );
}
