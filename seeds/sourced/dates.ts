/**
 * Date conventions for sourced records. The sources mostly give years, not days, and `valid_from` is required, so
 * every date below is a stated convention rather than a fact unless a comment says otherwise.
 */

/**
 * A year the sources give without month or day ("Established 2005", 003 Table 3) starts on 1 April, the start of
 * the local government and NHS financial year. Month and day are a convention.
 */
export const yearStart = (year: number): string => `${year}-04-01`;

/**
 * The registry's epoch. Councils, police forces and partnerships that already existed when the Children Act 2004
 * came in start here: their earlier history is out of the registry's scope, so this is a convention, not a
 * founding date.
 */
export const registryEpoch = '2004-04-01';

/**
 * 003 assesses "the progress of children's trusts up to April 2008" (003 ¶7). Bodies and posts it describes as
 * existing, without saying since when, are recorded from this date: the latest date they are attested by, so
 * never earlier than the truth.
 */
export const attestedBy003 = '2008-04-01';

/** Bodies named in the DCSF consultation's list of respondents (000), which answered draft guidance of April 2008. */
export const attestedBy000 = '2008-04-01';

/** Each local authority "was expected to have an LSCB in place by April 2006" (003 Glossary). */
export const lscbDeadline = '2006-04-01';

/**
 * "At October 2006, there was a reduction in the number of primary care trusts in England from 303 to 152"
 * (004 ¶66).
 */
export const pctReorganisation = '2006-10-01';

/**
 * Background (no source states it): the Apprenticeships, Skills, Children and Learning Act 2009 put children's
 * trust boards on a statutory footing from 1 April 2010, as 001 ¶4 says government planned.
 */
export const statutoryBoards = '2010-04-01';

/** The date at which board sizes are compared with 003 Table 3: the report's publication, October 2008. */
export const tableThreeAsAt = '2008-10-01';

/** The later of two ISO dates. */
export const laterOf = (a: string, b: string): string => (a > b ? a : b);
