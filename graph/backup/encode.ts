import neo4j from 'neo4j-driver';

/**
 * Lossless JSON for property values: unlike toPlain, temporal values, points and
 * integers beyond 2^53 keep their type and every field, so a restore writes
 * back exactly what was read.
 */
export type Encoded =
  | null
  | boolean
  | number
  | string
  | Encoded[]
  | { $type: string; v: Array<number | string | null> };

const n = (x: unknown): number => neo4j.integer.toNumber(x as number);

export function encodeValue(x: unknown): Encoded {
  if (x === null || x === undefined) return null;
  if (neo4j.isInt(x)) return x.inSafeRange() ? x.toNumber() : { $type: 'Integer', v: [x.toString()] };
  if (neo4j.isDateTime(x))
    return {
      $type: 'DateTime',
      v: [n(x.year), n(x.month), n(x.day), n(x.hour), n(x.minute), n(x.second), n(x.nanosecond), x.timeZoneOffsetSeconds === undefined ? null : n(x.timeZoneOffsetSeconds), x.timeZoneId ?? null],
    };
  if (neo4j.isLocalDateTime(x))
    return { $type: 'LocalDateTime', v: [n(x.year), n(x.month), n(x.day), n(x.hour), n(x.minute), n(x.second), n(x.nanosecond)] };
  if (neo4j.isDate(x)) return { $type: 'Date', v: [n(x.year), n(x.month), n(x.day)] };
  if (neo4j.isTime(x)) return { $type: 'Time', v: [n(x.hour), n(x.minute), n(x.second), n(x.nanosecond), n(x.timeZoneOffsetSeconds)] };
  if (neo4j.isLocalTime(x)) return { $type: 'LocalTime', v: [n(x.hour), n(x.minute), n(x.second), n(x.nanosecond)] };
  if (neo4j.isDuration(x)) return { $type: 'Duration', v: [n(x.months), n(x.days), n(x.seconds), n(x.nanoseconds)] };
  if (neo4j.isPoint(x)) return { $type: 'Point', v: x.z === undefined ? [n(x.srid), x.x, x.y] : [n(x.srid), x.x, x.y, x.z] };
  if (Array.isArray(x)) return x.map(encodeValue);
  if (typeof x === 'boolean' || typeof x === 'number' || typeof x === 'string') return x;
  throw new Error(`Cannot back up a property value of type ${typeof x}`);
}

export function encodeProps(props: Record<string, unknown>): Record<string, Encoded> {
  const out: Record<string, Encoded> = {};
  for (const [k, v] of Object.entries(props)) out[k] = encodeValue(v);
  return out;
}

/** Props for a Cypher parameter: tagged values become the driver's own types again. */
export function decodeProps(props: Record<string, Encoded>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(props)) out[k] = decodeValue(v);
  return out;
}

function decodeValue(x: Encoded): unknown {
  if (x === null || typeof x !== 'object') return x;
  if (Array.isArray(x)) return x.map(decodeValue);
  const v = x.v as number[];
  const t = neo4j.types;
  switch (x.$type) {
    case 'Integer':
      return neo4j.int(String(x.v[0]));
    case 'DateTime': {
      const [y, mo, d, h, mi, s, ns, offset, zone] = x.v;
      return new t.DateTime(y as number, mo as number, d as number, h as number, mi as number, s as number, ns as number, (offset ?? undefined) as number | undefined, (zone ?? undefined) as string | undefined);
    }
    case 'LocalDateTime':
      return new t.LocalDateTime(v[0]!, v[1]!, v[2]!, v[3]!, v[4]!, v[5]!, v[6]!);
    case 'Date':
      return new t.Date(v[0]!, v[1]!, v[2]!);
    case 'Time':
      return new t.Time(v[0]!, v[1]!, v[2]!, v[3]!, v[4]!);
    case 'LocalTime':
      return new t.LocalTime(v[0]!, v[1]!, v[2]!, v[3]!);
    case 'Duration':
      return new t.Duration(v[0]!, v[1]!, v[2]!, v[3]!);
    case 'Point':
      return v.length === 4 ? new t.Point(v[0]!, v[1]!, v[2]!, v[3]!) : new t.Point(v[0]!, v[1]!, v[2]!);
    default:
      throw new Error(`Unknown value type '${x.$type}' in the backup`);
  }
}
