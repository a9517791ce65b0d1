/** Points of each signal of a partner suggestion; see README.md "Partner suggestions". */
export const PARTNER_WEIGHTS = {
  /** per topic the candidate presents a practice on */
  topicPractice: 3,
  /** per topic the candidate took part in an event on (when not already counted by a practice) */
  topicEvent: 2,
  /** per event the candidate shared with you (at most 3 count) */
  metYou: 1,
  /** per partner of yours the candidate took part in an event with (at most 3 count) */
  viaPartner: 1,
  cap: 3,
} as const;
