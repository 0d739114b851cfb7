import { memo } from 'react';
import type { NodeProps } from '@xyflow/react';
import { expertiseColour } from '../domain/vocabularies';
import { placementOf } from '../domain/rings';
import { tagLabel } from '../i18n';
import { useNodeLabels } from './nodeLabels';
import type { PartnerFlowNode } from './types';
import { perspectiveMark, styleMark } from './marks';

/** A partner on the map: colour and label of the main expertise, a mark per style and perspective, its ring. */
export const PartnerNode = memo(
  function PartnerNode({ data, selected }: NodeProps<PartnerFlowNode>) {
    const { t, tags: customTags } = useNodeLabels();
    const { partner, highlighted, movedElsewhere } = data;
    const main = partner.expertise[0];
    const expertiseText = partner.expertise.map((k) => tagLabel(t, 'expertise', k, customTags)).join(', ');
    const ring = placementOf(partner.position);
    return (
      <div
        className={`partner-node${selected ? ' is-selected' : ''}${highlighted ? ' is-highlighted' : ''}${movedElsewhere ? ' is-moved-elsewhere' : ''}`}
        style={{ ['--tag-colour' as string]: expertiseColour(main) }}
        title={partner.name}
      >
        <div className="partner-node-band">{expertiseText || t('map.legend.untagged')}</div>
        <div className="partner-node-name">{partner.name}</div>
        {movedElsewhere && <div className="partner-node-elsewhere">{t('sync.movedElsewhere')}</div>}
        <div className="partner-node-marks">
          {partner.style && <span className="mark style-mark">{styleMark(partner.style)}</span>}
          {partner.perspective.length > 0 && (
            <span className="mark perspective-mark">{partner.perspective.map((p) => perspectiveMark(t, p)).join('\u2009')}</span>
          )}
          <span className="partner-node-ring">{t(`ring.${ring}`)}</span>
        </div>
      </div>
    );
  },
  // What it shows depends on the partner and the selection only, not on where a drag has moved it.
  (a, b) => a.data === b.data && a.selected === b.selected,
);
