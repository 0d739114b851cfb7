import { memo } from 'react';
import { RING_OUTER, OUTSIDE_BAND, type Ring } from '../domain/rings';
import { useEditorStore } from '../store/editorStore';
import { useT } from '../i18n/useT';
import { RINGS_SIZE } from './buildNodes';

const C = RINGS_SIZE / 2;
const OUTER = RING_OUTER.context + OUTSIDE_BAND;

/** The rings, drawn in flow coordinates as a node behind the others, so they pan and zoom with the map. */
export const RingsNode = memo(function RingsNode() {
  const t = useT();
  const dropRing = useEditorStore((s) => s.dropRing);
  const cls = (ring: Ring) => `ring ring-${ring}${dropRing === ring ? ' is-drop' : ''}`;
  // Labels sit just inside the top edge of their band, clear of the nodes at the band's middle.
  const label = (ring: Exclude<Ring, 'outside'>) => (
    <text className="ring-label" x={C} y={C - RING_OUTER[ring] + 32} textAnchor="middle">
      {t(`ring.${ring}.long`)}
    </text>
  );
  return (
    <svg className="rings" width={RINGS_SIZE} height={RINGS_SIZE} viewBox={`0 0 ${RINGS_SIZE} ${RINGS_SIZE}`} aria-hidden="true">
      <circle className={cls('outside')} cx={C} cy={C} r={OUTER} />
      <circle className={cls('context')} cx={C} cy={C} r={RING_OUTER.context} />
      <circle className={cls('complementary')} cx={C} cy={C} r={RING_OUTER.complementary} />
      <circle className={cls('core')} cx={C} cy={C} r={RING_OUTER.core} />
      {label('core')}
      {label('complementary')}
      {label('context')}
      <text className="ring-label outside-label" x={C} y={C - OUTER + 40} textAnchor="middle">
        {t('ring.outside.long')}
      </text>
    </svg>
  );
});
