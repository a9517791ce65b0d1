/**
 * Level of detail: which entities carry a label, and whether relationships
 * carry arrows, at a given zoom. A person can read only so many labels on a
 * screen; drawing two thousand overlapping ones costs the first picture its
 * text measuring and every frame its drawing, and shows nothing readable.
 * So the canvas labels as many entities as fit on screen at the current
 * zoom, the most connected first, and more as one zooms in. Selected,
 * hovered, focused, pinned entities, a path and search hits are labelled by
 * the stylesheet regardless (styles.ts), so they never depend on this.
 *
 * Decisions change only when the zoom crosses a band (half an octave), so
 * panning and small zoom steps never restyle anything.
 */

export const LOD = {
  /** on-screen room one label needs, text and spacing (about 140 × 22 px) */
  labelAreaPx: 140 * 22,
  /** share of the drawing's on-screen area that labels may cover */
  labelFill: 0.3,
  /** however far out, the few most connected entities keep their names */
  minLabels: 12,
  /** below this zoom, labels are set in larger type so the hubs' names stay readable */
  farZoom: 0.5,
  /** below this zoom, arrows are a few pixels wide: relationships are drawn as plain lines */
  arrowZoom: 0.5,
  /** bands per doubling of the zoom */
  bandsPerOctave: 2,
} as const;

/** The band a zoom level falls in: decisions are made per band, so they hold while the zoom stays in it. */
export function zoomBand(zoom: number): number {
  return Math.floor(Math.log2(Math.max(zoom, 1e-6)) * LOD.bandsPerOctave);
}

/** The lowest zoom of a band: the budget is computed there, the most crowded point of the band. */
export function bandZoom(band: number): number {
  return 2 ** (band / LOD.bandsPerOctave);
}

/**
 * How many entities may be labelled when a drawing spanning `modelArea`
 * (model units², its bounding box) is seen at `zoom`: the labels that fit in
 * its on-screen area at the band's lowest zoom.
 */
export function labelBudget(modelArea: number, zoom: number): number {
  const onScreen = Math.max(0, modelArea) * bandZoom(zoomBand(zoom)) ** 2;
  return Math.max(LOD.minLabels, Math.floor((onScreen * LOD.labelFill) / LOD.labelAreaPx));
}

export interface LodEntity {
  id: string;
  degree: number;
}

/**
 * The entities to label: the `budget` most connected, ties broken by id so
 * the same drawing always names the same entities.
 */
export function labelledIds(entities: readonly LodEntity[], budget: number): Set<string> {
  if (budget >= entities.length) return new Set(entities.map((e) => e.id));
  const ranked = [...entities].sort((a, b) => b.degree - a.degree || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return new Set(ranked.slice(0, Math.max(0, budget)).map((e) => e.id));
}

export interface DetailLevel {
  band: number;
  /** entities whose name is drawn (besides the emphasised ones the stylesheet always names) */
  labelled: Set<string>;
  /** labels in larger type, so a zoomed-out overview still names its hubs */
  bigLabels: boolean;
  /** arrowheads on relationships */
  arrows: boolean;
}

/** What to draw for a drawing of these entities over `modelArea`, seen at `zoom`. */
export function detailLevel(entities: readonly LodEntity[], modelArea: number, zoom: number): DetailLevel {
  const band = zoomBand(zoom);
  const low = bandZoom(band);
  return {
    band,
    labelled: labelledIds(entities, labelBudget(modelArea, zoom)),
    bigLabels: low < LOD.farZoom,
    arrows: low >= LOD.arrowZoom,
  };
}
