import { useState } from 'react';
import { addPartners } from '../store/partnerActions';
import { checkName, MAX_NAME_LENGTH } from '../domain/arena';
import { useT } from '../i18n/useT';

interface Result {
  added: number;
  duplicates: string[];
  invalid: number;
}

/**
 * Paste a list of names, one per line: all are added at once. Afterwards the box keeps only the lines that
 * could not be added and may be fixed (too long for a name); names already in the arena leave it and are
 * named in the message, so pressing "Add all" again never meets them a second time.
 */
export function QuickAdd({ initial, onClose }: { initial: string; onClose(): void }) {
  const t = useT();
  const [text, setText] = useState(initial);
  const [result, setResult] = useState<Result | null>(null);
  const submit = (e: React.FormEvent) => {
    e.preventDefault();
    // Spreadsheet rows may carry more columns: the first one is the name.
    const lines = text.split(/\r?\n/);
    const names = lines.map((line) => line.split('\t')[0] ?? '');
    const r = addPartners(names);
    setResult({ added: r.added.length, duplicates: r.duplicates, invalid: r.invalid });
    setText(lines.filter((_, i) => names[i]!.trim() && !checkName(names[i]!).ok).join('\n'));
  };
  return (
    <form className="add-partner quick-add" onSubmit={submit} aria-label={t('quickAdd.title')}>
      <label className="field">
        <span className="label">{t('quickAdd.label')}</span>
        <textarea autoFocus rows={6} value={text} onChange={(e) => setText(e.target.value)} />
      </label>
      {result && (
        <div role="status" className="quick-add-result">
          <p>
            {result.added === 0
              ? t('quickAdd.added.none')
              : result.added === 1
                ? t('quickAdd.added.one')
                : t('quickAdd.added', { count: result.added })}
          </p>
          {result.duplicates.length > 0 && <p className="warn-text">{t('quickAdd.duplicates', { names: result.duplicates.join(', ') })}</p>}
          {result.invalid > 0 && (
            <p className="warn-text">
              {result.invalid === 1
                ? t('quickAdd.invalid.one', { max: MAX_NAME_LENGTH })
                : t('quickAdd.invalid', { count: result.invalid, max: MAX_NAME_LENGTH })}
            </p>
          )}
        </div>
      )}
      <div className="row">
        <button type="submit" className="button primary" disabled={!text.trim()}>
          {t('quickAdd.submit')}
        </button>
        <button type="button" className="button ghost" onClick={onClose}>
          {t('common.close')}
        </button>
      </div>
    </form>
  );
}
