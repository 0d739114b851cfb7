import { useCallback, useEffect, useId, useRef, useState } from 'react';
import { useDocumentStore } from '../store/documentStore';
import { holdDraft, releaseDraft, TYPING_COMMIT_MS } from '../store/drafts';

/**
 * What a text field shows while a person types in it, and how that reaches the document: after a short
 * pause in typing, when the field is left, and before the page is hidden or closed. All of it is one undo
 * step per visit to the field. `commit(value, final)` is called with `final` when the field is left or
 * Enter is pressed (a field may then report an invalid value, which it silently skips while typing).
 */
export function useTypingDraft(value: string, commit: (value: string, final: boolean) => void) {
  const field = useId();
  const [owner] = useState(() => ({}));
  const [draft, setDraft] = useState(value);
  const draftRef = useRef(value);
  /** The value when typing started, for Escape; null while not typing. */
  const startRef = useRef<string | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const commitRef = useRef(commit);
  useEffect(() => {
    commitRef.current = commit;
  });

  // Follows the value when it changes underneath (undo, another tab), except while typing: then the
  // change is this field's own commit coming back, perhaps trimmed, and must not eat what came after.
  useEffect(() => {
    if (startRef.current !== null) return;
    draftRef.current = value;
    setDraft(value);
  }, [value]);

  const flush = useCallback(
    (final: boolean) => {
      if (timer.current) clearTimeout(timer.current);
      timer.current = null;
      releaseDraft(owner);
      if (startRef.current === null) return;
      const text = draftRef.current;
      useDocumentStore.getState().typing(field, () => commitRef.current(text, final));
    },
    [field, owner],
  );

  const change = useCallback(
    (text: string) => {
      if (startRef.current === null) startRef.current = draftRef.current;
      draftRef.current = text;
      setDraft(text);
      holdDraft(owner, () => flush(false));
      if (timer.current) clearTimeout(timer.current);
      timer.current = setTimeout(() => flush(false), TYPING_COMMIT_MS);
    },
    [flush, owner],
  );

  /** Enter or leaving the field: what was typed is committed and the undo step is closed. */
  const finish = useCallback(() => {
    flush(true);
    startRef.current = null;
    useDocumentStore.getState().endTyping(field);
  }, [field, flush]);

  /** Escape: back to the value before typing, with no undo step left behind. */
  const cancel = useCallback(() => {
    if (timer.current) clearTimeout(timer.current);
    timer.current = null;
    releaseDraft(owner);
    const start = startRef.current;
    startRef.current = null;
    useDocumentStore.getState().cancelTyping(field);
    if (start !== null) {
      draftRef.current = start;
      setDraft(start);
    }
  }, [field, owner]);

  // A field that goes away (another partner selected, a tab switched) keeps what was typed in it.
  useEffect(
    () => () => {
      if (startRef.current !== null) flush(true);
      startRef.current = null;
      useDocumentStore.getState().endTyping(field);
    },
    [field, flush],
  );

  /**
   * Takes back what this visit to the field put in the document, keeping what is shown in the field (a
   * final value that was refused: the arena must not keep a half-typed value the person never chose).
   */
  const undoVisit = useCallback(() => useDocumentStore.getState().cancelTyping(field), [field]);

  return { draft, change, finish, cancel, undoVisit };
}
