import { GraphQLError, GraphQLScalarType, Kind } from 'graphql';

const DATE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

/** True for YYYY, YYYY-MM or YYYY-MM-DD naming a real calendar day, month or year. */
export function isIsoDate(s: string): boolean {
  const m = DATE.exec(s);
  if (!m) return false;
  const [, y, mo, d] = m;
  if (mo === undefined) return true;
  const month = Number(mo);
  if (month < 1 || month > 12) return false;
  if (d === undefined) return true;
  const day = Number(d);
  const days = new Date(Date.UTC(Number(y), month, 0)).getUTCDate();
  return day >= 1 && day <= days;
}

/** A value that is not a valid Date: BAD_USER_INPUT even when found while validating a literal. */
export class InvalidScalarValueError extends GraphQLError {}

function parseDate(value: unknown): string {
  if (typeof value !== 'string' || !isIsoDate(value)) {
    throw new InvalidScalarValueError(`${JSON.stringify(value)} is not a date: use YYYY-MM-DD (or YYYY-MM, YYYY), e.g. "2023-11-16".`, {
      extensions: { code: 'BAD_USER_INPUT' },
    });
  }
  return value;
}

export const DateScalar = new GraphQLScalarType({
  name: 'Date',
  // graphql-tools copies a scalar's description over the SDL's: keep it word for word as in schema.graphql.
  description: 'An ISO 8601 calendar date, `YYYY-MM-DD`. Reports sometimes give only a month or a year; such dates read as `YYYY-MM` or `YYYY`.',
  serialize: (value) => (typeof value === 'string' ? value.slice(0, 10) : String(value)),
  parseValue: parseDate,
  parseLiteral: (ast) => parseDate(ast.kind === Kind.STRING ? ast.value : undefined),
});

export const scalarResolvers = { Date: DateScalar };
