import { labelOfId, type NodeLabel } from '../../graph/index.ts';
import { badInput } from '../errors.ts';

/** A page size within 1..max, or BAD_USER_INPUT naming the argument. */
export function firstArg(value: number | null | undefined, fallback: number, max: number, name = 'first'): number {
  const n = value ?? fallback;
  if (!Number.isInteger(n) || n < 1 || n > max) throw badInput(`'${name}' must be from 1 to ${max} (got ${n}).`, name);
  return n;
}

/** An integer within min..max, or BAD_USER_INPUT naming the argument. */
export function intArg(value: number | null | undefined, fallback: number, min: number, max: number, name: string): number {
  const n = value ?? fallback;
  if (!Number.isInteger(n) || n < min || n > max) throw badInput(`'${name}' must be from ${min} to ${max} (got ${n}).`, name);
  return n;
}

const ID_PREFIX: Record<NodeLabel, string> = {
  Organization: 'org',
  Person: 'person',
  Country: 'country',
  City: 'city',
  Event: 'event',
  Practice: 'practice',
  Topic: 'topic',
  Report: 'report',
};

/** An id of the expected type (by prefix), or BAD_USER_INPUT that says what an id of that type looks like. */
export function idArg(value: string, type: NodeLabel, name: string): string {
  const id = value.trim();
  if (labelOfId(id) !== type) {
    throw badInput(`'${name}' must be the id of a ${type.toLowerCase()} (${ID_PREFIX[type]}:…), got ${JSON.stringify(value)}; find ids with search().`, name);
  }
  return id;
}

/** Any entity or report id, or BAD_USER_INPUT. */
export function anyIdArg(value: string, name: string): string {
  const id = value.trim();
  if (!labelOfId(id)) {
    throw badInput(
      `'${name}' is not an EduGraph id: ids look like org:…, person:…, country:KZ, city:…, event:…, practice:…, topic:… or report:… (got ${JSON.stringify(value)}); find ids with search().`,
      name,
    );
  }
  return id;
}

const MAX_REASON_LENGTH = 1000;

/** Why a write was made, for the curation log: trimmed, null when blank, BAD_USER_INPUT when too long. */
export function reasonArg(value: string | null | undefined): string | null {
  const reason = value?.trim() ?? '';
  if (reason.length > MAX_REASON_LENGTH) throw badInput(`'reason' is ${reason.length} characters; keep it to ${MAX_REASON_LENGTH}.`, 'reason');
  return reason || null;
}

/** An ISO alpha-2 code from `KZ`, `kz` or `country:KZ`; BAD_USER_INPUT otherwise. */
export function countryArg(value: string | null | undefined, name = 'country'): string | null {
  if (value === null || value === undefined) return null;
  const m = /^(?:country:)?([A-Za-z]{2})$/.exec(value.trim());
  if (!m) throw badInput(`'${name}' must be an ISO 3166 alpha-2 code such as "KZ" (or a country id such as "country:KZ"), got ${JSON.stringify(value)}.`, name);
  return m[1]!.toUpperCase();
}

/** A from/to pair in order; BAD_USER_INPUT when `from` is after `to`. */
export function dateRange(from: string | null | undefined, to: string | null | undefined, names: [string, string]): void {
  if (from && to && from > to) throw badInput(`'${names[0]}' (${from}) is after '${names[1]}' (${to}).`, names[0]);
}

/** A list of ids, at most `max`. */
export function idsArg(ids: readonly string[], max: number, name: string): string[] {
  if (ids.length === 0) throw badInput(`'${name}' needs at least one id.`, name);
  if (ids.length > max) throw badInput(`'${name}' takes at most ${max} ids (got ${ids.length}).`, name);
  return ids.map((id) => anyIdArg(id, name));
}
