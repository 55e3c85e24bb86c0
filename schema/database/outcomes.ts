import { pgEnum } from 'drizzle-orm/pg-core';

/** The five Every Child Matters outcomes (003 ¶23). */
export const ecmOutcome = pgEnum('ecm_outcome', [
  'BE_HEALTHY',
  'STAY_SAFE',
  'ENJOY_AND_ACHIEVE',
  'POSITIVE_CONTRIBUTION',
  'ECONOMIC_WELLBEING',
]);
