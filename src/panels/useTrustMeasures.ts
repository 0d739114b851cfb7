/**
 * The measures of the trust ties among the partners at the table (domain/trust.ts), for the advisor and
 * the analysis. graphology comes with domain/trust.ts, so it is fetched only once the arena has a tie,
 * and never in the first load; until it is there the measures are null (the estimate is used).
 */
import { useEffect, useMemo, useState } from 'react';
import { useDeferredDocument } from '../store/useDeferredDocument';
import { isAtTable } from '../domain/analysis/composition';
import type { TrustMeasures } from '../domain/trust';

type TrustModule = typeof import('../domain/trust');
let loaded: TrustModule | null = null;
let loading: Promise<TrustModule> | null = null;

export function useTrustMeasures(): TrustMeasures | null {
  // Like the findings it feeds, it trails the document by a frame (store/useDeferredDocument.ts).
  const partners = useDeferredDocument((s) => s.doc?.partners);
  const ties = useDeferredDocument((s) => s.doc?.ties);
  const hasTies = !!ties && Object.keys(ties).length > 0;
  const [module, setModule] = useState<TrustModule | null>(loaded);
  useEffect(() => {
    if (!hasTies || module) return;
    let live = true;
    void (loading ??= import('../domain/trust').then((m) => (loaded = m))).then((m) => live && setModule(m));
    return () => {
      live = false;
    };
  }, [hasTies, module]);
  return useMemo(() => {
    if (!module || !partners || !ties || !hasTies) return null;
    const atTable = Object.values(partners)
      .filter(isAtTable)
      .map((p) => p.id);
    return module.trustMeasures(atTable, ties);
  }, [module, partners, ties, hasTies]);
}
