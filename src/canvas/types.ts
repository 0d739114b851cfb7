import type { Node } from '@xyflow/react';
import type { Partner } from '../domain/arena';

/** `movedElsewhere`: another device is dragging this partner now (a shared arena). */
export type PartnerNodeData = { partner: Partner; highlighted: boolean; movedElsewhere?: boolean };
export type PartnerFlowNode = Node<PartnerNodeData, 'partner'>;
export type GoalFlowNode = Node<{ goal: string }, 'goal'>;
export type RingsFlowNode = Node<Record<string, never>, 'rings'>;
export type RingLabelsFlowNode = Node<Record<string, never>, 'ringLabels'>;
export type MapNode = PartnerFlowNode | GoalFlowNode | RingsFlowNode | RingLabelsFlowNode;
