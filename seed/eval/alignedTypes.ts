/** Entity types aligned between gold and extraction (relations need all of them as endpoints). */
export const ALIGNED_TYPES = ['Organization', 'Person', 'Country', 'City', 'Event', 'Practice', 'Topic'] as const;
export type AlignedType = (typeof ALIGNED_TYPES)[number];

/** The types counted in the entity micro-average (practices and topics are descriptions, not names). */
export const NAMED_TYPES: readonly AlignedType[] = ['Organization', 'Person', 'Country', 'City', 'Event'];
