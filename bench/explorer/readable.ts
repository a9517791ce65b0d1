/**
 * When a picture of the explorer counts as readable, decided from samples of
 * the page (bench/explorerOverview.ts takes them), and which country the
 * overview benchmark expands. Plain data, no DOM: tested in Node
 * (tests/bench/readable.test.ts).
 */

/** What one look at the page saw. */
export interface CanvasSample {
  /** the page's clock (ms since its navigation started) */
  t: number;
  /** a request is running (the app's aria-busy) */
  busy: boolean;
  /** the status bar's note: the step that drew the picture writes it once its layout is done */
  note: string | null;
  /** nodes on the canvas, groups included */
  nodes: number;
  /** groups (meta-nodes) among them */
  groups: number;
  /** nodes whose label is drawn: a label set and at least the canvas' smallest drawn font size at this zoom */
  labelled: number;
  /** groups among the labelled */
  labelledGroups: number;
  /** groups whose centre is inside the canvas as drawn now */
  groupsOnScreen: number;
  /** positions, pan and zoom, rounded to a pixel: equal while nothing moves */
  signature: string;
}

export const readableDefaults = {
  settleMs: 300, // nothing moves (positions, pan, zoom) for this long: the layout and the fit's animation are over
  minLabels: 10, // entities named, or every node when fewer are drawn
};

/** What a picture must show to be read: the note of the step that drew it, and groups when it is a grouped one. */
export interface ReadableWant {
  /** the status bar's note the step writes after its layout (a test on its text) */
  note: (note: string) => boolean;
  /** at least one group, every group labelled */
  grouped: boolean;
  /** a grouped picture must also have a group on screen (default true): without, it is drawn but not seen */
  onScreen?: boolean;
}

/** Whether one sample shows a picture to read: drawn, labelled, the step done; whether it has stopped moving needs the samples around it. */
export function looksReadable(s: CanvasSample, want: ReadableWant, minLabels = readableDefaults.minLabels): boolean {
  if (s.busy || s.nodes === 0 || s.note === null || !want.note(s.note)) return false;
  if (want.grouped && (s.groups === 0 || s.labelledGroups < s.groups || (want.onScreen !== false && s.groupsOnScreen === 0))) return false;
  return s.labelled >= Math.min(s.nodes, minLabels);
}

/**
 * The page time at which the picture became readable: the first sample of a
 * run of readable samples with one signature that lasts `settleMs` (by the
 * page's clock). Null when no run lasted that long — the picture never
 * settled in the samples given.
 */
export function readableAt(samples: readonly CanvasSample[], want: ReadableWant, settleMs = readableDefaults.settleMs): number | null {
  let start: CanvasSample | null = null;
  for (const s of samples) {
    if (!looksReadable(s, want)) {
      start = null;
      continue;
    }
    if (!start || s.signature !== start.signature) start = s;
    if (s.t - start.t >= settleMs) return start.t;
  }
  return null;
}

export interface CountryCandidate {
  id: string;
  type: string;
  /** relationships, as the API counts them */
  degree: number;
}

/** The country with most relationships (ties by id, so a graph always gives the same one); null when there is none. */
export function busiestCountry(nodes: readonly CountryCandidate[]): CountryCandidate | null {
  let best: CountryCandidate | null = null;
  for (const n of nodes) {
    if (n.type !== 'Country') continue;
    if (!best || n.degree > best.degree || (n.degree === best.degree && n.id < best.id)) best = n;
  }
  return best;
}
