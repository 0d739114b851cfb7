import { useEffect, useRef } from 'react';

interface Props {
  message: string;
  /** Label of the close button, in the UI language. */
  closeLabel: string;
  actionLabel?: string;
  onAction?(): void;
  onClose(): void;
  /** How long the way back stays offered. */
  timeoutMs?: number;
}

export function Toast({ message, closeLabel, actionLabel, onAction, onClose, timeoutMs = 10000 }: Props) {
  // The latest onClose, without restarting the timer when the parent re-renders.
  const close = useRef(onClose);
  close.current = onClose;
  useEffect(() => {
    const timer = setTimeout(() => close.current(), timeoutMs);
    return () => clearTimeout(timer);
  }, [timeoutMs, message]);
  return (
    <div className="toast" role="status">
      <span>{message}</span>
      {actionLabel && onAction && (
        <button type="button" className="button small" onClick={onAction}>
          {actionLabel}
        </button>
      )}
      <button type="button" className="button small ghost" aria-label={closeLabel} onClick={onClose}>
        ×
      </button>
    </div>
  );
}
