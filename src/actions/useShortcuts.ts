import { useEffect } from 'react';
import { useReactFlow } from '@xyflow/react';
import { useDocumentStore } from '../store/documentStore';
import { useSessionStore } from '../store/sessionStore';
import { useT } from '../i18n/useT';
import { ACTIONS } from './registry';
import { isTyping, matches } from './keys';

/** One keyboard handler for the editor, driven by the action registry. */
export function useShortcuts(): void {
  const flow = useReactFlow();
  const t = useT();
  useEffect(() => {
    const onKeyDown = (e: KeyboardEvent) => {
      if (e.defaultPrevented || isTyping(e.target)) return;
      // A modal dialog handles its own keys (Escape closes it).
      if (document.querySelector('dialog[open]')) return;
      const doc = useDocumentStore.getState();
      const session = useSessionStore.getState();
      for (const action of ACTIONS) {
        if (action.handledElsewhere || !action.keys.some((k) => matches(k, e))) continue;
        if (!action.enabled(doc, session)) continue;
        e.preventDefault();
        action.run({ flow, t });
        return;
      }
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [flow, t]);
}
