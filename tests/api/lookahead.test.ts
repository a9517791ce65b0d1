import { Kind, parse, type FieldNode, type FragmentDefinitionNode, type OperationDefinitionNode } from 'graphql';
import { describe, expect, it } from 'vitest';
import { collaboratorsFieldKey, COLLABORATION_EVIDENCE, selects } from '../../api/resolvers/lookahead.ts';

/** The resolve info of the first field of a query, as far as lookahead reads it. */
function infoOf(query: string) {
  const doc = parse(query);
  const op = doc.definitions.find((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION)!;
  const fragments = Object.fromEntries(
    doc.definitions.filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION).map((f) => [f.name.value, f]),
  );
  return { fieldNodes: [op.selectionSet.selections[0] as FieldNode], fragments };
}

describe('lookahead', () => {
  it('sees a subfield asked for directly, in inline fragments and in named fragments, but not deeper', () => {
    expect(selects(infoOf('{ collaborators(id: "org:a") { weight sources { evidence } } }'), COLLABORATION_EVIDENCE)).toBe(true);
    expect(selects(infoOf('{ collaborators(id: "org:a") { weight ... on Collaboration { involvements { role } } } }'), COLLABORATION_EVIDENCE)).toBe(true);
    expect(selects(infoOf('{ collaborators(id: "org:a") { ...F } } fragment F on Collaboration { weight ...G } fragment G on Collaboration { sources { evidence } }'), COLLABORATION_EVIDENCE)).toBe(true);
    expect(selects(infoOf('{ collaborators(id: "org:a") { weight organization { id collaborators { sources { evidence } } } } }'), COLLABORATION_EVIDENCE)).toBe(false);
    expect(selects(infoOf('{ collaborators(id: "org:a") { weight sharedEvents { id } } }'), COLLABORATION_EVIDENCE)).toBe(false);
  });

  it('survives fragments that spread each other', () => {
    expect(selects(infoOf('{ collaborators(id: "org:a") { ...F } } fragment F on Collaboration { weight ...F }'), COLLABORATION_EVIDENCE)).toBe(false);
  });

  it('keys the collaborators loader by page size and evidence, checking the page size like the field does', () => {
    const plain = infoOf('{ collaborators(id: "org:a") { weight } }');
    const withEvidence = infoOf('{ collaborators(id: "org:a") { sources { evidence } } }');
    expect(collaboratorsFieldKey('org:a', {}, plain)).not.toBe(collaboratorsFieldKey('org:a', {}, withEvidence));
    expect(collaboratorsFieldKey('org:a', {}, plain)).toBe(collaboratorsFieldKey('org:a', { first: 20 }, plain));
    expect(() => collaboratorsFieldKey('org:a', { first: 101 }, plain)).toThrow(/'first' must be from 1 to 100/);
  });
});
