/**
 * The map beneath the geographic layout: Natural Earth's country outlines
 * (world-atlas, 1:110m — enough at the zooms a graph is read at) drawn as SVG
 * paths in a layout's frame, through d3-geo, so a city node sits on its
 * place. Loaded only when the geographic layout is first chosen: this module
 * is imported lazily and the data, about 100 kB, with it.
 */
import { geoPath, geoProjection, type GeoProjection } from 'd3-geo';
import type { FeatureCollection } from 'geojson';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import type { GeoFrame } from './geoFrame.ts';

export interface OutlinePaths {
  /** the whole globe in the frame: the sea */
  sphere: string;
  /** every country, one subpath each */
  countries: string;
}

let countries: Promise<FeatureCollection> | null = null;

/** The countries as GeoJSON, read once. */
export function loadCountries(): Promise<FeatureCollection> {
  countries ??= import('world-atlas/countries-110m.json').then((m) => {
    const topology = (m.default ?? m) as unknown as Topology<{ countries: GeometryCollection }>;
    return feature(topology, topology.objects.countries);
  });
  return countries;
}

/**
 * d3-geo's version of graph/geoFrame.ts's `project`: the same linear map
 * from degrees to pixels, with d3 cutting shapes at the antimeridian
 * opposite the frame's centre, where `project` wraps longitudes.
 */
export function frameProjection(frame: GeoFrame): GeoProjection {
  return geoProjection((lambda, phi) => [lambda * frame.k, phi])
    .rotate([-frame.ref, 0])
    .scale((frame.scale * 180) / Math.PI)
    .translate([0, frame.cy * frame.scale])
    .precision(0); // straight lines stay straight here: nothing to resample
}

export function outlinePaths(features: FeatureCollection, frame: GeoFrame): OutlinePaths {
  const path = geoPath(frameProjection(frame)).digits(1);
  return { sphere: path({ type: 'Sphere' }) ?? '', countries: path(features) ?? '' };
}
