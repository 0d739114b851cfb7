/**
 * The A4 report as a view of its own, laid over the app: a toolbar (print, close) and the document. It is
 * printed by the browser's own print engine (window.print): the user picks "Save as PDF" there.
 *
 * Why a view over the app in the same page, not a route, a new tab or an iframe: it prints exactly the
 * arena the editor holds at this moment (a shared arena's latest state, the word typed a moment ago), with
 * the findings the Warnings panel shows, and needs no second way of reading the arena from storage or of
 * passing the export dialog's choices along. While it is open the app is inert and, for print, hidden
 * (report.css), so the app's own UI never shows on paper, also when the user prints with Ctrl+P. An
 * iframe would print alone only from its own print(); the browser's Ctrl+P and a test's page.pdf()
 * would print the app.
 */
import { Fragment, useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { Arena } from '../domain/arena';
import type { Finding } from '../domain/analysis';
import { useLanguage } from '../i18n/useT';
import { useReportT } from '../i18n/useReportT';
import { MapReadyContext, REPORT_SECTIONS } from './ReportSections';
import type { ReportInput } from './sections';
import type { ReportChanges } from '../versions/reportChanges';
import type { TrustMeasures } from '../domain/trust';
import './report.css';

export interface ReportViewProps {
  arena: Arena;
  findings: readonly Finding[];
  includeTeam: boolean;
  changes?: ReportChanges | null;
  trust?: TrustMeasures | null;
  onClose(): void;
}

export function ReportView({ arena, findings, includeTeam, changes = null, trust = null, onClose }: ReportViewProps) {
  const t = useReportT();
  const language = useLanguage();
  const [map, setMap] = useState<'drawing' | 'ready' | 'failed'>('drawing');
  const screen = useRef<HTMLDivElement>(null);
  const input = useMemo<ReportInput>(
    () => ({ arena, findings, t, language, includeTeam, changes, trust, date: new Intl.DateTimeFormat(language, { dateStyle: 'long' }).format(new Date()) }),
    // `t` changes identity on every render; it follows the language.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [arena, findings, includeTeam, changes, trust, language],
  );
  const markMap = useCallback((state: 'ready' | 'failed') => setMap(state), []);

  useEffect(() => {
    // The view takes the focus, so the keyboard scrolls the document and Tab reaches the toolbar.
    screen.current?.focus();
    const onKey = (e: KeyboardEvent) => {
      if (e.key === 'Escape') onClose();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [onClose]);

  return (
    <div ref={screen} tabIndex={-1} className="report-screen" role="dialog" aria-modal="true" aria-labelledby="report-toolbar-title">
      <div className="report-toolbar">
        <h2 id="report-toolbar-title">{t('report.toolbar')}</h2>
        <p>{t('report.printHint')}</p>
        <button type="button" className="button primary" disabled={map === 'drawing'} onClick={() => window.print()}>
          {map === 'drawing' ? t('report.preparing') : t('report.print')}
        </button>
        <button type="button" className="button" onClick={onClose}>
          {t('report.close')}
        </button>
      </div>
      <MapReadyContext.Provider value={markMap}>
        <article className="report" lang={language} data-map={map}>
          {REPORT_SECTIONS.map((s) => (
            <Fragment key={s.id}>{s.render(input)}</Fragment>
          ))}
          <p className="report-footer">{t('report.footer', { date: input.date })}</p>
        </article>
      </MapReadyContext.Provider>
    </div>
  );
}
