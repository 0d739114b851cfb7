import { createContext, useContext } from 'react';
import type { CustomTag } from '../domain/arena';
import { t as english, type Translate } from '../i18n';

/**
 * What every partner node needs to label itself (the language and the arena's own tags), given once by
 * the map through context instead of a store subscription per node: 500 nodes mount measurably faster.
 */
export interface NodeLabels {
  t: Translate;
  tags: Record<string, CustomTag>;
}

export const NodeLabelsContext = createContext<NodeLabels>({ t: english, tags: {} });

export function useNodeLabels(): NodeLabels {
  return useContext(NodeLabelsContext);
}
