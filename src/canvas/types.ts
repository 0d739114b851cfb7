import type { Edge, Node } from '@xyflow/react';
import type { Partner, Tie } from '../domain/arena';
import type { Activity, Person } from '../store/presenceStore';

/**
 * A shared arena's presence on a partner: `elsewhere`, someone else drags or edits it now; `arrived`,
 * someone else has just added it (null: who is not known).
 */
export type PartnerNodeData = { partner: Partner; highlighted: boolean; elsewhere?: Activity; arrived?: Person | null };
export type PartnerFlowNode = Node<PartnerNodeData, 'partner'>;
export type GoalFlowNode = Node<{ goal: string }, 'goal'>;
export type RingsFlowNode = Node<Record<string, never>, 'rings'>;
export type RingLabelsFlowNode = Node<Record<string, never>, 'ringLabels'>;
export type MapNode = PartnerFlowNode | GoalFlowNode | RingsFlowNode | RingLabelsFlowNode;
/** A trust tie drawn between two partners (TiesOnMap.tsx draws it). */
export type TieFlowEdge = Edge<{ kind: Tie['kind'] }, 'tie'>;
