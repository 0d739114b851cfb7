import { lazy, Suspense, useRef, useState } from 'react';
import { useVersionsT } from '../i18n/useVersionsT';

// The dialog's contents (saving, the list, compare) load when it first opens.
const VersionsPanel = lazy(() => import('./VersionsPanel').then((m) => ({ default: m.VersionsPanel })));

/** Versions: save the arena as it is now under a name, and list, open, compare, export or restore saved ones. */
export default function VersionsButton() {
  const t = useVersionsT();
  const dialog = useRef<HTMLDialogElement>(null);
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
        {t('versions.button')}
      </button>
      <dialog ref={dialog} className="dialog versions-dialog" aria-labelledby="versions-title" onClose={() => setOpen(false)}>
        <div className="dialog-head">
          <h2 id="versions-title">{t('versions.button')}</h2>
          <button type="button" className="button small ghost" aria-label={t('common.close')} onClick={() => dialog.current?.close()}>
            ×
          </button>
        </div>
        {open && (
          <Suspense fallback={<p className="muted small">…</p>}>
            <VersionsPanel />
          </Suspense>
        )}
      </dialog>
    </>
  );
}
