import type { SourcedBuilder } from './builder-plans';
import { generic, synthetic } from './citations';
import { retiredCodes } from './codes';
import { registryEpoch } from './dates';
import type { SourcedRows } from './tables';

type OrganisationKind = SourcedRows['organisations'][number]['kind'];
type Sector = SourcedRows['organisations'][number]['sector'];

/** Partners every area has, whether or not a source names them (003 Table 1; 004 ¶42). */
export type PartnerRole =
  | 'police'
  | 'policeAuthority'
  | 'probation'
  | 'yot'
  | 'connexions'
  | 'lsc'
  | 'vcs'
  | 'jobcentrePlus'
  | 'fire'
  | 'acuteTrust'
  | 'mentalHealthTrust'
  | 'feCollege';

/** What the declarations of one area share: its code, its council and where its partners are. */
export interface AreaContext {
  /** Prefix of every key in the area: 'staffordshire'. */
  slug: string;
  /** GSS code of the upper-tier area. */
  code: string;
  name: string;
  /** Key and name of the host council (003 App. 1). */
  council: string;
  councilName: string;
  twoTier: boolean;
  /** Keys of the area's PCTs (or care trust) as at 2008. */
  pcts: string[];
  /** Keys of partners declared elsewhere (e.g. a police force shared by several areas). */
  partners?: Partial<Record<PartnerRole, string>>;
}

interface GenericPartner {
  label: string;
  kind: OrganisationKind;
  sector: Sector;
}

const genericPartners: Record<PartnerRole, GenericPartner> = {
  police: { label: 'Police service', kind: 'POLICE_SERVICE', sector: 'PUBLIC' },
  policeAuthority: { label: 'Police authority', kind: 'POLICE_AUTHORITY', sector: 'PUBLIC' },
  probation: { label: 'Probation service', kind: 'PROBATION_SERVICE', sector: 'PUBLIC' },
  yot: { label: 'Youth offending team', kind: 'YOUTH_OFFENDING_TEAM', sector: 'PUBLIC' },
  connexions: { label: 'Connexions partnership', kind: 'CONNEXIONS', sector: 'PUBLIC' },
  lsc: { label: 'Learning and Skills Council local office', kind: 'LEARNING_AND_SKILLS_COUNCIL', sector: 'PUBLIC' },
  // Nearly two thirds of VCS board members come from a council for voluntary service (003 ¶139).
  vcs: { label: 'Council for voluntary service', kind: 'VOLUNTARY_AND_COMMUNITY', sector: 'VOLUNTARY_AND_COMMUNITY' },
  jobcentrePlus: { label: 'Jobcentre Plus district', kind: 'JOBCENTRE_PLUS', sector: 'PUBLIC' },
  fire: { label: 'Fire and rescue service', kind: 'FIRE_SERVICE', sector: 'PUBLIC' },
  acuteTrust: { label: 'Acute hospitals NHS trust', kind: 'NHS_TRUST', sector: 'PUBLIC' },
  mentalHealthTrust: { label: 'Mental health NHS trust', kind: 'NHS_TRUST', sector: 'PUBLIC' },
  feCollege: { label: 'Further education college', kind: 'FE_COLLEGE', sector: 'PUBLIC' },
};

/**
 * The key a partner of this role has (or would have) in the area: the role in kebab case, except where the
 * camel-cased key was already a code (it still fixes the row's id; see codes.ts).
 */
export function partnerKey(ctx: AreaContext, role: PartnerRole): string {
  const declared = ctx.partners?.[role];
  if (declared) return declared;
  const firstKey = `${ctx.slug}/${role}`;
  return firstKey in retiredCodes ? firstKey : `${ctx.slug}/${role.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}`;
}

/**
 * The area's partner in a role. Where no declaration names one, a plainly labelled synthetic organisation
 * ("Youth offending team (Torbay)") stands in: the sources name almost no partners of the real areas.
 */
export function partner(b: SourcedBuilder, ctx: AreaContext, role: PartnerRole): string {
  const key = partnerKey(ctx, role);
  if (b.has(key)) return key;
  const { label, kind, sector } = genericPartners[role];
  b.organisation(key, {
    name: `${label} (${ctx.name})`,
    kind,
    sector,
    area: ctx.code,
    validFrom: registryEpoch,
    prov: synthetic(generic.partnerKinds, generic.relevantPartners),
  });
  return key;
}
