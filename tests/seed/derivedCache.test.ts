import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import nlp from 'compromise';
import { derivedTable, sourceClosureFingerprint } from '../../seed/cache/derivedCache.ts';

// Start-up tables read back from node_modules/.cache (seed/cache/derivedCache.ts) must be exactly what building them gives.

let dir: string;
const saved = { off: process.env.EDUGRAPH_DERIVED_CACHE, dir: process.env.EDUGRAPH_DERIVED_CACHE_DIR };

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'edugraph-derived-'));
  process.env.EDUGRAPH_DERIVED_CACHE_DIR = dir;
  delete process.env.EDUGRAPH_DERIVED_CACHE;
});

afterEach(() => {
  rmSync(dir, { recursive: true, force: true });
  for (const [k, v] of [['EDUGRAPH_DERIVED_CACHE', saved.off], ['EDUGRAPH_DERIVED_CACHE_DIR', saved.dir]] as const) {
    if (v === undefined) delete process.env[k];
    else process.env[k] = v;
  }
});

describe('derived tables', () => {
  it('are built once, read back by later calls, and built again when an input changes', () => {
    const build = vi.fn(() => ({ rows: ['a', 'b'], n: 2 }));
    expect(derivedTable('t', () => ['v1'], build)).toEqual({ rows: ['a', 'b'], n: 2 });
    expect(derivedTable('t', () => ['v1'], build)).toEqual({ rows: ['a', 'b'], n: 2 });
    expect(build).toHaveBeenCalledTimes(1);
    derivedTable('t', () => ['v2'], build);
    expect(build).toHaveBeenCalledTimes(2);
    expect(readdirSync(dir).filter((f) => f.startsWith('t-'))).toHaveLength(2);
  });

  it('rebuild an unreadable file, and neither read nor write when turned off', () => {
    const build = vi.fn(() => [1, 2, 3]);
    derivedTable('t', () => ['v'], build);
    const [file] = readdirSync(dir);
    writeFileSync(join(dir, file!), '{"trunc');
    expect(derivedTable('t', () => ['v'], build)).toEqual([1, 2, 3]);
    expect(build).toHaveBeenCalledTimes(2);
    process.env.EDUGRAPH_DERIVED_CACHE = 'off';
    derivedTable('u', () => ['v'], build);
    derivedTable('u', () => ['v'], build);
    expect(build).toHaveBeenCalledTimes(4);
    expect(readdirSync(dir).some((f) => f.startsWith('u-'))).toBe(false);
  });

  it('key a module by its own source and every source it imports, transitively, and by nothing else', () => {
    const src = mkdtempSync(join(tmpdir(), 'edugraph-closure-'));
    try {
      writeFileSync(join(src, 'a.ts'), "import { b } from './b.ts';\nexport const a = b;\n");
      writeFileSync(join(src, 'b.ts'), "export { c as b } from './sub/c.ts';\n");
      writeFileSync(join(src, 'unrelated.ts'), 'export const u = 1;\n');
      const key = (): string => sourceClosureFingerprint(pathToFileURL(join(src, 'a.ts')));
      // sub/c.ts does not exist yet: the key still forms, and changes once it does
      const missing = key();
      expect(missing).toContain('sub/c.ts:missing');
      mkdirSync(join(src, 'sub'));
      writeFileSync(join(src, 'sub', 'c.ts'), 'export const c = 1;\n');
      const one = key();
      expect(one).not.toBe(missing);
      writeFileSync(join(src, 'unrelated.ts'), 'export const u = 2;\n');
      expect(key()).toBe(one);
      writeFileSync(join(src, 'sub', 'c.ts'), 'export const c = 2;\n');
      expect(key()).not.toBe(one);
    } finally {
      rmSync(src, { recursive: true, force: true });
    }
  });

  it('curated organizations: the names read back from the cache match as the names parsed in memory', async () => {
    const names = ['UNESCO', 'UNICEF', 'the World Bank', 'Asian Development Bank', 'Министерство просвещения Российской Федерации', 'Aga Khan Foundation', 'Kazakh National University', 'ЮНИСЕФ', 'British Council', 'Unversity of Central Asia', 'Fondation Unknown'];
    const answers = async (): Promise<Array<string | null>> => {
      vi.resetModules();
      const { curatedData } = await import('../../seed/data/curated.ts');
      const { gazetteersFor } = await import('../../seed/gazetteer/index.ts');
      const { parseOrgName } = await import('../../seed/resolve/orgName.ts');
      const { matchCuratedOrganization } = await import('../../seed/resolve/curatedMatch.ts');
      const curated = curatedData();
      const g = gazetteersFor(curated);
      return names.map((n) => matchCuratedOrganization(parseOrgName(n, g), curated, g)?.id ?? null);
    };
    process.env.EDUGRAPH_DERIVED_CACHE = 'off';
    const built = await answers();
    expect(built.filter(Boolean).length).toBeGreaterThan(4);
    delete process.env.EDUGRAPH_DERIVED_CACHE;
    await answers(); // writes the file
    const file = readdirSync(dir).find((f) => f.startsWith('curated-organization-names-'));
    expect(file).toBeDefined();
    expect(await answers()).toEqual(built); // reads it back
    // and holds exactly what parsing gives
    vi.resetModules();
    const { curatedData } = await import('../../seed/data/curated.ts');
    const { gazetteersFor } = await import('../../seed/gazetteer/index.ts');
    const { parseOrgName } = await import('../../seed/resolve/orgName.ts');
    const curated = curatedData();
    const g = gazetteersFor(curated);
    const cached = JSON.parse(readFileSync(join(dir, file!), 'utf8')) as Array<[number, unknown]>;
    const parsed = curated.organizations.flatMap((o, i) =>
      [o.name, ...o.aliases, ...(o.acronym ? [o.acronym] : [])].map((n) => [i, parseOrgName(n, g)] as const).filter(([, p]) => p.head),
    );
    expect(cached).toEqual(parsed);
  });

  it('compromise: the CommonJS build a cache miss loads holds the same lexicon as the ES module', () => {
    const esm = (nlp.model() as { one: { lexicon: Record<string, unknown> } }).one.lexicon;
    const cjs = (createRequire(import.meta.url)('compromise') as { model(): { one: { lexicon: Record<string, unknown> } } }).model().one.lexicon;
    expect(Object.keys(cjs).length).toBeGreaterThan(20_000);
    expect(JSON.parse(JSON.stringify(cjs))).toEqual(esm);
  });

  it('cities: the gazetteer read back from its cache file answers as the one built from the package', async () => {
    const names = ['Almaty', 'Bishkek', 'Tashkent', 'Kazan', 'Geneva', 'Springfield', 'Osh', 'Concepcion', 'Savanakhet', 'Qumasi', 'Pokhra', 'Ikitos', 'Santa Cruz', 'Nur-Sultan', 'Jalapa'];
    const answers = async (): Promise<unknown> => {
      vi.resetModules();
      const { CityGazetteer } = await import('../../seed/gazetteer/cities.ts');
      const { curatedData } = await import('../../seed/data/curated.ts');
      const g = new CityGazetteer(curatedData());
      return names.map((n) => [g.lookup(n), g.lookup(n, new Set(['US', 'BO'])), g.lookupLoose(n), g.lookupLoose(n, new Set(['NP', 'PE']))]);
    };
    process.env.EDUGRAPH_DERIVED_CACHE = 'off';
    const built = await answers();
    delete process.env.EDUGRAPH_DERIVED_CACHE;
    await answers(); // writes the file
    expect(readdirSync(dir).some((f) => f.startsWith('cities-'))).toBe(true);
    expect(await answers()).toEqual(built); // reads it back
  });

  it('az: tags built on demand give the parses az gives with all its tags built at load', async () => {
    const words = ['университета', 'Петрова', 'Ивана', 'Казахстане', 'мероприятие', 'приняли', 'Министерства', 'образования', 'Республики', 'Астане', 'педагогов', 'Зуриты', 'акимата', 'Кыргызской', 'Ошского', 'Бишкек', 'ООН'];
    const { parseRu } = await import('../../seed/text/russianMorphology.ts');
    // az as it is, its dictionary loaded as seed loads it (synchronously), in a module instance of its own
    type Tag = Record<string, unknown>;
    type Parse = { tag: Tag; score: number; parser?: string; normalize(): { toString(): string } | false; toString(): string };
    type Az = { load: unknown; Morph: ((w: string, c: object) => Parse[]) & { init(d: string, cb: (e: Error | null) => void): void } };
    const require = createRequire(import.meta.url);
    const path = require.resolve('az');
    const before = require.cache[path];
    delete require.cache[path];
    const az = require('az') as Az;
    if (before) require.cache[path] = before;
    else delete require.cache[path];
    const requests: Array<[string, string, (e: Error | null, d?: unknown) => void]> = [];
    az.load = (url: string, type: string, cb: (e: Error | null, d?: unknown) => void): void => void requests.push([url, type, cb]);
    az.Morph.init(join(dirname(require.resolve('az/package.json')), 'dicts'), () => {});
    for (const [url, type, cb] of requests) {
      const b = readFileSync(url);
      cb(null, type === 'json' ? JSON.parse(b.toString('utf8')) : b.buffer.slice(b.byteOffset, b.byteOffset + b.byteLength));
    }
    for (const w of words) {
      const eager = az.Morph(w, { stutter: 0, typos: 0 }).map((p) => {
        const lemma = p.normalize();
        return [p.toString(), lemma ? lemma.toString() : p.toString(), p.tag.POS ?? null, p.tag.CAse ?? null, p.tag.Name === true, p.tag.Surn === true, p.tag.Geox === true, p.tag.Fixd === true, p.score];
      });
      const lazy = parseRu(w).map((p) => [p.form, p.lemma, p.pos, p.case, p.name, p.surname, p.geo, p.fixed, p.score]);
      expect(lazy).toEqual(eager);
    }
  });
});
