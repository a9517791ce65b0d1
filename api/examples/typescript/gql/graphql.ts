/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
export type FindOrganizationQueryVariables = Exact<{
  text: string;
}>;


export type FindOrganizationQuery = { search: Array<{ node:
      | { id: string, name: string }
      | { id: string, name: string }
      | { id: string, name: string }
      | { id: string, name: string }
      | { id: string, name: string }
      | { id: string, name: string }
      | { id: string, name: string }
      | { id: string, name: string }
     }> };

export type CollaboratorsQueryVariables = Exact<{
  id: string | number;
  first?: number | null | undefined;
}>;


export type CollaboratorsQuery = { collaborators: Array<{ weight: number, organization: { id: string, name: string, countryCode: string | null }, sharedEvents: Array<{ name: string, startDate: string | null }> }> };

export class TypedDocumentString<TResult, TVariables>
  extends String
  implements DocumentTypeDecoration<TResult, TVariables>
{
  __apiType?: NonNullable<DocumentTypeDecoration<TResult, TVariables>['__apiType']>;
  private value: string;
  public __meta__?: Record<string, any> | undefined;

  constructor(value: string, __meta__?: Record<string, any> | undefined) {
    super(value);
    this.value = value;
    this.__meta__ = __meta__;
  }

  override toString(): string & DocumentTypeDecoration<TResult, TVariables> {
    return this.value;
  }
}

export const FindOrganizationDocument = new TypedDocumentString(`
    query FindOrganization($text: String!) {
  search(text: $text, types: [Organization], first: 1) {
    node {
      id
      name
    }
  }
}
    `) as unknown as TypedDocumentString<FindOrganizationQuery, FindOrganizationQueryVariables>;
export const CollaboratorsDocument = new TypedDocumentString(`
    query Collaborators($id: ID!, $first: Int) {
  collaborators(id: $id, first: $first) {
    weight
    organization {
      id
      name
      countryCode
    }
    sharedEvents {
      name
      startDate
    }
  }
}
    `) as unknown as TypedDocumentString<CollaboratorsQuery, CollaboratorsQueryVariables>;