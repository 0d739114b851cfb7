import { useEffect, useState } from 'react';

/**
 * A labelled text field that commits when left, so one edit is one undo step (and one write), not one
 * per keystroke. Follows the value when it changes underneath (undo, another tab).
 */
export function TextField({ label, value, multiline, onCommit }: { label: string; value: string; multiline?: boolean; onCommit(v: string): void }) {
  const [draft, setDraft] = useState(value);
  useEffect(() => setDraft(value), [value]);
  const props = {
    value: draft,
    onChange: (e: { target: { value: string } }) => setDraft(e.target.value),
    onBlur: () => draft !== value && onCommit(draft),
  };
  return (
    <label className="field">
      <span className="label">{label}</span>
      {multiline ? <textarea rows={3} {...props} /> : <input type="text" {...props} />}
    </label>
  );
}
