import { useEffect, useState } from 'react';
import { useLanguage, useT } from '../i18n/useT';
import { importArenaFile } from './importFile';
import { useSessionStore } from '../store/sessionStore';
import { isPartnerListFile, openListImport } from './ListImport';

/**
 * Dropping a file anywhere on the window imports it (files come from the OS, so this is HTML drag and drop):
 * an arena file as a new arena, a partner list into the open arena (`into`) or a new one.
 */
export function FileDrop({ into }: { into: 'new' | 'open' }) {
  const t = useT();
  const language = useLanguage();
  const [over, setOver] = useState(false);
  const setMessage = useSessionStore((s) => s.setNotice);

  useEffect(() => {
    let depth = 0;
    const hasFiles = (e: DragEvent) => !!e.dataTransfer && Array.from(e.dataTransfer.types).includes('Files');
    const enter = (e: DragEvent) => {
      if (!hasFiles(e)) return;
      depth++;
      setOver(true);
    };
    const leave = (e: DragEvent) => {
      if (!hasFiles(e)) return;
      depth = Math.max(0, depth - 1);
      if (depth === 0) setOver(false);
    };
    const overHandler = (e: DragEvent) => {
      if (!hasFiles(e)) return;
      e.preventDefault();
      if (e.dataTransfer) e.dataTransfer.dropEffect = 'copy';
    };
    const drop = (e: DragEvent) => {
      if (!hasFiles(e)) return;
      e.preventDefault();
      depth = 0;
      setOver(false);
      const file = e.dataTransfer?.files[0];
      if (!file) return;
      if (isPartnerListFile(file.name)) return openListImport(file, into);
      void importArenaFile(file, t, language).then((outcome) => setMessage(outcome.ok ? null : outcome.message));
    };
    window.addEventListener('dragenter', enter);
    window.addEventListener('dragleave', leave);
    window.addEventListener('dragover', overHandler);
    window.addEventListener('drop', drop);
    return () => {
      window.removeEventListener('dragenter', enter);
      window.removeEventListener('dragleave', leave);
      window.removeEventListener('dragover', overHandler);
      window.removeEventListener('drop', drop);
    };
  }, [t, language, setMessage, into]);

  return over ? (
    <div className="drop-overlay" aria-hidden="true">
      <p>{t('import.dropHere')}</p>
    </div>
  ) : null;
}

export function ImportMessage() {
  const t = useT();
  const message = useSessionStore((s) => s.notice);
  const setMessage = useSessionStore((s) => s.setNotice);
  if (!message) return null;
  return (
    <div className="banner error import-error" role="alert">
      <span>{message}</span>
      <button type="button" className="button small ghost" aria-label={t('common.close')} onClick={() => setMessage(null)}>
        ×
      </button>
    </div>
  );
}
