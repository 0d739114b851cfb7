import { useEditorStore } from '../store/editorStore';
import { useT } from '../i18n/useT';

/** A quiet status: "Saved" / "Saving…" / "Not saved: <reason>". */
export function SaveStatus() {
  const t = useT();
  const save = useEditorStore((s) => s.save);
  if (save.status === 'error') {
    return (
      <p className="save-status is-error" role="alert">
        {t('save.error', { reason: t(`save.${save.reason}`) })}
      </p>
    );
  }
  return (
    <p className={`save-status is-${save.status}`} role="status" aria-live="polite">
      {save.status === 'saved' ? t('save.saved') : t('save.saving')}
    </p>
  );
}
