export { resolveAgainstKnown, type KnownEntity, type KnownMerge, type ResolveAgainstKnownOptions, type ResolveAgainstKnownResult } from './resolveAgainstKnown.ts';
export { searchKeysFor } from './searchKeysFor.ts';
export { eventSimilarity, EVENT_DATE_WINDOW_DAYS, type EventFacts } from './eventSimilarity.ts';
export { parseOrgName, orgSimilarity, type OrgName } from './orgName.ts';
export { MERGE_THRESHOLD, SUGGEST_THRESHOLD } from './resolveMentions.ts';
