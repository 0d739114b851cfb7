import { memo } from 'react';
import { RING_OUTER, OUTSIDE_BAND, RINGS, ringBounds } from '../domain/rings';
import { useSessionStore } from '../store/sessionStore';
import { RINGS_SIZE } from './buildNodes';

const C = RINGS_SIZE / 2;
const OUTER = RING_OUTER.context + OUTSIDE_BAND;

/**
 * The rings, drawn in flow coordinates as a node behind the others, so they pan and zoom with the map.
 * The ring under a dragged partner lights up through a highlight drawn once per ring on a layer of its
 * own and shown by opacity: the compositor does that without painting the large rings again. Their labels
 * are a node of their own, above the partners (RingLabelsNode).
 */
export const RingsNode = memo(function RingsNode() {
  const dropRing = useSessionStore((s) => s.dropRing);
  return (
    <div className="rings-stack" style={{ width: RINGS_SIZE, height: RINGS_SIZE }}>
      <svg className="rings" width={RINGS_SIZE} height={RINGS_SIZE} viewBox={`0 0 ${RINGS_SIZE} ${RINGS_SIZE}`} aria-hidden="true">
        <circle className="ring ring-outside" cx={C} cy={C} r={OUTER} />
        <circle className="ring ring-context" cx={C} cy={C} r={RING_OUTER.context} />
        <circle className="ring ring-complementary" cx={C} cy={C} r={RING_OUTER.complementary} />
        <circle className="ring ring-core" cx={C} cy={C} r={RING_OUTER.core} />
      </svg>
      {RINGS.map((ring) => {
        const { inner, outer } = ringBounds(ring);
        return (
          <svg
            key={ring}
            className={`ring-highlight${dropRing === ring ? ' is-on' : ''}`}
            width={RINGS_SIZE}
            height={RINGS_SIZE}
            viewBox={`0 0 ${RINGS_SIZE} ${RINGS_SIZE}`}
            aria-hidden="true"
          >
            <circle cx={C} cy={C} r={(inner + outer) / 2} strokeWidth={outer - inner} />
          </svg>
        );
      })}
    </div>
  );
});
