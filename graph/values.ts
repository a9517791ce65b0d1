import neo4j from 'neo4j-driver';

/**
 * Plain JSON-friendly form of what Neo4j returns: Integer → number (or string
 * beyond 2^53), Date → 'YYYY-MM-DD', DateTime → ISO string, Point → {x,y,z?,srid},
 * nodes and relationships → their properties, recursively.
 */
export type Plain = null | boolean | number | string | Plain[] | { [key: string]: Plain };

export function toPlain(value: unknown): Plain {
  // The common cases first: rows are mostly strings, numbers, lists and maps, and testing each value
  // against every driver type before finding a string cost more than GraphQL (CPU profile of the API under load).
  switch (typeof value) {
    case 'string':
    case 'boolean':
    case 'number':
      return value;
    case 'object':
      if (value === null) return null;
      if (Array.isArray(value)) return value.map(toPlain);
      if (Object.getPrototypeOf(value) === Object.prototype) return plainMap(value as Record<string, unknown>);
  }
  if (value === undefined) return null;
  if (neo4j.isInt(value)) {
    return value.inSafeRange() ? value.toNumber() : value.toString();
  }
  if (typeof value === 'bigint') return Number.isSafeInteger(Number(value)) ? Number(value) : value.toString();
  if (neo4j.isDate(value) || neo4j.isDateTime(value) || neo4j.isLocalDateTime(value) || neo4j.isTime(value) || neo4j.isLocalTime(value)) {
    return value.toString();
  }
  if (neo4j.isDuration(value)) return value.toString();
  if (neo4j.isPoint(value)) {
    const p: { [key: string]: Plain } = { x: value.x, y: value.y, srid: toPlain(value.srid) };
    if (value.z !== undefined) p.z = value.z;
    return p;
  }
  if (neo4j.isNode(value) || neo4j.isRelationship(value)) return toPlain(value.properties);
  if (typeof value === 'object') return plainMap(value as Record<string, unknown>);
  return String(value);
}

function plainMap(value: Record<string, unknown>): { [key: string]: Plain } {
  const out: { [key: string]: Plain } = {};
  for (const [k, v] of Object.entries(value)) out[k] = toPlain(v);
  return out;
}

/**
 * toPlain for a value nobody else holds, a field of a record just received:
 * its maps and lists are converted where they are rather than copied. A
 * large answer is mostly maps and lists of strings, and copying them was
 * most of what the server allocated per request.
 */
function toPlainInPlace(value: unknown): Plain {
  switch (typeof value) {
    case 'string':
    case 'boolean':
    case 'number':
      return value;
    case 'object':
      if (value === null) return null;
      if (Array.isArray(value)) {
        for (let i = 0; i < value.length; i++) value[i] = toPlainInPlace(value[i]);
        return value as Plain[];
      }
      if (Object.getPrototypeOf(value) === Object.prototype) {
        const map = value as Record<string, unknown>;
        for (const k in map) map[k] = toPlainInPlace(map[k]);
        return map as { [key: string]: Plain };
      }
  }
  return toPlain(value);
}

/** Every record of a result as a plain object keyed by the RETURN names. */
export function recordsToPlain<T = Record<string, Plain>>(records: Array<{ keys: readonly PropertyKey[]; get(key: PropertyKey): unknown }>): T[] {
  return records.map((r) => {
    const o: Record<string, Plain> = {};
    for (const k of r.keys) o[String(k)] = toPlainInPlace(r.get(k));
    return o as T;
  });
}
