import { useState } from 'react';
import { useDocumentStore } from '../store/documentStore';
import { useLanguage, useT } from '../i18n/useT';
import { useFindings } from '../panels/useFindings';
import { loadInstrumentMessages, useInstrumentT } from '../i18n/instrumentMessages';

type Busy = null | 'png' | 'json' | 'csv';

/** The export dialog's choices and buttons; loaded when the dialog first opens. */
export function ExportOptions() {
  const t = useT();
  const it = useInstrumentT();
  const language = useLanguage();
  const findings = useFindings();
  const [scale, setScale] = useState<1 | 2>(2);
  const [mapOnly, setMapOnly] = useState(false);
  const [busy, setBusy] = useState<Busy>(null);
  const [error, setError] = useState<string | null>(null);
  // The roles self-check holds colleagues' personal answers: it leaves the device only when asked.
  const [includeTeam, setIncludeTeam] = useState(false);
  const hasTeam = useDocumentStore((s) => Object.keys(s.doc?.team ?? {}).length > 0);
  const hasInstruments = useDocumentStore((s) => Object.keys(s.doc?.instruments ?? {}).length > 0);
  const [withSheets, setWithSheets] = useState(true);

  const run = async (kind: Exclude<Busy, null>) => {
    const doc = useDocumentStore.getState().doc;
    if (!doc) return;
    const arena = includeTeam ? doc : { ...doc, team: {} };
    setBusy(kind);
    setError(null);
    try {
      const exporter = await import('../export/exportArena');
      // The instruments' words (types, sheet answers) for the CSV and the image.
      if (Object.keys(arena.instruments).length > 0) await loadInstrumentMessages();
      if (kind === 'png') await exporter.exportPng(arena, findings, t, { scale, locale: language, mapOnly, sheets: hasInstruments && withSheets && !mapOnly });
      else if (kind === 'json') exporter.exportJson(arena);
      else exporter.exportCsv(arena, t, language);
    } catch (e) {
      setError(t('export.failed', { reason: e instanceof Error ? e.message : String(e) }));
    } finally {
      setBusy(null);
    }
  };

  return (
    <>
      <section className="export-option">
        <h3>{t('export.png')}</h3>
        <p className="muted small">{t('export.pngHint')}</p>
        <fieldset className="scale">
          <legend>{t('export.contents')}</legend>
          <label>
            <input type="radio" name="contents" checked={!mapOnly} onChange={() => setMapOnly(false)} /> {t('export.contentsFull')}
          </label>
          <label>
            <input type="radio" name="contents" checked={mapOnly} onChange={() => setMapOnly(true)} /> {t('export.contentsMapOnly')}
          </label>
        </fieldset>
        {hasInstruments && !mapOnly && (
          <label className="check-row">
            <input type="checkbox" checked={withSheets} onChange={(e) => setWithSheets(e.target.checked)} /> {it('sheet.inImage')}
          </label>
        )}
        <fieldset className="scale">
          <legend>{t('export.scale')}</legend>
          <label>
            <input type="radio" name="scale" checked={scale === 1} onChange={() => setScale(1)} /> {t('export.scale1')}
          </label>
          <label>
            <input type="radio" name="scale" checked={scale === 2} onChange={() => setScale(2)} /> {t('export.scale2')}
          </label>
        </fieldset>
        <button type="button" className="button primary" disabled={busy !== null} onClick={() => void run('png')}>
          {busy === 'png' ? t('export.working') : t('export.pngButton')}
        </button>
      </section>
      <section className="export-option">
        <h3>{t('export.json')}</h3>
        <p className="muted small">{t('export.jsonHint')}</p>
        <button type="button" className="button" disabled={busy !== null} onClick={() => void run('json')}>
          {t('export.jsonButton')}
        </button>
      </section>
      <section className="export-option">
        <h3>{t('export.csv')}</h3>
        <p className="muted small">{t('export.csvHint')}</p>
        <button type="button" className="button" disabled={busy !== null} onClick={() => void run('csv')}>
          {t('export.csvButton')}
        </button>
      </section>
      {hasTeam && (
        <label className="check-row">
          <input type="checkbox" checked={includeTeam} onChange={(e) => setIncludeTeam(e.target.checked)} /> {t('export.includeTeam')}
        </label>
      )}
      {error && (
        <p role="alert" className="field-error">
          {error}
        </p>
      )}
    </>
  );
}
