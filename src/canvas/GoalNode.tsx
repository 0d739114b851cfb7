import { memo } from 'react';
import type { NodeProps } from '@xyflow/react';
import { GOAL_RADIUS } from '../domain/rings';
import { useT } from '../i18n/useT';
import type { GoalFlowNode } from './types';

export const GoalNode = memo(function GoalNode({ data }: NodeProps<GoalFlowNode>) {
  const t = useT();
  return (
    <div className="goal-node" style={{ width: GOAL_RADIUS * 2, height: GOAL_RADIUS * 2 }}>
      <span className="goal-node-label">{t('editor.goal')}</span>
      <span className={`goal-node-text ${data.goal ? '' : 'muted'}`}>{data.goal || t('map.goalEmpty')}</span>
    </div>
  );
});
