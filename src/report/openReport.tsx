/**
 * Opens the report over the app in a React root of its own, outside the app's (#root): the app needs no
 * code of the report in its first load, and for print it can be hidden whole (report.css). The app is
 * inert meanwhile; closing gives the focus back where it was.
 */
import { createRoot } from 'react-dom/client';
import type { Arena } from '../domain/arena';
import type { Finding } from '../domain/analysis';
import { ReportView } from './ReportView';
import type { ReportChanges } from '../versions/reportChanges';
import type { TrustMeasures } from '../domain/trust';

export interface OpenReportOptions {
  arena: Arena;
  findings: readonly Finding[];
  includeTeam: boolean;
  /** What changed since a saved version (the export dialog's choice), or none. */
  changes?: ReportChanges | null;
  /** The trust measured from the ties (as the advisor has it), if any. */
  trust?: TrustMeasures | null;
  /** Where the focus goes back to on close (the Export button). */
  returnFocus?: HTMLElement | null;
}

/** The class on <html> while the report is open: report.css hides the app for print by it. */
export const REPORT_OPEN_CLASS = 'report-open';

export function openReport({ arena, findings, includeTeam, changes = null, trust = null, returnFocus }: OpenReportOptions): () => void {
  const host = document.createElement('div');
  host.className = 'report-host';
  document.body.appendChild(host);
  const app = document.getElementById('root');
  app?.setAttribute('inert', '');
  document.documentElement.classList.add(REPORT_OPEN_CLASS);
  // "Save as PDF" names the file after the page's title: the arena's, while the report is open.
  const title = document.title;
  if (arena.title.trim()) document.title = arena.title.trim();
  const root = createRoot(host);
  let closed = false;
  const close = () => {
    if (closed) return;
    closed = true;
    root.unmount();
    host.remove();
    app?.removeAttribute('inert');
    document.documentElement.classList.remove(REPORT_OPEN_CLASS);
    document.title = title;
    returnFocus?.focus();
  };
  root.render(<ReportView arena={arena} findings={findings} includeTeam={includeTeam} changes={changes} trust={trust} onClose={close} />);
  return close;
}
