import { useEffect, useRef, useState, type KeyboardEvent } from 'react';

interface Props {
  value: string;
  label: string;
  placeholder: string;
  multiline?: boolean;
  className?: string;
  readOnly?: boolean;
  /** Called once per finished edit (Enter or leaving the field), never per keystroke. */
  onCommit(value: string): void;
  validate?(value: string): string | null;
}

/** Text shown as text, edited in place: one undo step per finished edit. */
export function InlineText({ value, label, placeholder, multiline, className, readOnly, onCommit, validate }: Props) {
  const [editing, setEditing] = useState(false);
  const [draft, setDraft] = useState(value);
  const [error, setError] = useState<string | null>(null);
  const field = useRef<HTMLInputElement & HTMLTextAreaElement>(null);

  useEffect(() => {
    if (editing) field.current?.select();
  }, [editing]);

  const start = () => {
    setDraft(value);
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
    if (draft !== value) onCommit(draft);
  };
  const onKeyDown = (e: KeyboardEvent) => {
    if (e.key === 'Escape') {
      e.preventDefault();
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
    onChange: (e: { target: { value: string } }) => setDraft(e.target.value),
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
