import { useEffect, useRef } from 'react';
import { useEditorStore } from '../store/editorStore';
import { useT } from '../i18n/useT';
import { ACTIONS } from './registry';
import { display } from './keys';

const isMac = typeof navigator !== 'undefined' && /Mac|iPhone|iPad/.test(navigator.platform);

/** The shortcuts, read from the same registry the keyboard handler uses. */
export function HelpDialog() {
  const t = useT();
  const open = useEditorStore((s) => s.helpOpen);
  const dialog = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const d = dialog.current;
    if (!d) return;
    if (open && !d.open) d.showModal();
    if (!open && d.open) d.close();
  }, [open]);
  return (
    <dialog ref={dialog} className="dialog help-dialog" aria-labelledby="help-title" onClose={() => useEditorStore.getState().setHelpOpen(false)}>
      <div className="dialog-head">
        <h2 id="help-title">{t('help.title')}</h2>
        <button type="button" className="button small ghost" aria-label={t('common.close')} onClick={() => useEditorStore.getState().setHelpOpen(false)}>
          ×
        </button>
      </div>
      <p className="muted small">{t('help.intro')}</p>
      <table className="shortcuts">
        <thead>
          <tr>
            <th scope="col">{t('help.action')}</th>
            <th scope="col">{t('help.keys')}</th>
          </tr>
        </thead>
        <tbody>
          {ACTIONS.map((action) => (
            <tr key={action.id}>
              <td>{t(action.label)}</td>
              <td>
                {action.keys.map((k, i) => (
                  <span key={k}>
                    {i > 0 && <span className="muted"> {t('help.or')} </span>}
                    <kbd>{display(k, isMac)}</kbd>
                  </span>
                ))}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </dialog>
  );
}
