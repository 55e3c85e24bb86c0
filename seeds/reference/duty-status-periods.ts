import type { SourceCitation, dutyStatusValue, organisationKind } from '../../schema/database/index';
import { cite } from './citations';

export type OrganisationKind = (typeof organisationKind.enumValues)[number];
export type DutyStatusValue = (typeof dutyStatusValue.enumValues)[number];

/** One status of one organisation kind under the Children Act 2004 s10 duty, over a period (end exclusive). */
export interface DutyStatusPeriod {
  kind: OrganisationKind;
  status: DutyStatusValue;
  validFrom: string;
  validTo: string | null;
  sources: SourceCitation[];
}

/**
 * Section 10 came into force on 1 April 2005, the start of the 2005-06 financial year. The day itself is background
 * knowledge (the commencement order), since no source gives it; the sources do place the duty's statutory guidance in
 * 2005 (003 ¶28; 001 App. 1, "Statutory guidance released 2005") and expect arrangements "by 2006" (004 ¶42). Before
 * this date the regime did not exist, so no kind has a status under it.
 */
export const section10InForce = '2005-04-01';

/**
 * The planned extension of the duty to schools, sixth form and FE colleges and Jobcentre Plus (001 ¶4), dated
 * 1 November 2008. The sources date the plan only to the month: the revised statutory guidance "will be published in
 * November" (000 Background), and 001 App. 1 lists the extension among the "Legislative changes" of the "Statutory
 * guidance released 2008", which 001 ¶1 describes as already issued on 001's date, 3 December 2008. Earlier dates were
 * considered and rejected: the April 2008 draft guidance (003 ¶45) did not propose it (it "makes clear that the duty
 * to cooperate applies only to relevant partners and not to schools", 000 Q11), and 000 gives only the closing date
 * (25 September 2008) of the DCSF consultation on legislative options, not what that consultation proposed.
 *
 * The status is left open. 002 (January 2010, Q1 i) welcomes "the changes made through the ASCL Act 2009", but no
 * source says which changes those were or when they came into force, so we do not close the proposal on a date we
 * could not cite. (Background, unverified here: the extension took effect in April 2010.)
 */
export const extensionProposed = '2008-11-01';

const table1 = cite('auditCommission2008', 'Table 1');
const table6 = cite('auditCommission2008', 'Table 6');
const section10Partners = cite('pathfinderEvaluation2007', '¶42');
const leicestershireKeyPartners = cite('leicestershireReport2008', 'App. 1');

/** 003 Table 1's "Relevant statutory partners (duty to cooperate)", which 004 ¶42 gives as the s10(4) list. */
const relevantPartners: [OrganisationKind, SourceCitation[]][] = [
  ['LOCAL_AUTHORITY', [table1, section10Partners, table6]],
  ['DISTRICT_COUNCIL', [table1, section10Partners]],
  // Table 1's "Police and police authorities": 004 ¶42 names the authority, 001 App. 1 and Table 6 the police.
  ['POLICE_SERVICE', [table1, leicestershireKeyPartners, table6]],
  ['POLICE_AUTHORITY', [table1, section10Partners]],
  ['PROBATION_SERVICE', [table1, section10Partners, leicestershireKeyPartners]],
  ['YOUTH_OFFENDING_TEAM', [table1, section10Partners, leicestershireKeyPartners, table6]],
  /*
   * The sources conflict on SHAs. 003 Table 1 lists the "Strategic health authority" as a relevant statutory
   * partner and 004 ¶42 quotes s10(4) naming "the strategic health authority", but 003's note I to ¶101 says "SHAs are
   * neither duty to cooperate or named partners". We record the duty: two sources, one of them restating the Act's
   * own list, outweigh a footnote that sits beside ¶40's account of LAA "named partners" and may mean that regime.
   * The footnote is cited too, marked as contrary, so the conflict stays visible to anyone reading the row.
   */
  [
    'STRATEGIC_HEALTH_AUTHORITY',
    [table1, section10Partners, cite('auditCommission2008', '¶101 note I (contrary)')],
  ],
  ['PRIMARY_CARE_TRUST', [table1, section10Partners, table6]],
  ['CONNEXIONS', [table1, section10Partners, table6]],
  ['LEARNING_AND_SKILLS_COUNCIL', [table1, section10Partners, table6]],
];

/** 003 Table 1's "Other partners (no duty to cooperate)" outside the planned extension, and Table 6's fire service. */
const otherPartners: [OrganisationKind, SourceCitation[]][] = [
  ['CHILDREN_YOUNG_PEOPLE_AND_FAMILIES', [table1]],
  // s10 "did not place a statutory duty to cooperate on general practitioners" (004 ¶42).
  ['PRIMARY_CARE_PROVIDER', [table1, section10Partners]],
  ['NHS_TRUST', [table1]],
  ['VOLUNTARY_AND_COMMUNITY', [table1, table6]],
  ['PRIVATE_SECTOR', [table1, table6]],
  ['FIRE_SERVICE', [table6]],
];

const plannedExtension = cite('leicestershireReport2008', '¶4');
const guidance2008 = cite('leicestershireReport2008', 'App. 1');
const publishedInNovember = cite('consultationSummary2008', 'Background');

/**
 * Kinds with no duty until the extension was proposed. Academies are included: 001 ¶4 says "all schools", 003 Table 1
 * groups "Schools, colleges, academies, FE colleges" in one row, and respondents asked for "schools, including
 * Academies" to be made relevant partners (000 Q5). School Forums (001 App. 1) are not an organisation kind here.
 */
const extendedPartners: [OrganisationKind, SourceCitation[], SourceCitation[]][] = [
  ['SCHOOL', [table1, table6, section10Partners], [plannedExtension, guidance2008, publishedInNovember]],
  ['ACADEMY', [table1], [plannedExtension, cite('consultationSummary2008', 'Q5'), publishedInNovember]],
  ['SIXTH_FORM_COLLEGE', [table1], [plannedExtension, guidance2008, publishedInNovember]],
  ['FE_COLLEGE', [table1], [plannedExtension, guidance2008, publishedInNovember]],
  // Jobcentre Plus is in 001 ¶4's plan (and ¶8's interim advice) but not in App. 1's list of legislative changes.
  ['JOBCENTRE_PLUS', [table1], [plannedExtension, cite('leicestershireReport2008', '¶8'), publishedInNovember]],
];

/*
 * Kinds without a row, because no source settles their status as a kind: CARE_TRUST; OTHER_HEALTH_BODY (Table 6
 * marks "Other health bodies" Y, but the kind mixes bodies Table 1 puts on both sides, SHAs with the duty and NHS
 * trusts without); YOUTH_JUSTICE_BOARD; OTHER. Record their status per organisation when a source gives it.
 * No period is closed either: the sources end before Connexions, the LSC or SHAs were abolished.
 */

/** Every period, in a fixed order. Periods for one kind meet end to start and never overlap. */
export const dutyStatusPeriods: readonly DutyStatusPeriod[] = [
  ...relevantPartners.map(([kind, sources]): DutyStatusPeriod => ({
    kind,
    status: 'DUTY_TO_COOPERATE',
    validFrom: section10InForce,
    validTo: null,
    sources,
  })),
  ...otherPartners.map(([kind, sources]): DutyStatusPeriod => ({
    kind,
    status: 'NO_DUTY',
    validFrom: section10InForce,
    validTo: null,
    sources,
  })),
  ...extendedPartners.flatMap(([kind, before, after]): DutyStatusPeriod[] => [
    { kind, status: 'NO_DUTY', validFrom: section10InForce, validTo: extensionProposed, sources: before },
    { kind, status: 'PROPOSED_DUTY', validFrom: extensionProposed, validTo: null, sources: after },
  ]),
];
