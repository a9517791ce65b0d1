import { describe, expect, it } from 'vitest';
import {
  applyMigrations,
  ConstraintViolationError,
  Graph,
  LATEST_SCHEMA_VERSION,
  NAME_INDEX,
  schemaVersion,
  SchemaVersionError,
  type Migration,
} from '../../graph/index.ts';
import { useEmptyGraph } from '../support/testGraph.ts';

let graph: Graph;

useEmptyGraph((g) => (graph = g));

async function schemaShape(): Promise<string[]> {
  // SHOW INDEXES lists constraint-backed indexes too, under the constraint's name.
  const rows = await graph.readRows<{ name: string }>('SHOW INDEXES YIELD name RETURN name');
  return rows.map((r) => r.name).sort();
}

describe('schema migrations', () => {
  it('applies idempotently: a second run changes nothing and keeps the recorded version', async () => {
    const before = await schemaShape();
    const again = await applyMigrations(graph);
    expect(again.applied).toEqual([]);
    expect(again.to).toBe(LATEST_SCHEMA_VERSION);
    expect(await schemaVersion(graph)).toBe(LATEST_SCHEMA_VERSION);
    expect(await schemaShape()).toEqual(before);
    expect(before).toEqual(expect.arrayContaining(['organization_id', 'person_id', 'report_id', 'entity_id', NAME_INDEX]));
  });

  it('rejects a second node with the same id', async () => {
    await graph.writeRows("CREATE (:Entity:Organization {id: 'org:unesco', name: 'UNESCO'})");
    await expect(graph.writeRows("CREATE (:Entity:Organization {id: 'org:unesco', name: 'UNESCO again'})")).rejects.toBeInstanceOf(
      ConstraintViolationError,
    );
  });

  it('finds an entity by an alias in Latin and in Cyrillic, ignoring case and diacritics', async () => {
    await graph.writeRows(
      `CREATE (:Entity:Organization {id: 'org:investment-in-the-future', name: 'Investment in the Future',
              aliases: ['Investment in the Future', 'Contribution to the Future', 'Вклад в будущее', 'Fondation Éducation']})`,
    );
    const find = async (q: string): Promise<string[]> =>
      (
        await graph.readRows<{ id: string }>(
          `CALL db.index.fulltext.queryNodes($index, $q) YIELD node RETURN node.id AS id`,
          { index: NAME_INDEX, q },
        )
      ).map((r) => r.id);
    expect(await find('contribution future')).toEqual(['org:investment-in-the-future']);
    expect(await find('Вклад в будущее')).toEqual(['org:investment-in-the-future']);
    expect(await find('ВКЛАД')).toEqual(['org:investment-in-the-future']);
    expect(await find('fondation education')).toEqual(['org:investment-in-the-future']);
  });

  it('refuses a graph whose schema is newer than the code knows', async () => {
    const newer: Migration[] = [{ version: LATEST_SCHEMA_VERSION + 1, description: 'from the future', statements: [] }];
    await applyMigrations(graph, newer);
    try {
      await expect(applyMigrations(graph)).rejects.toThrow(SchemaVersionError);
      await expect(applyMigrations(graph)).rejects.toThrow(
        `schema version ${LATEST_SCHEMA_VERSION + 1}, newer than this EduGraph knows (${LATEST_SCHEMA_VERSION})`,
      );
    } finally {
      await graph.writeRows("MATCH (s:EduGraphSchema {id: 'schema'}) SET s.version = $v", { v: LATEST_SCHEMA_VERSION });
    }
  });
});
