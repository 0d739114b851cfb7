import type { NodeTypes } from '@xyflow/react';
import { PartnerNode } from './PartnerNode';
import { GoalNode } from './GoalNode';
import { RingsNode } from './RingsNode';
import { RingLabelsNode } from './RingLabelsNode';

/** At module scope: a new object per render would make React Flow remount every node. */
export const nodeTypes: NodeTypes = { partner: PartnerNode, goal: GoalNode, rings: RingsNode, ringLabels: RingLabelsNode };
