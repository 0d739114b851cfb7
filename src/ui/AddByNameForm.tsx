import { useState } from 'react';

interface Props {
  label: string;
  submitLabel: string;
  emptyMessage: string;
  /** Returns false when the name was refused (empty or too long). */
  onAdd(name: string): boolean;
}

/** One field and a button to add something by name (an action, a colleague), with a clear message when refused. */
export function AddByNameForm({ label, submitLabel, emptyMessage, onAdd }: Props) {
  const [name, setName] = useState('');
  const [error, setError] = useState<string | null>(null);
  return (
    <>
      <form
        className="row add-action"
        onSubmit={(e) => {
          e.preventDefault();
          if (!onAdd(name)) return setError(emptyMessage);
          setName('');
          setError(null);
        }}
      >
        <label className="field grow">
          <span className="label">{label}</span>
          <input type="text" value={name} aria-invalid={error ? true : undefined} onChange={(e) => setName(e.target.value)} />
        </label>
        <button type="submit" className="button primary">
          {submitLabel}
        </button>
      </form>
      {error && (
        <p role="alert" className="field-error">
          {error}
        </p>
      )}
    </>
  );
}
