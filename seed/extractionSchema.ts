import { z } from 'zod';
import { RELATION_TYPES, type Extraction } from './extraction.ts';

/**
 * The Extraction contract as a runtime check: what `npm run extract` promises
 * outside tools, and what the loader and the property tests hold it to.
 */
const mention = z.object({ start: z.number().int().min(0), end: z.number().int().min(0), text: z.string() }).refine((m) => m.end >= m.start, 'mention ends before it starts');
const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);
const idOf = (prefix: string): z.ZodString => z.string().regex(new RegExp(`^${prefix}:[^\\s]+$`), `id must start with '${prefix}:'`);

const base = { name: z.string().min(1), aliases: z.array(z.string()), mentions: z.array(mention) };
const entity = z.discriminatedUnion('type', [
  z.object({ ...base, type: z.literal('Organization'), id: idOf('org') }).loose(),
  z.object({ ...base, type: z.literal('Person'), id: idOf('person') }).loose(),
  z.object({ ...base, type: z.literal('Country'), id: z.string().regex(/^country:[A-Z]{2}$/), code: z.string().regex(/^[A-Z]{2}$/) }).loose(),
  z.object({ ...base, type: z.literal('City'), id: z.string().regex(/^city:[a-z]{2}-[^\s]+$/) }).loose(),
  z.object({ ...base, type: z.literal('Event'), id: idOf('event'), startDate: isoDate.nullable(), endDate: isoDate.nullable() }).loose(),
  z.object({ ...base, type: z.literal('Practice'), id: idOf('practice') }).loose(),
  z.object({ ...base, type: z.literal('Topic'), id: idOf('topic') }).loose(),
]);

export const extractionSchema = z
  .object({
    report: z.object({
      id: z.string().regex(/^report:[0-9a-f]{16}$/),
      title: z.string(),
      language: z.enum(['en', 'ru']),
      url: z.string().nullable(),
      publishedAt: isoDate.nullable(),
    }).loose(),
    entities: z.array(entity),
    relations: z.array(
      z.object({
        type: z.enum(RELATION_TYPES),
        from: z.string().min(1),
        to: z.string().min(1),
        evidence: z.string(),
        confidence: z.number().min(0).max(1),
      }).loose(),
    ),
  })
  .loose()
  .superRefine((x, ctx) => {
    const ids = new Set(x.entities.map((e) => e.id));
    if (ids.size !== x.entities.length) ctx.addIssue({ code: 'custom', message: 'entity ids are not unique' });
    for (const r of x.relations) {
      if (!ids.has(r.from) || !ids.has(r.to)) ctx.addIssue({ code: 'custom', message: `relation ${r.type} ${r.from} → ${r.to} names an entity that is not in the extraction` });
    }
  });

/** Throws with every contract violation listed when `x` is not a valid Extraction. */
export function assertValidExtraction(x: unknown): asserts x is Extraction {
  const r = extractionSchema.safeParse(x);
  if (!r.success) throw new Error(`Invalid Extraction: ${r.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
}

