import type { GroupFigures } from './disclosure.types.js';
import { smallestCell } from './suppression-lines.js';

// Why lines are not enough in two dimensions. Give the totals row and the totals column a minus sign and every
// row and every column of the full grid sums to zero; the grid is then a flow on the complete bipartite graph
// of its row lines and column lines, one edge per cell. The suppressed cells' values are pinned down by the
// shown ones only up to flows around cycles made of suppressed cells, so a suppressed cell on no such cycle (a
// bridge of the suppressed cells) can be recomputed by adding and subtracting whole lines, even when every
// line holds two or more suppressed cells. This rule finds such a cell and adds a cell that closes a cycle
// through it, choosing, as elsewhere, the one with the fewest enrolments.

/** Where each cell of the (rows + 1) x (columns + 1) grid sits, the last row and column being totals. */
export interface GridShape {
  rows: number;
  columns: number;
}

interface Edge {
  cell: number;
  rowNode: number;
  columnNode: number;
}

function gridEdges(shape: GridShape): Edge[] {
  const edges: Edge[] = [];
  for (let row = 0; row <= shape.rows; row += 1) {
    for (let column = 0; column <= shape.columns; column += 1) {
      edges.push({
        cell: row * (shape.columns + 1) + column,
        rowNode: row,
        columnNode: shape.rows + 1 + column,
      });
    }
  }
  return edges;
}

function adjacency(nodeCount: number, edges: readonly Edge[]): Edge[][] {
  const byNode: Edge[][] = Array.from({ length: nodeCount }, () => []);
  for (const edge of edges) {
    (byNode[edge.rowNode] as Edge[]).push(edge);
    (byNode[edge.columnNode] as Edge[]).push(edge);
  }
  return byNode;
}

const otherEnd = (edge: Edge, node: number): number =>
  edge.rowNode === node ? edge.columnNode : edge.rowNode;

/** Bridges of the graph (Tarjan's low-link), as cell indexes in ascending order. */
export function bridgeCells(nodeCount: number, edges: readonly Edge[]): number[] {
  const byNode = adjacency(nodeCount, edges);
  const order = new Array<number>(nodeCount).fill(-1);
  const low = new Array<number>(nodeCount).fill(0);
  const bridges: number[] = [];
  let counter = 0;
  const visit = (node: number, viaCell: number): void => {
    order[node] = low[node] = counter++;
    for (const edge of byNode[node] as Edge[]) {
      if (edge.cell === viaCell) continue;
      const next = otherEnd(edge, node);
      if ((order[next] as number) === -1) {
        visit(next, edge.cell);
        low[node] = Math.min(low[node] as number, low[next] as number);
        if ((low[next] as number) > (order[node] as number)) bridges.push(edge.cell);
      } else {
        low[node] = Math.min(low[node] as number, order[next] as number);
      }
    }
  };
  for (let node = 0; node < nodeCount; node += 1) if (order[node] === -1) visit(node, -1);
  return bridges.sort((a, b) => a - b);
}

function reachable(start: number, byNode: readonly Edge[][], skipCell: number): Set<number> {
  const seen = new Set([start]);
  const queue = [start];
  for (let node = queue.pop(); node !== undefined; node = queue.pop()) {
    for (const edge of byNode[node] as Edge[]) {
      const next = otherEnd(edge, node);
      if (edge.cell === skipCell || seen.has(next)) continue;
      seen.add(next);
      queue.push(next);
    }
  }
  return seen;
}

/**
 * The next cell to suppress so that every suppressed cell lies on a cycle of suppressed cells, or null when
 * each already does. Call it only once no line holds a lone suppressed cell: then a bridge has suppressed
 * cells on both sides, and a cell joining the two sides always exists (see the spec).
 */
export function twoWayCycleComplement(
  shape: GridShape,
  cells: readonly GroupFigures[],
  suppressed: readonly boolean[],
): number | null {
  const nodeCount = shape.rows + shape.columns + 2;
  const edges = gridEdges(shape);
  const hidden = edges.filter((edge) => suppressed[edge.cell]);
  const [bridge] = bridgeCells(nodeCount, hidden);
  if (bridge === undefined) return null;
  const bridgeEdge = edges[bridge] as Edge;
  const byNode = adjacency(nodeCount, hidden);
  const rowSide = reachable(bridgeEdge.rowNode, byNode, bridge);
  const columnSide = reachable(bridgeEdge.columnNode, byNode, bridge);
  const joinsSides = (edge: Edge) =>
    (rowSide.has(edge.rowNode) && columnSide.has(edge.columnNode)) ||
    (columnSide.has(edge.rowNode) && rowSide.has(edge.columnNode));
  const complement = smallestCell(
    edges.filter((edge) => !suppressed[edge.cell] && joinsSides(edge)).map((edge) => edge.cell),
    cells,
  );
  if (complement === null) {
    throw new Error(
      `No cell closes a cycle through suppressed cell ${bridge}: a lone suppressed cell was left`,
    );
  }
  return complement;
}
