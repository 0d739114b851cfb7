import { useEffect, useRef, useState, type KeyboardEvent } from 'react';
import { useTypingDraft } from './useTypingDraft';

interface Props {
  value: string;
  label: string;
  placeholder: string;
  multiline?: boolean;
  className?: string;
  readOnly?: boolean;
  /**
   * Called with what is typed after a short pause and when the edit finishes (Enter or leaving the
   * field); all of one edit is one undo step. Escape takes it back.
   */
  onCommit(value: string): void;
  validate?(value: string): string | null;
}

/** Text shown as text, edited in place: one undo step per finished edit. */
export function InlineText({ value, label, placeholder, multiline, className, readOnly, onCommit, validate }: Props) {
  const [editing, setEditing] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const typed = useTypingDraft(value, (text) => {
    if (!validate?.(text) && text !== value) onCommit(text);
  });
  const draft = typed.draft;
  const field = useRef<HTMLInputElement & HTMLTextAreaElement>(null);

  useEffect(() => {
    if (editing) field.current?.select();
  }, [editing]);

  const start = () => {
    setError(null);
    setEditing(true);
  };
  const finish = () => {
    const problem = validate?.(draft) ?? null;
    if (problem) {
      setError(problem);
      return;
    }
    setEditing(false);
    typed.finish();
  };
  const onKeyDown = (e: KeyboardEvent) => {
    if (e.key === 'Escape') {
      e.preventDefault();
      typed.cancel();
      setEditing(false);
      setError(null);
    } else if (e.key === 'Enter' && (!multiline || !e.shiftKey)) {
      e.preventDefault();
      finish();
    }
  };

  if (readOnly) return <span className={`inline-text is-static ${className ?? ''} ${value ? '' : 'is-empty'}`}>{value || placeholder}</span>;
  if (!editing) {
    return (
      <button type="button" className={`inline-text ${className ?? ''} ${value ? '' : 'is-empty'}`} aria-label={`${label}: ${value || placeholder}`} onClick={start}>
        {value || placeholder}
      </button>
    );
  }
  const common = {
    ref: field,
    className: `inline-text-field ${className ?? ''}`,
    'aria-label': label,
    'aria-invalid': error ? true : undefined,
    value: draft,
    placeholder,
    onChange: (e: { target: { value: string } }) => {
      typed.change(e.target.value);
      if (error) setError(validate?.(e.target.value) ?? null);
    },
    onBlur: finish,
    onKeyDown,
  };
  return (
    <span className="inline-text-edit">
      {multiline ? <textarea rows={2} {...common} /> : <input type="text" {...common} />}
      {error && (
        <span role="alert" className="field-error">
          {error}
        </span>
      )}
    </span>
  );
}
