import { useTypingDraft } from './useTypingDraft';

/**
 * A labelled text field. What is typed reaches the document after a short pause (and before the page is
 * hidden or closed), so it is saved without leaving the field; one visit to the field is one undo step.
 * Follows the value when it changes underneath (undo, another tab).
 */
export function TextField({ label, value, multiline, onCommit }: { label: string; value: string; multiline?: boolean; onCommit(v: string): void }) {
  const { draft, change, finish } = useTypingDraft(value, (text) => {
    if (text !== value) onCommit(text);
  });
  const props = {
    value: draft,
    onChange: (e: { target: { value: string } }) => change(e.target.value),
    onBlur: finish,
  };
  return (
    <label className="field">
      <span className="label">{label}</span>
      {multiline ? <textarea rows={3} {...props} /> : <input type="text" {...props} />}
    </label>
  );
}
