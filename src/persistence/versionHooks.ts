/** A live list of an arena's saved versions, for the versions dialog (loaded with it, not at first load). */
import { useEffect, useState } from 'react';
import type { Live } from './hooks';
import { watchVersions, type VersionSummary } from './versions';

export function useVersions(arenaId: string): Live<VersionSummary[]> {
  const [state, setState] = useState<Live<VersionSummary[]>>({ status: 'loading' });
  useEffect(
    () =>
      watchVersions(
        arenaId,
        (value) => setState({ status: 'ready', value }),
        (error: unknown) => setState({ status: 'error', error: error instanceof Error ? error.message : String(error) }),
      ),
    [arenaId],
  );
  return state;
}
