import { lazy, Suspense, useRef, useState } from 'react';
import { useT } from '../i18n/useT';

import { withAnalysisTexts } from '../i18n/analysisTexts';

// The options load with the dialog: they are not needed to open an arena.
const ExportOptions = lazy(() => withAnalysisTexts(import('./ExportOptions')).then((m) => ({ default: m.ExportOptions })));

/**
 * Export as image (with the arena inside), arena file or partner list. The export code loads on first use.
 * `versions`: the arena file may carry the arena's saved versions (not when a version itself is shown).
 */
export function ExportButton({ versions = true }: { versions?: boolean }) {
  const t = useT();
  const dialog = useRef<HTMLDialogElement>(null);
  // The options (and the findings they export) exist only while the dialog is open: an arena opens
  // without analysing itself a second time for a dialog nobody has asked for.
  const [open, setOpen] = useState(false);
  return (
    <>
      <button
        type="button"
        className="button"
        onClick={() => {
          setOpen(true);
          dialog.current?.showModal();
        }}
      >
        {t('export.button')}
      </button>
      <dialog ref={dialog} className="dialog" aria-labelledby="export-title" onClose={() => setOpen(false)}>
        <div className="dialog-head">
          <h2 id="export-title">{t('export.title')}</h2>
          <button type="button" className="button small ghost" aria-label={t('common.close')} onClick={() => dialog.current?.close()}>
            ×
          </button>
        </div>
        {open && (
          <Suspense fallback={<p className="muted small">…</p>}>
            <ExportOptions versions={versions} />
          </Suspense>
        )}
      </dialog>
    </>
  );
}

