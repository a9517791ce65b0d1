/**
 * How the canvas looks: colour and shape per entity type, size by degree,
 * labels that stay readable, and the hover / selection / path states.
 * Colours are from a colour-blind-safe palette (Okabe–Ito) and each type also
 * has its own shape, so type never depends on colour alone.
 */
import type { StylesheetJson } from 'cytoscape';
import type { EntityType } from '../model.ts';

export interface TypeStyle {
  color: string;
  shape: 'ellipse' | 'round-rectangle' | 'diamond' | 'hexagon' | 'triangle' | 'star' | 'barrel' | 'round-tag' | 'vee';
  /** shown in the legend */
  label: string;
}

export const TYPE_STYLES: Readonly<Record<EntityType, TypeStyle>> = {
  Organization: { color: '#0072B2', shape: 'round-rectangle', label: 'Organization' },
  Person: { color: '#D55E00', shape: 'ellipse', label: 'Person' },
  Event: { color: '#E69F00', shape: 'diamond', label: 'Event' },
  Practice: { color: '#009E73', shape: 'hexagon', label: 'Practice' },
  Topic: { color: '#CC79A7', shape: 'round-tag', label: 'Topic' },
  Country: { color: '#56B4E9', shape: 'barrel', label: 'Country' },
  City: { color: '#7F7F7F', shape: 'triangle', label: 'City' },
  Report: { color: '#444444', shape: 'vee', label: 'Report' },
};

export const NODE_SIZE = {
  min: 22, // px, degree 0
  max: 72, // px, at and beyond `capDegree`
  capDegree: 60, // degree at which size stops growing
} as const;

/**
 * The diameters a node can have. A handful of steps instead of one size per
 * degree: Cytoscape draws each distinct node style once into a cached
 * picture and reuses it, so with six sizes a type's thousands of nodes share
 * six pictures instead of needing up to fifty.
 */
export const SIZE_STEPS = [22, 30, 40, 50, 60, 72] as const;

/** Node diameter for a degree: logarithmic, so hubs stand out without swallowing the canvas, rounded to a step. */
export function nodeSize(degree: number): number {
  const d = Math.max(0, Math.min(degree, NODE_SIZE.capDegree));
  const t = Math.log1p(d) / Math.log1p(NODE_SIZE.capDegree);
  const exact = NODE_SIZE.min + t * (NODE_SIZE.max - NODE_SIZE.min);
  return SIZE_STEPS.reduce((best, step) => (Math.abs(step - exact) < Math.abs(best - exact) ? step : best), SIZE_STEPS[0]);
}

/** The diameters of groups (meta-nodes): larger than any entity, growing with the log of their members, in steps. */
export const GROUP_SIZE_STEPS = [80, 100, 120, 140, 160] as const;

/** A group's diameter for its member count: one step per power of ten, from 80 px (under 10) to 160 px (10,000 and more). */
export function groupSize(members: number): number {
  const step = Math.min(GROUP_SIZE_STEPS.length - 1, Math.max(0, Math.floor(Math.log10(Math.max(1, members)))));
  return GROUP_SIZE_STEPS[step]!;
}

/** Labels longer than this are cut with an ellipsis on the canvas (the full name is in the details). */
export const LABEL_MAX = 42;

export function shortLabel(name: string): string {
  const clean = name.replace(/\s+/g, ' ').trim();
  return clean.length > LABEL_MAX ? `${clean.slice(0, LABEL_MAX - 1).trimEnd()}…` : clean;
}

/**
 * Entities that are always named, whatever the level of detail: what the
 * person is looking at or for.
 */
export const ALWAYS_LABELLED = ['node.group', 'node.lod-label', 'node.hovered', 'node:selected', 'node.path', 'node.kbd-focus', 'node.pinned', 'node.search-hit', 'node.place-label'];

/** How an entity's name is set (on the named ones only: ALWAYS_LABELLED). */
const NODE_TEXT = {
  'font-family': 'system-ui, -apple-system, "Segoe UI", Roboto, sans-serif',
  'font-size': 11,
  color: '#1d2330',
  'text-valign': 'bottom',
  'text-halign': 'center',
  'text-margin-y': 4,
  'text-wrap': 'wrap',
  'text-max-width': '140px',
  'text-background-color': '#ffffff',
  'text-background-opacity': 0.8,
  'text-background-padding': '2px',
  'text-background-shape': 'roundrectangle',
  'min-zoomed-font-size': 6, // labels fade out when zoomed far out, instead of overlapping
} as const;

/** The relationships whose name is shown (the rules below that set `label`). */
const NAMED_EDGES = 'edge.hovered, edge:selected, edge.near, edge.path, edge.meta';

/** How a relationship's name is set, on NAMED_EDGES only. */
const EDGE_TEXT = {
  'font-size': 9,
  color: '#4a5263',
  'text-rotation': 'autorotate',
  'text-background-color': '#ffffff',
  'text-background-opacity': 0.85,
  // a relationship's name shows (on hover, selection, a path) only where it can be read
  'min-zoomed-font-size': 6,
} as const;

/**
 * The Cytoscape stylesheet. Node data: type, label, size; classes: hovered,
 * faded, path, pinned, filtered, kbd-focus, search-hit, and the level of
 * detail's lod-label (named), lod-big (larger type when zoomed out) and, on
 * relationships, lod-plain (no arrowheads). Every rule is a type, class or
 * data selector whose values are constants or a plain data field (size,
 * label), never a function of the element, so Cytoscape computes each
 * distinct style once and shares it (and its cached picture) among the
 * elements that have it.
 */
export function stylesheet(): StylesheetJson {
  const byType = (Object.entries(TYPE_STYLES) as [EntityType, TypeStyle][]).map(([type, s]) => ({
    selector: `node[type = "${type}"]`,
    style: { 'background-color': s.color, shape: s.shape },
  }));
  return [
    {
      selector: 'node',
      style: {
        width: 'data(size)',
        height: 'data(size)',
        // named only when the level of detail (lod.ts) or an emphasis says so: unnamed entities cost no text measuring
        label: '',
        'border-width': 1.5,
        'border-color': '#ffffff',
        'overlay-opacity': 0,
      },
    },
    ...byType,
    // How names look, set only on the entities that are named: Cytoscape applies each property of each matching
    // rule to each element one by one, so text properties on every node cost the thousands unnamed ones time too.
    { selector: ALWAYS_LABELLED.join(', '), style: NODE_TEXT },
    // minor entities get smaller labels, which disappear first when zooming out
    { selector: 'node[degree < 3]', style: { 'font-size': 10 } },
    { selector: 'node[degree >= 10]', style: { 'font-size': 12, 'font-weight': 'bold' } },
    { selector: ALWAYS_LABELLED.join(', '), style: { label: 'data(label)' } },
    // groups: few, always named, in bold over a double border; the count of relationships on each meta-edge
    { selector: 'node.group', style: { 'border-width': 4, 'border-style': 'double', 'border-color': '#1d2330', 'font-size': 14, 'font-weight': 'bold', 'text-max-width': '220px', 'z-index': 12 } },
    { selector: 'node.search-hit', style: { 'border-width': 3, 'border-color': '#0b5cad', 'z-index': 15 } },
    { selector: 'node.pinned', style: { 'border-width': 3, 'border-color': '#1d2330', 'border-style': 'dashed' } },
    { selector: 'node.hovered', style: { 'border-width': 3, 'border-color': '#1d2330', 'z-index': 20, 'font-weight': 'bold' } },
    {
      selector: 'node:selected',
      style: { 'border-width': 4, 'border-color': '#FFB000', 'z-index': 30, 'font-weight': 'bold', 'font-size': 13 },
    },
    { selector: 'node.path', style: { 'border-width': 4, 'border-color': '#C2185B', 'z-index': 25 } },
    // keyboard focus: a dark ring and a blue halo, distinct from the orange selection border
    {
      selector: 'node.kbd-focus',
      style: {
        'border-width': 4,
        'border-color': '#1d2330',
        'underlay-color': '#0b5cad',
        'underlay-opacity': 0.55,
        'underlay-padding': 8,
        'underlay-shape': 'ellipse',
        'z-index': 40,
        'font-weight': 'bold',
      },
    },
    { selector: 'node.kbd-focus:selected', style: { 'border-color': '#FFB000' } },
    // zoomed out (lod.ts farZoom), the few named entities are set large enough to read; after :selected, which sets 13
    { selector: 'node.lod-big', style: { 'font-size': 26, 'font-weight': 'bold', 'text-max-width': '280px' } },
    { selector: 'node.place-label', style: { 'font-size': 30, 'font-weight': 'bold', color: '#3b4252', 'text-background-opacity': 0.6, 'z-index': 5 } },
    { selector: 'node.faded', style: { opacity: 0.25, 'text-opacity': 0 } },
    { selector: 'node.faded:selected', style: { opacity: 1, 'text-opacity': 1 } },
    { selector: 'node.filtered, edge.filtered', style: { display: 'none' } },
    {
      selector: 'edge',
      style: {
        width: 1.5,
        'line-color': '#aab2c0',
        'target-arrow-color': '#aab2c0',
        'target-arrow-shape': 'triangle',
        'arrow-scale': 0.8,
        'curve-style': 'bezier',
        label: '',
        'overlay-opacity': 0,
      },
    },
    // how a relationship's name looks, on the relationships that show it (as for entities above)
    { selector: NAMED_EDGES, style: EDGE_TEXT },
    { selector: 'edge.hovered, edge:selected', style: { width: 3, 'line-color': '#4a5263', 'target-arrow-color': '#4a5263', label: 'data(label)', 'z-index': 20 } },
    { selector: 'edge.near', style: { 'line-color': '#6b7487', 'target-arrow-color': '#6b7487', width: 2.5, label: 'data(label)' } },
    { selector: 'edge.path', style: { width: 5, 'line-color': '#C2185B', 'target-arrow-color': '#C2185B', label: 'data(label)', 'z-index': 25 } },
    { selector: 'edge.faded', style: { opacity: 0.12 } },
    // zoomed out (lod.ts arrowZoom), arrowheads would be specks: plain lines, unless the relationship is looked at
    { selector: 'edge.lod-plain', style: { 'target-arrow-shape': 'none' } },
    { selector: 'edge.lod-plain.path, edge.lod-plain:selected, edge.lod-plain.hovered', style: { 'target-arrow-shape': 'triangle' } },
    // large graphs: no arrows or label backgrounds, straight edges (cheap to draw)
    { selector: '.large', style: { 'curve-style': 'haystack', 'target-arrow-shape': 'none', 'text-background-opacity': 0 } },
    // a meta-edge stands for several relationships in both directions: no arrow, its count always shown
    { selector: 'edge.meta', style: { label: 'data(label)', 'target-arrow-shape': 'none', width: 3, 'line-color': '#7d8696', 'font-size': 12, 'font-weight': 'bold', 'text-background-opacity': 0.85 } },
  ] as StylesheetJson;
}
