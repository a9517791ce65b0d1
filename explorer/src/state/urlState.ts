/**
 * The view in the URL fragment, so a copied link reopens the same picture:
 *
 *   #v=1&l=geo&n=org:kaznu@10,-20;kgu@5,6,p|person:petr-polozhevets@0,0&s=org:kaznu
 *    &h=…&t=Organization,Person&c=KZ,RU&tp=topic:x&d=2023-01-01..2023-12-31&p=from..to
 *    &g=type&o=group%3A0%3Atype%3AOrganization&hb=org:kaznu
 *
 * `g` is the grouping when it is not the default (country), `o` the groups
 * opened, outermost first, and `hb` the entity whose neighbours are shown as
 * groups: a link to a grouped picture reopens the same groups.
 * `n` groups ids by their prefix (`org:`), each with its rounded position and
 * `,p` when pinned. Ids are percent-encoded, so the separators `| ; @ , ..`
 * never occur inside one. Decoding is forgiving: unknown keys and malformed
 * entries are dropped, never thrown, since links are typed and truncated by people.
 */
import { isGrouping, TOP, type OpenedGroup } from '../grouping/groupPath.ts';
import { ENTITY_TYPES, type EntityType } from '../model.ts';
import { emptyView, LAYOUT_NAMES, NO_FILTERS, type LayoutName, type Point, type ViewState } from './ViewState.ts';

export const URL_FORMAT_VERSION = 1;
/** links with more entities than this are cut (with positions kept for those that remain) */
export const MAX_URL_ENTITIES = 2000;

const enc = (s: string): string => encodeURIComponent(s);
const dec = (s: string): string | null => {
  try {
    return decodeURIComponent(s);
  } catch {
    return null;
  }
};

function splitId(id: string): [string, string] {
  const i = id.indexOf(':');
  return i < 0 ? ['', id] : [id.slice(0, i), id.slice(i + 1)];
}

function encodeIdList(ids: readonly string[]): string {
  return ids.map(enc).join(',');
}

function decodeIdList(s: string | undefined): string[] {
  if (!s) return [];
  return s
    .split(',')
    .map(dec)
    .filter((x): x is string => !!x);
}

/** Serialises a view into a fragment (without the leading #). */
export function encodeView(state: ViewState): string {
  const parts: string[] = [`v=${URL_FORMAT_VERSION}`, `l=${state.layout}`];
  const pinned = new Set(state.pinned);
  const groups = new Map<string, string[]>();
  for (const id of state.shown) {
    const [prefix, rest] = splitId(id);
    const p = state.positions[id];
    let item = enc(rest);
    if (p) item += `@${Math.round(p.x)},${Math.round(p.y)}${pinned.has(id) ? ',p' : ''}`;
    else if (pinned.has(id)) item += '@,,p';
    if (!groups.has(prefix)) groups.set(prefix, []);
    groups.get(prefix)!.push(item);
  }
  if (groups.size) parts.push(`n=${[...groups].map(([prefix, items]) => `${enc(prefix)}:${items.join(';')}`).join('|')}`);
  if (state.selected) parts.push(`s=${enc(state.selected)}`);
  if (state.hidden.length) parts.push(`h=${encodeIdList(state.hidden)}`);
  const f = state.filters;
  if (f.types) parts.push(`t=${f.types.join(',')}`);
  if (f.countries.length) parts.push(`c=${f.countries.map(enc).join(',')}`);
  if (f.topic) parts.push(`tp=${enc(f.topic)}`);
  if (f.from || f.to) parts.push(`d=${f.from ?? ''}..${f.to ?? ''}`);
  if (state.path) parts.push(`p=${enc(state.path.from)}..${enc(state.path.to)}`);
  if (state.groups.grouping !== TOP.grouping) parts.push(`g=${state.groups.grouping}`);
  if (state.groups.opened.length) parts.push(`o=${encodeIdList(state.groups.opened.map((g) => g.id))}`);
  if (state.hub) parts.push(`hb=${enc(state.hub)}`);
  return parts.join('&');
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** Parses a fragment (with or without #); returns an empty view for anything unreadable. */
export function decodeView(fragment: string): ViewState {
  const state = emptyView();
  const params = new Map<string, string>();
  for (const kv of fragment.replace(/^#/, '').split('&')) {
    const i = kv.indexOf('=');
    if (i > 0) params.set(kv.slice(0, i), kv.slice(i + 1));
  }
  const layout = params.get('l');
  const shown: string[] = [];
  const pinned: string[] = [];
  const positions: Record<string, Point> = {};
  for (const group of (params.get('n') ?? '').split('|')) {
    const colon = group.indexOf(':');
    if (colon < 0) continue;
    const prefix = dec(group.slice(0, colon));
    if (prefix === null) continue;
    for (const item of group.slice(colon + 1).split(';')) {
      if (shown.length >= MAX_URL_ENTITIES) break;
      const [rawId, rawPos] = item.split('@');
      const rest = rawId ? dec(rawId) : null;
      if (!rest) continue;
      const id = prefix ? `${prefix}:${rest}` : rest;
      if (shown.includes(id)) continue;
      shown.push(id);
      if (rawPos !== undefined) {
        const [x, y, flag] = rawPos.split(',');
        if (x && y && /^-?\d+$/.test(x) && /^-?\d+$/.test(y)) positions[id] = { x: Number(x), y: Number(y) };
        if (flag === 'p') pinned.push(id);
      }
    }
  }
  const selected = params.has('s') ? dec(params.get('s')!) : null;
  const types = params.get('t')?.split(',').filter((t): t is EntityType => (ENTITY_TYPES as readonly string[]).includes(t));
  const countries = (params.get('c') ?? '')
    .split(',')
    .map(dec)
    .filter((c): c is string => !!c && /^[A-Z]{2}$/.test(c));
  const [from, to] = (params.get('d') ?? '').split('..');
  const [pathFrom, pathTo] = (params.get('p') ?? '').split('..').map((s) => (s ? dec(s) : null));
  const grouping = params.get('g') ?? TOP.grouping;
  // a group's name is what the drawing calls it (aggregate names it again), so the link holds only ids;
  // 'group:' is aggregate.ts's GROUP_PREFIX, not imported so that reading a link does not load community detection
  const opened: OpenedGroup[] = decodeIdList(params.get('o'))
    .filter((id) => id.startsWith('group:'))
    .map((id) => ({ id, name: '' }));
  const hub = params.has('hb') ? dec(params.get('hb')!) : null;
  return {
    ...state,
    layout: (LAYOUT_NAMES as readonly string[]).includes(layout ?? '') ? (layout as LayoutName) : state.layout,
    shown,
    pinned,
    positions,
    hidden: decodeIdList(params.get('h')).filter((id) => !shown.includes(id)),
    selected: selected && shown.includes(selected) ? selected : null,
    filters: {
      ...NO_FILTERS,
      types: types ?? null,
      countries,
      topic: params.has('tp') ? dec(params.get('tp')!) : null,
      from: from && ISO_DATE.test(from) ? from : null,
      to: to && ISO_DATE.test(to) ? to : null,
    },
    path: pathFrom && pathTo ? { from: pathFrom, to: pathTo } : null,
    groups: isGrouping(grouping) ? { grouping, opened: grouping === 'off' ? [] : opened } : TOP,
    hub: hub && shown.includes(hub) ? hub : null,
  };
}
