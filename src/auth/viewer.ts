import type { region } from '../../schema/database/index';

export type RegionName = (typeof region.enumValues)[number];

/**
 * What an auditor or inspector oversees: one area (with the areas within it), one English region (every area in it,
 * with the areas within those), or the whole of England, as the Audit Commission's national studies do (003 App. 1:
 * a study under s33 of the Audit Commission Act 1998, sampled across the English regions).
 */
export type OversightScope =
  { kind: 'AREA'; areaId: string } | { kind: 'REGION'; region: RegionName } | { kind: 'ENGLAND' };

/**
 * Roles a viewer can hold. Scoped ones name what they cover: a secretariat serves one body, an auditor or inspector
 * oversees an area, a region or England.
 */
export type RoleGrant =
  | { role: 'reader' }
  | { role: 'editor' }
  | { role: 'administrator' }
  | { role: 'secretariat'; bodyId: string }
  | { role: 'auditor'; scope: OversightScope };

export type RoleName = RoleGrant['role'];

/** Who is asking: always tied to one partner organisation, resolved on the server from verified credentials. */
export interface Viewer {
  /** Token subject, or `api-key:<id>` for machine clients. */
  subject: string;
  organisationId: string;
  organisationCode: string;
  roles: RoleGrant[];
  /** Machine clients are read-only unless their key was granted writing. */
  canWrite: boolean;
  via: 'token' | 'api-key';
}

export function hasRole(viewer: Viewer, role: RoleName): boolean {
  return viewer.roles.some((grant) => grant.role === role);
}

/** Reading one's own organisation's confidential facts needs a reader, editor or administrator role. */
export function actsForOwnOrganisation(viewer: Viewer): boolean {
  return hasRole(viewer, 'reader') || hasRole(viewer, 'editor') || hasRole(viewer, 'administrator');
}

/** Changing one's own organisation's records needs an editor or administrator role. */
export function mayEdit(viewer: Viewer): boolean {
  return hasRole(viewer, 'editor') || hasRole(viewer, 'administrator');
}

/**
 * Token role claims as the registry reads them: `reader`, `editor`, `administrator`, `secretariat:<body id>`,
 * `auditor:<area code>`, `auditor:region:<region>` and `auditor:england`. Anything else is ignored: unknown roles
 * grant nothing. The scope is kept as written; `Authenticator` resolves it against the registry.
 */
export interface ParsedRoleClaim {
  role: RoleName;
  scope?: string;
}

export function parseRoleClaims(claims: unknown): ParsedRoleClaim[] {
  const values = Array.isArray(claims) ? claims : typeof claims === 'string' ? claims.split(/[\s,]+/) : [];
  const parsed: ParsedRoleClaim[] = [];
  for (const value of values) {
    if (typeof value !== 'string') continue;
    const [role = '', ...rest] = value.trim().split(':');
    const scope = rest.join(':') || undefined;
    const name = role.toLowerCase();
    if ((name === 'reader' || name === 'editor' || name === 'administrator') && !scope) parsed.push({ role: name });
    if ((name === 'secretariat' || name === 'auditor') && scope) parsed.push({ role: name, scope });
  }
  return parsed;
}

/** The organisation of a viewer that stands for none: no row has this id, so it is owner, partner and party of nothing. */
export const noOrganisation = '00000000-0000-0000-0000-000000000000';

/**
 * What any authenticated reader sees and nothing more: public structure, no confidential field. For commands run on
 * the server that are given no identity (`npm run export` without `--org` or `--api-key`).
 */
export function publicReader(subject: string): Viewer {
  return { subject, organisationId: noOrganisation, organisationCode: '', roles: [], canWrite: false, via: 'token' };
}
