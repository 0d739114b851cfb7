import { useEffect } from 'react';

interface Props {
  message: string;
  actionLabel?: string;
  onAction?(): void;
  onClose(): void;
  /** How long the way back stays offered. */
  timeoutMs?: number;
}

export function Toast({ message, actionLabel, onAction, onClose, timeoutMs = 10000 }: Props) {
  useEffect(() => {
    const timer = setTimeout(onClose, timeoutMs);
    return () => clearTimeout(timer);
  }, [onClose, timeoutMs, message]);
  return (
    <div className="toast" role="status">
      <span>{message}</span>
      {actionLabel && onAction && (
        <button type="button" className="button small" onClick={onAction}>
          {actionLabel}
        </button>
      )}
      <button type="button" className="button small ghost" aria-label="Close" onClick={onClose}>
        ×
      </button>
    </div>
  );
}
