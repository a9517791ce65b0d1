/**
 * Which place each entity of the geographic layout is drawn around. Cities
 * and countries with coordinates are places; every other entity goes to a
 * city it is tied to, else a country it is tied to, else its own country
 * (that country's node, or its capital when the country is not drawn), else
 * the place of the nearest entity that has one (a person goes where their
 * organization is). Entities reaching no place are left out.
 */
import type { GEdge, GNode } from '../model.ts';
import { COUNTRY_POSITIONS } from './countryPositions.ts';
import type { LatLon } from './geoFrame.ts';

export interface GeoAnchoring {
  /** entities with coordinates, plus the capital (id `@XX`) of each country some entity needs but is not drawn */
  places: Map<string, LatLon>;
  /** every other entity that reaches a place → that place's id */
  anchorOf: Map<string, string>;
}

/** Where a node is on Earth: its own coordinates, or for a country its capital. */
export function coordinatesOf(node: GNode): LatLon | null {
  if (typeof node.lat === 'number' && typeof node.lon === 'number' && Number.isFinite(node.lat) && Number.isFinite(node.lon)) {
    return { lat: node.lat, lon: node.lon };
  }
  if (node.type === 'Country') {
    const p = COUNTRY_POSITIONS[countryCodeOf(node)];
    if (p) return { lat: p[0], lon: p[1] };
  }
  return null;
}

function countryCodeOf(node: GNode): string {
  return node.countryCode ?? node.id.replace(/^country:/, '').toUpperCase();
}

export function anchorEntities(nodes: readonly GNode[], edges: readonly GEdge[]): GeoAnchoring {
  const byId = new Map(nodes.map((n) => [n.id, n]));
  const places = new Map<string, LatLon>();
  for (const n of [...nodes].sort(byNodeId)) {
    const c = coordinatesOf(n);
    if (c) places.set(n.id, c);
  }
  const countryNode = new Map<string, string>();
  for (const n of nodes) if (n.type === 'Country' && places.has(n.id)) countryNode.set(countryCodeOf(n), n.id);
  const adj = adjacency(edges, byId);

  const anchorOf = new Map<string, string>();
  const unresolved: string[] = [];
  for (const n of [...nodes].sort(byNodeId)) {
    if (places.has(n.id)) continue;
    const near = adj.get(n.id) ?? [];
    const placeOfType = (type: GNode['type']) => near.find((m) => places.has(m) && byId.get(m)?.type === type);
    const anchor = placeOfType('City') ?? placeOfType('Country') ?? ownCountry(n, countryNode, places);
    if (anchor) anchorOf.set(n.id, anchor);
    else unresolved.push(n.id);
  }

  // the rest: breadth-first from whatever has a place, each taking the place of the neighbour that reached it;
  // organizations go first in each round, so a person at an event abroad stays with their organization
  const waiting = new Set(unresolved);
  const orgsFirst = (ids: string[]) => ids.sort((a, b) => Number(byId.get(b)?.type === 'Organization') - Number(byId.get(a)?.type === 'Organization') || (a < b ? -1 : a > b ? 1 : 0));
  let frontier = orgsFirst([...places.keys(), ...anchorOf.keys()].filter((id) => byId.has(id)));
  while (frontier.length && waiting.size) {
    const next: string[] = [];
    for (const id of frontier) {
      for (const m of adj.get(id) ?? []) {
        if (!waiting.has(m)) continue;
        waiting.delete(m);
        anchorOf.set(m, anchorOf.get(id) ?? id);
        next.push(m);
      }
    }
    frontier = orgsFirst(next);
  }
  return { places, anchorOf };
}

/** The node of an entity's own country, or its capital as a place of its own when the country is not drawn. */
function ownCountry(n: GNode, countryNode: ReadonlyMap<string, string>, places: Map<string, LatLon>): string | null {
  if (!n.countryCode) return null;
  const drawn = countryNode.get(n.countryCode);
  if (drawn) return drawn;
  const capital = COUNTRY_POSITIONS[n.countryCode];
  if (!capital) return null;
  const id = `@${n.countryCode}`;
  if (!places.has(id)) places.set(id, { lat: capital[0], lon: capital[1] });
  return id;
}

/** Neighbours on canvas, sorted so every choice above is the same whatever order the data came in. */
function adjacency(edges: readonly GEdge[], byId: ReadonlyMap<string, GNode>): Map<string, string[]> {
  const adj = new Map<string, Set<string>>();
  const link = (a: string, b: string) => (adj.get(a) ?? adj.set(a, new Set()).get(a)!).add(b);
  for (const e of edges) {
    if (!byId.has(e.source) || !byId.has(e.target) || e.source === e.target) continue;
    link(e.source, e.target);
    link(e.target, e.source);
  }
  return new Map([...adj].map(([id, set]) => [id, [...set].sort()]));
}

function byNodeId(a: GNode, b: GNode): number {
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}
