import { useEffect, useRef } from 'react';
import { useSessionStore } from '../store/sessionStore';
import { useT } from '../i18n/useT';
import { ACTIONS } from './registry';
import { isArrowKey, keyCaps } from './keyCaps';
import type { Translate } from '../i18n';

const isMac = typeof navigator !== 'undefined' && /Mac|iPhone|iPad/.test(navigator.platform);

/** The shortcuts, read from the same registry the keyboard handler uses. */
export function HelpDialog() {
  const t = useT();
  const open = useSessionStore((s) => s.helpOpen);
  const dialog = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const d = dialog.current;
    if (!d) return;
    if (open && !d.open) d.showModal();
    if (!open && d.open) d.close();
  }, [open]);
  return (
    <dialog ref={dialog} className="dialog help-dialog" aria-labelledby="help-title" onClose={() => useSessionStore.getState().setHelpOpen(false)}>
      <div className="dialog-head">
        <h2 id="help-title">{t('help.title')}</h2>
        <button type="button" className="button small ghost" aria-label={t('common.close')} onClick={() => useSessionStore.getState().setHelpOpen(false)}>
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
                {groups(action.keys).map((group, i) => (
                  <span key={group.join()} className="shortcut-keys">
                    {i > 0 && <span className="muted"> {t('help.or')} </span>}
                    {group.map((k, j) => (
                      <span key={k}>
                        {j > 0 && ' '}
                        <Shortcut shortcut={k} t={t} />
                      </span>
                    ))}
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

/** Alternatives, each one shortcut; the arrow keys are one alternative of four keys. */
function groups(keys: readonly string[]): string[][] {
  const arrows = keys.filter(isArrowKey);
  const others = keys.filter((k) => !isArrowKey(k)).map((k) => [k]);
  return arrows.length > 1 ? [...others, arrows] : keys.map((k) => [k]);
}

/** One shortcut as keys on a keyboard: Ctrl + Shift + Z, or ⌘⇧Z on a Mac; a symbol also has its name for a screen reader. */
function Shortcut({ shortcut, t }: { shortcut: string; t: Translate }) {
  const caps = keyCaps(shortcut, isMac);
  return (
    <span className="shortcut">
      {caps.map((cap, i) => (
        <span key={i}>
          {i > 0 && !isMac && <span aria-hidden="true">+</span>}
          <kbd>
            {cap.spoken ? (
              <>
                <span aria-hidden="true">{cap.text}</span>
                <span className="visually-hidden">{t(cap.spoken)}</span>
              </>
            ) : (
              cap.text
            )}
          </kbd>
        </span>
      ))}
    </span>
  );
}
