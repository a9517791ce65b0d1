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
  min: 22, // px, degree 0–1
  max: 72, // px, at and beyond `capDegree`
  capDegree: 60, // degree at which size stops growing
} as const;

/** Node diameter for a degree: logarithmic, so hubs stand out without swallowing the canvas. */
export function nodeSize(degree: number): number {
  const d = Math.max(0, Math.min(degree, NODE_SIZE.capDegree));
  const t = Math.log1p(d) / Math.log1p(NODE_SIZE.capDegree);
  return Math.round(NODE_SIZE.min + t * (NODE_SIZE.max - NODE_SIZE.min));
}

/** Labels longer than this are cut with an ellipsis on the canvas (the full name is in the details). */
export const LABEL_MAX = 42;

export function shortLabel(name: string): string {
  const clean = name.replace(/\s+/g, ' ').trim();
  return clean.length > LABEL_MAX ? `${clean.slice(0, LABEL_MAX - 1).trimEnd()}…` : clean;
}

/** The Cytoscape stylesheet. Node data: type, label, size; classes: hovered, faded, path, pinned, filtered, kbd-focus. */
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
        label: 'data(label)',
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
        'border-width': 1.5,
        'border-color': '#ffffff',
        'overlay-opacity': 0,
      },
    },
    ...byType,
    // minor entities get smaller labels, which disappear first when zooming out
    { selector: 'node[degree < 3]', style: { 'font-size': 10 } },
    { selector: 'node[degree >= 10]', style: { 'font-size': 12, 'font-weight': 'bold' } },
    { selector: 'node.place-label', style: { 'font-size': 30, 'font-weight': 'bold', color: '#3b4252', 'text-background-opacity': 0.6, 'z-index': 5 } },
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
        'font-size': 9,
        color: '#4a5263',
        'text-rotation': 'autorotate',
        'text-background-color': '#ffffff',
        'text-background-opacity': 0.85,
        'overlay-opacity': 0,
      },
    },
    { selector: 'edge.hovered, edge:selected', style: { width: 3, 'line-color': '#4a5263', 'target-arrow-color': '#4a5263', label: 'data(label)', 'z-index': 20 } },
    { selector: 'edge.near', style: { 'line-color': '#6b7487', 'target-arrow-color': '#6b7487', width: 2.5, label: 'data(label)' } },
    { selector: 'edge.path', style: { width: 5, 'line-color': '#C2185B', 'target-arrow-color': '#C2185B', label: 'data(label)', 'z-index': 25 } },
    { selector: 'edge.faded', style: { opacity: 0.12 } },
    // large graphs: no arrows or label backgrounds, straight edges (cheap to draw)
    { selector: '.large', style: { 'curve-style': 'haystack', 'target-arrow-shape': 'none', 'text-background-opacity': 0 } },
  ] as StylesheetJson;
}
