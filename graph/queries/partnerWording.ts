import type { InvolvementType } from './nodeRecord.ts';

/** How a partner suggestion's sentences name a role, shared by the flat reasons and the grouped ones. */
export const ROLE_VERB: Record<InvolvementType, string> = {
  ORGANIZED: 'organized',
  PARTNERED: 'was a partner of',
  HOSTED: 'hosted',
  PARTICIPATED_IN: 'took part in',
};

export const ROLE_NOUN: Record<InvolvementType, string> = {
  ORGANIZED: 'an organizer',
  PARTNERED: 'a partner',
  HOSTED: 'the host',
  PARTICIPATED_IN: 'a participant',
};

// Names that carry their own quotes are not wrapped again.
export const quoted = (s: string): string => (/[“”«»"]/.test(s) ? s : `“${s}”`);
