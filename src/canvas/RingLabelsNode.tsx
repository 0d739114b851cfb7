import { memo, useMemo } from 'react';
import { useStore, useStoreApi } from '@xyflow/react';
import { RINGS, type Ring } from '../domain/rings';
import { useDocumentStore } from '../store/documentStore';
import { useSessionStore } from '../store/sessionStore';
import { useT } from '../i18n/useT';
import { RINGS_SIZE } from './buildNodes';
import { labelLevel, ringLabelPx } from './labelLevel';
import { measuredSizeOf, partnerBoxes, ringLabels, ringTexts } from './mapFocus';
import type { MapNode } from './types';

const C = RINGS_SIZE / 2;

/**
 * The rings' names. Each sits where no partner covers it (mapFocus.ts places them), and the layer lies
 * above the partners, so that in a ring too full to leave room a name is still read, never hidden; it
 * catches no pointer. The names grow with the partner names when the map is zoomed out.
 */
export const RingLabelsNode = memo(function RingLabelsNode() {
  const t = useT();
  const partners = useDocumentStore((s) => s.doc?.partners);
  const presenting = useSessionStore((s) => s.presenting);
  // Presenting ring by ring, only the revealed rings are named.
  const shownRings = useSessionStore((s) => (s.presenting && s.presentStep > 0 ? s.presentStep : RINGS.length));
  const level = useStore((s) => labelLevel(s.transform[2], presenting ? 'present' : 'edit'));
  const flowStore = useStoreApi<MapNode>();
  const font = ringLabelPx(level);
  const texts = useMemo(() => ringTexts(t), [t]);
  // Placed again when a partner moves, not when one is tagged.
  const where = useMemo(() => positionsKey(partners), [partners]);
  const labels = useMemo(
    () => ringLabels(partnerBoxes(partners, measuredSizeOf(flowStore.getState().nodeLookup)).map((p) => p.box), texts, font),
    // eslint-disable-next-line react-hooks/exhaustive-deps -- `where` stands for the partners' positions
    [where, texts, font, flowStore],
  );
  return (
    <svg className="ring-labels" width={RINGS_SIZE} height={RINGS_SIZE} viewBox={`0 0 ${RINGS_SIZE} ${RINGS_SIZE}`} aria-hidden="true">
      {RINGS.slice(0, shownRings).map((ring: Ring) => {
        const { box, text } = labels[ring];
        return (
          <text
            key={ring}
            className={`ring-label${ring === 'outside' ? ' outside-label' : ''}`}
            data-ring={ring}
            x={C + box.x + box.width / 2}
            y={C + box.y + box.height / 2}
            textAnchor="middle"
            dominantBaseline="central"
            style={{ fontSize: font }}
          >
            {text}
          </text>
        );
      })}
    </svg>
  );
});

function positionsKey(partners: Record<string, { position: { x: number; y: number } | null }> | undefined): string {
  let key = '';
  for (const p of Object.values(partners ?? {})) if (p.position) key += `${p.position.x},${p.position.y};`;
  return key;
}
