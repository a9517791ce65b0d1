import type { Graph } from '../connection.ts';

const isEmpty = `
RETURN NOT EXISTS { MATCH (:Report) } AND NOT EXISTS { MATCH (:Entity) } AS empty`;

/** True when no report and no entity has been loaded yet. */
export async function isGraphEmpty(graph: Graph): Promise<boolean> {
  const [row] = await graph.readRows<{ empty: boolean }>(isEmpty);
  return row?.empty ?? true;
}
