import type { SessionState } from './useArenaSession';
import { useT } from '../i18n/useT';

/** An arena that is not open (yet): what the editor and a participant's screen show instead, with a way back. */
export function ArenaLoadMessage({ load }: { load: Exclude<SessionState, { status: 'editing' | 'readOnly' | 'deleted' }> }) {
  const t = useT();
  return (
    <div className="editor-message">
      <a className="back-link" href="#/">
        ← {t('editor.back')}
      </a>
      {load.status === 'loading' && <p className="muted">{t('editor.loading')}</p>}
      {load.status === 'missing' && <p role="alert">{t('editor.notFound')}</p>}
      {load.status === 'error' && <p role="alert">{t('editor.loadError', { reason: load.reason })}</p>}
    </div>
  );
}

/** Whether the arena is open: editable, read-only, or deleted elsewhere and still shown. */
export function isOpen(load: SessionState): load is Extract<SessionState, { status: 'editing' | 'readOnly' | 'deleted' }> {
  return load.status === 'editing' || load.status === 'readOnly' || load.status === 'deleted';
}
