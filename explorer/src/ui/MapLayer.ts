/**
 * Country outlines beneath the canvas while the geographic layout is shown:
 * an SVG behind Cytoscape's canvases, drawn in the layout's frame and moved
 * with Cytoscape's pan and zoom. The outlines and d3-geo load on first use.
 * Decoration only: hidden from assistive technology and from the pointer.
 */
import type { GeoFrame } from '../graph/geoFrame.ts';
import type { Point } from '../state/ViewState.ts';

const SVG = 'http://www.w3.org/2000/svg';

export class MapLayer {
  readonly el: SVGSVGElement;
  private readonly group: SVGGElement;
  private readonly sea: SVGPathElement;
  private readonly land: SVGPathElement;
  /** the frame asked for last; a load finishing after another request draws that one */
  private wanted: GeoFrame | null = null;
  private drawnKey = '';

  /** `stage` gets the class `on-map` while the map shows, so the canvas above can let it through. */
  constructor(private readonly stage: HTMLElement) {
    this.el = document.createElementNS(SVG, 'svg');
    this.el.setAttribute('class', 'world-map');
    this.el.setAttribute('aria-hidden', 'true');
    this.el.setAttribute('focusable', 'false');
    this.el.setAttribute('data-state', 'hidden');
    this.group = document.createElementNS(SVG, 'g');
    this.sea = document.createElementNS(SVG, 'path');
    this.sea.setAttribute('class', 'sea');
    this.land = document.createElementNS(SVG, 'path');
    this.land.setAttribute('class', 'countries');
    this.group.append(this.sea, this.land);
    this.el.append(this.group);
    this.el.style.display = 'none';
  }

  /** Shows the map in `frame`, or hides it (null). */
  show(frame: GeoFrame | null): void {
    this.wanted = frame;
    if (!frame) {
      this.el.style.display = 'none';
      this.el.setAttribute('data-state', 'hidden');
      this.stage.classList.remove('on-map');
      return;
    }
    void this.draw(frame);
  }

  /** Cytoscape's pan and zoom: model coordinates × zoom + pan, as the canvas draws them. */
  follow(pan: Point, zoom: number): void {
    if (!this.wanted) return; // other layouts pan without paying for a hidden map; `show` callers follow after
    this.group.setAttribute('transform', `translate(${pan.x} ${pan.y}) scale(${zoom})`);
  }

  private async draw(frame: GeoFrame): Promise<void> {
    const key = JSON.stringify(frame);
    if (key !== this.drawnKey) {
      let paths;
      try {
        const outlines = await import('../graph/worldOutlines.ts');
        paths = outlines.outlinePaths(await outlines.loadCountries(), frame);
      } catch {
        // without the outlines the layout still reads, as it did before there was a map
        if (this.wanted === frame) this.el.setAttribute('data-state', 'failed');
        return;
      }
      if (this.wanted !== frame) return;
      this.sea.setAttribute('d', paths.sphere);
      this.land.setAttribute('d', paths.countries);
      this.drawnKey = key;
    }
    if (this.wanted !== frame) return;
    this.el.style.display = '';
    this.el.setAttribute('data-state', 'drawn');
    this.stage.classList.add('on-map');
  }
}
