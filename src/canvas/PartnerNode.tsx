import { memo } from 'react';
import { Handle, Position, type NodeProps } from '@xyflow/react';
import { expertiseColour } from '../domain/vocabularies';
import { placementOf } from '../domain/rings';
import { tagLabel } from '../i18n';
import { useNodeLabels } from './nodeLabels';
import type { PartnerFlowNode } from './types';
import { perspectiveMark, styleMark } from './marks';
import { personName } from '../ui/personName';

/**
 * A partner on the map: colour and label of the main expertise, a mark per style and perspective, its ring.
 * In a shared arena, the colour and name of someone else dragging or editing it, or who has just added it.
 */
export const PartnerNode = memo(
  function PartnerNode({ data, selected, isConnectable }: NodeProps<PartnerFlowNode>) {
    const { t, tags: customTags } = useNodeLabels();
    const { partner, highlighted, elsewhere, arrived } = data;
    const main = partner.expertise[0];
    const expertiseText = partner.expertise.map((k) => tagLabel(t, 'expertise', k, customTags)).join(', ');
    const ring = placementOf(partner.position);
    const person = elsewhere ?? arrived;
    const presence = elsewhere
      ? t(elsewhere.doing === 'drag' ? 'presence.drag' : 'presence.edit', { name: personName(t, elsewhere) })
      : arrived !== undefined
        ? arrived
          ? t('presence.added', { name: personName(t, arrived) })
          : t('presence.addedSomeone')
        : null;
    const state = elsewhere ? (elsewhere.doing === 'drag' ? ' is-moved-elsewhere' : ' is-edited-elsewhere') : arrived !== undefined ? ' is-arrived' : '';
    const style: Record<string, string> = { '--tag-colour': expertiseColour(main) };
    if (person) style['--person'] = person.colour;
    return (
      <>
        <div className={`partner-node${selected ? ' is-selected' : ''}${highlighted ? ' is-highlighted' : ''}${state}`} style={style} title={partner.name}>
          <div className="partner-node-band">{expertiseText || t('map.legend.untagged')}</div>
          <div className="partner-node-name">{partner.name}</div>
          {presence && (
            <div className="partner-node-elsewhere">
              <span className="person-chip">{presence}</span>
            </div>
          )}
          <div className="partner-node-marks">
            {partner.style && <span className="mark style-mark">{styleMark(partner.style)}</span>}
            {partner.perspective.length > 0 && (
              <span className="mark perspective-mark">{partner.perspective.map((p) => perspectiveMark(t, p)).join('\u2009')}</span>
            )}
            <span className="partner-node-ring">{t(`ring.${ring}`)}</span>
          </div>
        </div>
        {/* Drag from it to another partner to draw a tie (GoalMap's onConnectEnd); not a drag of the node. */}
        {isConnectable && <Handle type="source" position={Position.Right} className="tie-handle" />}
      </>
    );
  },
  // What it shows depends on the partner and the selection only, not on where a drag has moved it.
  (a, b) => a.data === b.data && a.selected === b.selected && a.isConnectable === b.isConnectable,
);
