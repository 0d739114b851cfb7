import { useId, useState } from 'react';
import type { TieKind } from '../domain/arena';
import { useDocumentStore } from '../store/documentStore';
import { useLanguage, useT } from '../i18n/useT';
import { useFindings } from '../panels/useFindings';
import { useTrustMeasures } from '../panels/useTrustMeasures';
import { loadVersion, useVersions, versionsWithSnapshots } from '../persistence/versions';
import { diffArenas } from '../domain/versionDiff';
import { formatDate } from '../versions/formatDate';
import { useVersionsT } from '../i18n/useVersionsT';
import { useReportT } from '../i18n/useReportT';
import { loadInstrumentMessages, useInstrumentT } from '../i18n/instrumentMessages';
import { useTiesT } from '../i18n/useTiesT';
import { useTiesView } from '../canvas/tiesView';

type Busy = null | 'png' | 'json' | 'csv' | 'report';

/**
 * The export dialog's choices and buttons; loaded when the dialog first opens. `versions`: the arena's saved
 * versions may go into the arena file (only when ticked).
 */
export function ExportOptions({ versions = true }: { versions?: boolean }) {
  const t = useT();
  const tv = useVersionsT();
  const rt = useReportT();
  const it = useInstrumentT();
  const tt = useTiesT();
  const language = useLanguage();
  const findings = useFindings();
  const trust = useTrustMeasures();
  const [scale, setScale] = useState<1 | 2>(2);
  const [mapOnly, setMapOnly] = useState(false);
  const [busy, setBusy] = useState<Busy>(null);
  const [error, setError] = useState<string | null>(null);
  // The roles self-check holds colleagues' personal answers: it leaves the device only when asked.
  const [includeTeam, setIncludeTeam] = useState(false);
  const hasTeam = useDocumentStore((s) => Object.keys(s.doc?.team ?? {}).length > 0);
  const arenaId = useDocumentStore((s) => s.doc?.id ?? '');
  const saved = useVersions(arenaId);
  const versionCount = versions && saved.status === 'ready' ? saved.value.length : 0;
  const [includeVersions, setIncludeVersions] = useState(false);
  // The report can say what changed since a saved version (empty: it does not).
  const [changesSince, setChangesSince] = useState('');
  const changesId = useId();
  const hasInstruments = useDocumentStore((s) => Object.keys(s.doc?.instruments ?? {}).length > 0);
  const [withSheets, setWithSheets] = useState(true);
  // What you see is what you export: ties hidden on the map are left out of the image too.
  const tiesHidden = useTiesView((s) => s.hidden);
  const hasTies = useDocumentStore((s) => Object.keys(s.doc?.ties ?? {}).length > 0);

  const run = async (kind: Exclude<Busy, null | 'report'>) => {
    const doc = useDocumentStore.getState().doc;
    if (!doc) return;
    const arena = includeTeam ? doc : { ...doc, team: {} };
    setBusy(kind);
    setError(null);
    try {
      const exporter = await import('../export/exportArena');
      // The instruments' words (types, sheet answers) for the CSV and the image.
      if (Object.keys(arena.instruments).length > 0) await loadInstrumentMessages();
      if (kind === 'png') {
        const ties = useTiesView.getState().hidden ? undefined : { heading: tt('ties.legend'), kind: (k: TieKind) => tt(`ties.kind.${k}`) };
        await exporter.exportPng(arena, findings, t, { scale, locale: language, mapOnly, sheets: hasInstruments && withSheets && !mapOnly, ...(ties && { ties }) });
      }
      else if (kind === 'json') {
        // The versions keep the same promise as the arena: personal answers only when asked.
        const withVersions = includeVersions && versionCount > 0 ? await versionsWithSnapshots(doc.id) : undefined;
        exporter.exportJson(arena, withVersions?.map((v) => ({ ...v, arena: includeTeam ? v.arena : { ...v.arena, team: {} } })));
      }
      else exporter.exportCsv(arena, t, language);
    } catch (e) {
      setError(t('export.failed', { reason: e instanceof Error ? e.message : String(e) }));
    } finally {
      setBusy(null);
    }
  };

  // The report opens over the app in place of this dialog; its code loads on the first click.
  const report = async (button: HTMLElement) => {
    const doc = useDocumentStore.getState().doc;
    if (!doc) return;
    setBusy('report');
    setError(null);
    try {
      const { openReport } = await import('../report/openReport');
      const version = changesSince && versionCount > 0 ? await loadVersion(changesSince) : undefined;
      const changes = version
        ? { since: version.name, date: formatDate(version.savedAt, language), before: version.arena, diff: diffArenas(version.arena, doc) }
        : null;
      button.closest('dialog')?.close();
      // Closing the dialog gave the focus back to the Export button: the report returns it there.
      openReport({ arena: includeTeam ? doc : { ...doc, team: {} }, findings, includeTeam, changes, trust, returnFocus: document.activeElement as HTMLElement | null });
    } catch (e) {
      setError(t('export.failed', { reason: e instanceof Error ? e.message : String(e) }));
    } finally {
      setBusy(null);
    }
  };

  return (
    <>
      <section className="export-option">
        <h3>{rt('report.section')}</h3>
        <p className="muted small">
          {rt('report.hint')}
          {hasTeam && <> {rt('report.teamHint')}</>}
        </p>
        {versionCount > 0 && saved.status === 'ready' && (
          <p className="check-row">
            <label htmlFor={changesId}>{tv('report.changesSince')}</label>
            <select id={changesId} value={changesSince} onChange={(e) => setChangesSince(e.target.value)}>
              <option value="">{tv('report.changesNone')}</option>
              {saved.value.map((v) => (
                <option key={v.id} value={v.id}>
                  {v.name}
                </option>
              ))}
            </select>
          </p>
        )}
        <button type="button" className="button primary" disabled={busy !== null} onClick={(e) => void report(e.currentTarget)}>
          {busy === 'report' ? t('export.working') : rt('report.open')}
        </button>
      </section>
      <section className="export-option">
        <h3>{t('export.png')}</h3>
        <p className="muted small">{t('export.pngHint')}</p>
        {hasTies && tiesHidden && <p className="muted small">{tt('ties.imageHidden')}</p>}
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
        <button type="button" className="button" disabled={busy !== null} onClick={() => void run('png')}>
          {busy === 'png' ? t('export.working') : t('export.pngButton')}
        </button>
      </section>
      <section className="export-option">
        <h3>{t('export.json')}</h3>
        <p className="muted small">{t('export.jsonHint')}</p>
        {versionCount > 0 && (
          <label className="check-row">
            <input type="checkbox" checked={includeVersions} onChange={(e) => setIncludeVersions(e.target.checked)} />{' '}
            {tv('export.includeVersions', { count: versionCount })}
          </label>
        )}
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
