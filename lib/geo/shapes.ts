// The map's geometry: Europe in a conformal conic projection, and Korea in an inset of its own
// (the two are 8,000 km apart: on one projection either Korea or Europe would be a speck). Drawn
// from world-atlas (Natural Earth 1:50m) once per process, so a map costs no geometry work per request.
import { type GeoProjection, geoConicConformal, geoMercator, geoPath } from 'd3-geo';
import type { Feature, Geometry } from 'geojson';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import world from 'world-atlas/countries-110m.json';
import { alpha2ByNumeric } from './country-codes';

export const MAP_WIDTH = 800;
export const MAP_HEIGHT = 640;
/** The Korean inset, in the map's top-right corner (northern Russia, where no deal is drawn). */
export const INSET = { x: 596, y: 8, width: 196, height: 216 } as const;

export type Frame = 'europe' | 'korea';
/** One country's outline in one frame, as an SVG path. */
export type CountryShape = { numeric: string; code: string | null; name: string; frame: Frame; d: string };

const corners = (west: number, south: number, east: number, north: number) => ({
  type: 'MultiPoint' as const,
  coordinates: [[west, south], [east, south], [east, north], [west, north], [(west + east) / 2, north], [(west + east) / 2, south]],
});

function europe(): GeoProjection {
  return geoConicConformal()
    .rotate([-14, 0])
    .parallels([40, 64])
    .fitExtent([[4, 4], [MAP_WIDTH - 4, MAP_HEIGHT - 4]], corners(-11, 35, 36, 70))
    .clipExtent([[0, 0], [MAP_WIDTH, MAP_HEIGHT]]);
}

function korea(): GeoProjection {
  const { x, y, width, height } = INSET;
  return geoMercator()
    .fitExtent([[x + 6, y + 22], [x + width - 6, y + height - 6]], corners(124, 33, 131, 43))
    .clipExtent([[x, y + 16], [x + width, y + height]]);
}

let cached: CountryShape[] | undefined;

/** Every country drawn, Europe first, then the inset (which covers the part of Europe beneath it). */
export function countryShapes(): CountryShape[] {
  if (cached) return cached;
  const topology = world as unknown as Topology<{ countries: GeometryCollection<{ name: string }> }>;
  const countries = feature(topology, topology.objects.countries).features as Array<Feature<Geometry, { name: string }>>;
  const shapes: CountryShape[] = [];
  for (const [frame, projection] of [['europe', europe()], ['korea', korea()]] as const) {
    const path = geoPath(projection).digits(1);
    for (const country of countries) {
      const d = path(country);
      if (!d) continue;
      const numeric = String(country.id ?? '');
      shapes.push({ numeric, code: alpha2ByNumeric[numeric] ?? null, name: country.properties.name, frame, d });
    }
  }
  cached = shapes;
  return shapes;
}
