/**
 * Document → React Flow nodes. Node objects are reused when their partner record, selection and
 * highlight are unchanged (immer keeps unchanged records identical), so React Flow and the memoised
 * nodes skip them. A rebuilt node keeps the size React Flow measured, and a new one starts with the size a
 * one-line partner node has: React Flow still measures every node it mounts, but a size it already has
 * sends no change back through onNodesChange.
 */
import { inCreationOrder, type Partner } from '../domain/arena';
import { RING_OUTER, OUTSIDE_BAND, type Point } from '../domain/rings';
import type { Activity, Person } from '../store/presenceStore';
import type { GoalFlowNode, MapNode, PartnerFlowNode, PartnerNodeData, RingLabelsFlowNode, RingsFlowNode } from './types';

/** What the others on a shared arena are doing (presenceStore), by partner id. */
export interface MapPresence {
  /** Where another device drags a partner now. */
  drags: ReadonlyMap<string, Point>;
  activity: ReadonlyMap<string, Activity>;
  arrivals: ReadonlyMap<string, Person | null>;
}

export const RINGS_NODE_ID = '__rings';
export const RING_LABELS_NODE_ID = '__ringLabels';
export const GOAL_NODE_ID = '__goal';
export const RINGS_SIZE = 2 * (RING_OUTER.context + OUTSIDE_BAND);
/**
 * A partner node's size before React Flow has measured it: styles.css makes .partner-node 200 px wide and,
 * with a one-line name, exactly 80 px high (every part has a fixed height in px, whatever the font). Given
 * as the node's `measured` size, React Flow shows the node at once instead of keeping it hidden until a
 * ResizeObserver pass, and that first measuring finds no size changed, so it sends no change for all 500
 * nodes back through onNodesChange (at 500 partners a second render of every node). A two-line name is
 * 22 px higher: that node alone is updated when measured.
 */
export const PARTNER_NODE_WIDTH = 200;
export const PARTNER_NODE_HEIGHT = 80;

const ringsNode: RingsFlowNode = {
  id: RINGS_NODE_ID,
  type: 'rings',
  position: { x: 0, y: 0 },
  data: {},
  width: RINGS_SIZE,
  height: RINGS_SIZE,
  draggable: false,
  selectable: false,
  focusable: false,
  deletable: false,
  zIndex: -1,
};

/** The rings' names, over the partners (but under a selected or dragged one, which React Flow lifts to 1000). */
const ringLabelsNode: RingLabelsFlowNode = {
  ...ringsNode,
  id: RING_LABELS_NODE_ID,
  type: 'ringLabels',
  measured: { width: RINGS_SIZE, height: RINGS_SIZE },
  zIndex: 500,
};

export function syncNodes(
  previous: readonly MapNode[],
  partners: Record<string, Partner> | undefined,
  goal: string,
  selected: ReadonlySet<string>,
  highlighted: ReadonlySet<string>,
  /** Positions the map holds for nodes moved by keyboard and not yet committed to the store. */
  held?: ReadonlyMap<string, Point>,
  /** A shared arena: partners other people drag, edit or have just added. */
  presence?: MapPresence,
): MapNode[] {
  const byId = new Map(previous.map((n) => [n.id, n]));
  const prevGoal = byId.get(GOAL_NODE_ID) as GoalFlowNode | undefined;
  const goalNode: GoalFlowNode =
    prevGoal && prevGoal.data.goal === goal
      ? prevGoal
      : {
          id: GOAL_NODE_ID,
          type: 'goal',
          position: { x: 0, y: 0 },
          data: { goal },
          draggable: false,
          selectable: false,
          focusable: false,
          deletable: false,
          ...(prevGoal?.measured ? { measured: prevGoal.measured } : {}),
        };
  const out: MapNode[] = [
    (byId.get(RINGS_NODE_ID) as RingsFlowNode | undefined) ?? ringsNode,
    goalNode,
    (byId.get(RING_LABELS_NODE_ID) as RingLabelsFlowNode | undefined) ?? ringLabelsNode,
  ];
  if (!partners) return out;
  for (const partner of inCreationOrder(partners)) {
    if (!partner.position) continue;
    const isSelected = selected.has(partner.id);
    const hl = highlighted.has(partner.id);
    const prev = byId.get(partner.id) as PartnerFlowNode | undefined;
    // A node under this device's pointer is this person's: what others do with it shows after the drop.
    const at = prev?.dragging ? undefined : presence?.drags.get(partner.id);
    const activity = prev?.dragging ? undefined : presence?.activity.get(partner.id);
    const arrived = presence?.arrivals.get(partner.id);
    if (
      prev &&
      prev.data.partner === partner &&
      !!prev.selected === isSelected &&
      prev.data.highlighted === hl &&
      prev.data.elsewhere === activity &&
      prev.data.arrived === arrived &&
      (!at || (prev.position.x === at.x && prev.position.y === at.y))
    ) {
      out.push(prev);
      continue;
    }
    out.push({
      id: partner.id,
      type: 'partner',
      // A node under the pointer keeps where the drag has taken it (a selection change can arrive
      // mid-drag); the store hears the new position at drag end.
      position: prev?.dragging ? prev.position : (at ?? held?.get(partner.id) ?? partner.position),
      data: nodeData(partner, hl, activity, arrived),
      selected: isSelected,
      ...(prev?.dragging ? { dragging: true } : {}),
      measured: prev?.measured ?? { width: PARTNER_NODE_WIDTH, height: PARTNER_NODE_HEIGHT },
    });
  }
  // Unchanged: the same array, so the map's state update is skipped instead of re-rendering every node.
  if (out.length === previous.length && out.every((node, i) => node === previous[i])) return previous as MapNode[];
  return out;
}

function nodeData(partner: Partner, highlighted: boolean, elsewhere: Activity | undefined, arrived: Person | null | undefined): PartnerNodeData {
  const data: PartnerNodeData = { partner, highlighted };
  if (elsewhere) data.elsewhere = elsewhere;
  if (arrived !== undefined) data.arrived = arrived;
  return data;
}
