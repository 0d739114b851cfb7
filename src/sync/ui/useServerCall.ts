/**
 * A button that asks the sync server something (share, new links, the workshop's mode, lock, end): busy
 * while the call runs, and the reason in words when it fails. `explain` names failures of its own kind
 * first; a refusal of the rooms API is said by its reason, anything else by its message.
 */
import { useState } from 'react';
import type { MessageKey, Translate } from '../../i18n';
import { RoomCallFailed } from '../client/server';

export function useServerCall(t: Translate, explain?: (error: unknown) => string | null) {
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const run = async (work: () => Promise<unknown>) => {
    setBusy(true);
    setProblem(null);
    try {
      await work();
    } catch (error) {
      setProblem(
        explain?.(error) ??
          (error instanceof RoomCallFailed ? t(`sync.error.${error.reason}` as MessageKey) : error instanceof Error ? error.message : String(error)),
      );
    } finally {
      setBusy(false);
    }
  };
  return { busy, problem, run };
}
