import { Suspense, useEffect, useId, useRef, useState, type ReactNode, type RefObject } from 'react';

interface DialogButtonProps {
  /** The button's text. */
  label: ReactNode;
  buttonClassName?: string;
  /** The dialog's heading (its accessible name). */
  title: string;
  dialogClassName?: string;
  /** The × button's accessible name. */
  closeLabel: string;
  /** Set to a function that opens the dialog, for a caller that opens it without a click (Share after sharing). */
  opener?: RefObject<(() => void) | null>;
  /**
   * The dialog's contents, rendered only while it is open: a lazy component here loads on the first opening,
   * and whatever it works out (an analysis, the list of versions) is not kept up to date while nobody looks.
   */
  children: ReactNode;
}

/** A header button that opens a modal dialog: Export, Versions, Share. */
export function DialogButton({ label, buttonClassName = 'button', title, dialogClassName = '', closeLabel, opener, children }: DialogButtonProps) {
  const dialog = useRef<HTMLDialogElement>(null);
  const [open, setOpen] = useState(false);
  const titleId = useId();
  const show = () => {
    setOpen(true);
    dialog.current?.showModal();
  };
  useEffect(() => {
    if (!opener) return;
    opener.current = show;
    return () => {
      opener.current = null;
    };
  });
  return (
    <>
      <button type="button" className={buttonClassName} onClick={show}>
        {label}
      </button>
      <dialog ref={dialog} className={`dialog ${dialogClassName}`.trim()} aria-labelledby={titleId} onClose={() => setOpen(false)}>
        <div className="dialog-head">
          <h2 id={titleId}>{title}</h2>
          <button type="button" className="button small ghost" aria-label={closeLabel} onClick={() => dialog.current?.close()}>
            ×
          </button>
        </div>
        {open && <Suspense fallback={<p className="muted small">…</p>}>{children}</Suspense>}
      </dialog>
    </>
  );
}
