/**
 * On a facilitator's map (a shared arena this device may edit): partners that participants add from their
 * phones at the same moment can land on one another, since no phone sees the others' new partners yet.
 * Each one that arrives on top of another partner is moved to the nearest free place in its ring, as if it
 * had been dropped there (drop.ts), so the projector shows every name. Partners this device adds itself, and
 * partners that were there when the map opened, are left where they are.
 */
import { useEffect, useRef } from 'react';
import { useDocumentStore } from '../store/documentStore';
import { useSyncStore } from '../store/syncStore';
import { movePartners } from '../store/partnerActions';
import { settleDrops } from './lazyDrop';
import type { SizeOf } from './mapFocus';

export function useSettleArrivals(sizeOf: () => SizeOf): void {
  const partners = useDocumentStore((s) => s.doc?.partners);
  const facilitating = useSyncStore((s) => s.share?.role === 'edit');
  const seen = useRef<ReadonlySet<string> | null>(null);
  useEffect(() => {
    if (!partners) return;
    const before = seen.current;
    seen.current = new Set(Object.keys(partners));
    if (!before || !facilitating || useDocumentStore.getState().readOnly) return;
    const arrivals = Object.values(partners).filter((p) => !before.has(p.id) && p.addedBy && p.position);
    if (!arrivals.length) return;
    settleDrops(
      arrivals.map((p) => ({ id: p.id, position: p.position! })),
      partners,
      sizeOf(),
      (settled) => {
        const now = useDocumentStore.getState().doc?.partners;
        const moved = settled.filter((m) => {
          const at = now?.[m.id]?.position;
          return at && (at.x !== m.position.x || at.y !== m.position.y);
        });
        // Not the facilitator's gesture: their next undo takes back what they did, not this.
        if (moved.length) movePartners(moved, { undoable: false });
      },
    );
  }, [partners, facilitating, sizeOf]);
}
