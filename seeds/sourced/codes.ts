import { codesTidiedOn, organisationCodeStyle } from '../../src/modules/organisations/organisation-code';

/**
 * Codes retired by migration 0016, by the declaration key that was their code: camel-cased roles, an `org/` prefix
 * naming no area, and a third segment. The keys stay as they were, since every seeded row's id is derived from
 * them and a global id must name the same organisation in a migrated database and a new one; the code alone
 * changes. The migration renames exactly these (a test holds the two lists together).
 */
export const retiredCodes: Readonly<Record<string, string>> = {
  'cambridgeshire/acuteTrust': 'cambridgeshire/acute-trust',
  'cambridgeshire/jobcentrePlus': 'cambridgeshire/jobcentre-plus',
  'lancashire/acuteTrust': 'lancashire/acute-trust',
  'lancashire/jobcentrePlus': 'lancashire/jobcentre-plus',
  'lancashire/school-council/primary-1': 'lancashire/school-council-primary-1',
  'lancashire/school-council/primary-10': 'lancashire/school-council-primary-10',
  'lancashire/school-council/primary-11': 'lancashire/school-council-primary-11',
  'lancashire/school-council/primary-12': 'lancashire/school-council-primary-12',
  'lancashire/school-council/primary-2': 'lancashire/school-council-primary-2',
  'lancashire/school-council/primary-3': 'lancashire/school-council-primary-3',
  'lancashire/school-council/primary-4': 'lancashire/school-council-primary-4',
  'lancashire/school-council/primary-5': 'lancashire/school-council-primary-5',
  'lancashire/school-council/primary-6': 'lancashire/school-council-primary-6',
  'lancashire/school-council/primary-7': 'lancashire/school-council-primary-7',
  'lancashire/school-council/primary-8': 'lancashire/school-council-primary-8',
  'lancashire/school-council/primary-9': 'lancashire/school-council-primary-9',
  'lancashire/school-council/special-1': 'lancashire/school-council-special-1',
  'lancashire/school-council/special-2': 'lancashire/school-council-special-2',
  'lancashire/school-council/special-3': 'lancashire/school-council-special-3',
  'merton/acuteTrust': 'merton/acute-trust',
  'merton/jobcentrePlus': 'merton/jobcentre-plus',
  'org/berkshire-west-pct': 'reading/pct',
  'org/black-country-csip': 'walsall/black-country-csip',
  'org/metropolitan-police': 'merton/police',
  'org/serco': 'walsall/serco',
  'org/sutton-and-merton-pct': 'merton/pct',
  'org/west-midlands-police': 'walsall/police',
  'staffordshire/district-council/cannock-chase': 'staffordshire/district-council-cannock-chase',
  'staffordshire/district-council/east-staffordshire': 'staffordshire/district-council-east-staffordshire',
  'staffordshire/district-council/lichfield': 'staffordshire/district-council-lichfield',
  'staffordshire/district-council/newcastle-under-lyme': 'staffordshire/district-council-newcastle-under-lyme',
  'staffordshire/district-council/south-staffordshire': 'staffordshire/district-council-south-staffordshire',
  'staffordshire/district-council/stafford': 'staffordshire/district-council-stafford',
  'staffordshire/district-council/staffordshire-moorlands': 'staffordshire/district-council-staffordshire-moorlands',
  'staffordshire/district-council/tamworth': 'staffordshire/district-council-tamworth',
  'staffordshire/pct-before-2006/burntwood-lichfield-tamworth': 'staffordshire/pct-burntwood-lichfield-tamworth',
  'staffordshire/pct-before-2006/cannock-chase': 'staffordshire/pct-cannock-chase',
  'staffordshire/pct-before-2006/east-staffordshire': 'staffordshire/pct-east-staffordshire',
  'staffordshire/pct-before-2006/newcastle-under-lyme': 'staffordshire/pct-newcastle-under-lyme',
  'staffordshire/pct-before-2006/south-western-staffordshire': 'staffordshire/pct-south-western-staffordshire',
  'staffordshire/pct-before-2006/staffordshire-moorlands': 'staffordshire/pct-staffordshire-moorlands',
  'sunderland/jobcentrePlus': 'sunderland/jobcentre-plus',
  'torbay/acuteTrust': 'torbay/acute-trust',
  'torbay/jobcentrePlus': 'torbay/jobcentre-plus',
  'torbay/mentalHealthTrust': 'torbay/mental-health-trust',
};

/** The registry code of the organisation declared under this key. */
export function codeOf(key: string): string {
  const code = retiredCodes[key] ?? key;
  if (!organisationCodeStyle.test(code))
    throw new Error(`Sourced seed: "${code}" is not a registry code in the house style`);
  return code;
}

export { codesTidiedOn };
