import { inArray } from 'drizzle-orm';
import { areas, region, regionCodes } from '../../schema/database/index';
import type { Database } from '../db';
import { decodeGlobalId } from '../shared/global-id';
import { findApiKey } from './api-keys';
import { organisationByCode, type CodedOrganisation } from './organisation-by-code';
import { TokenRejected, type TokenVerifier } from './tokens';
import { parseRoleClaims, type OversightScope, type RoleGrant, type Viewer } from './viewer';

/** Roles some write action can be allowed to: a token holding none of them (a reader, an auditor) never writes. */
const writingRoles: ReadonlySet<RoleGrant['role']> = new Set(['editor', 'administrator', 'secretariat']);

export type Authentication = { viewer: Viewer } | { failure: string };

/**
 * Which organisation a token's code names is looked up once every few seconds rather than on every request: a
 * dashboard's requests all carry the same token, and the lookup was one statement in four of a small query. A code
 * changed through this process is forgotten at once (`organisationCodesChanged`); another process sharing the
 * database sees the change within `organisationCodeLifetimeMs`. Codes that name nothing are not kept.
 */
const organisationCodeLifetimeMs = 5_000;
const organisationCodesKept = 1_000;
let organisationCodeGeneration = 0;

/** Called when an organisation's code changes, so that no token is taken for the organisation that held it. */
export function organisationCodesChanged(): void {
  organisationCodeGeneration += 1;
}

/**
 * Turns a request's credentials into a viewer, on the server: the organisation comes from a verified token claim
 * or from the API key's record, never from anything else the client sends.
 */
export class Authenticator {
  constructor(
    private readonly db: Database,
    private readonly tokens: TokenVerifier,
  ) {}

  private readonly organisationsByCode = new Map<string, CodedOrganisation & { until: number; generation: number }>();

  /** `db`: the handle to look the organisation, key and scopes up through (a request's, to count its statements). */
  async authenticate(
    headers: { authorization?: string; apiKey?: string },
    db: Database = this.db,
  ): Promise<Authentication> {
    if (headers.authorization) return this.fromBearer(headers.authorization, db);
    if (headers.apiKey) return this.fromApiKey(headers.apiKey, db);
    return { failure: 'Credentials required: send a bearer token or an API key' };
  }

  private async fromBearer(header: string, db: Database): Promise<Authentication> {
    const match = /^Bearer\s+(\S+)$/i.exec(header.trim());
    if (!match) return { failure: 'The Authorization header must be "Bearer <token>"' };
    try {
      const token = await this.tokens.verify(match[1]!);
      return await this.forOrganisation(token.organisationCode, token.roles, token.subject, db);
    } catch (error) {
      if (error instanceof TokenRejected) return { failure: error.message };
      throw error;
    }
  }

  /**
   * The viewer a verified token with these claims makes: also what a command run on the server itself (`npm run
   * export -- --org … --role …`) acts as, its operator vouching for the claims as an issuer would.
   */
  async forOrganisation(
    organisationCode: string,
    roleClaims: unknown,
    subject: string,
    db: Database = this.db,
  ): Promise<Authentication> {
    const organisation = await this.organisationNamed(organisationCode, db);
    if (!organisation) return { failure: `Organisation "${organisationCode}" is not in the registry` };
    const roles = await this.grants(roleClaims, db);
    const viewer: Viewer = {
      subject,
      organisationId: organisation.id,
      // A retired code still names its organisation; the viewer carries the code it has now.
      organisationCode: organisation.code ?? organisationCode,
      roles,
      canWrite: roles.some((grant) => writingRoles.has(grant.role)),
      via: 'token',
    };
    return { viewer };
  }

  private async organisationNamed(code: string, db: Database): Promise<CodedOrganisation | undefined> {
    const kept = this.organisationsByCode.get(code);
    if (kept && kept.generation === organisationCodeGeneration && Date.now() < kept.until) return kept;
    const generation = organisationCodeGeneration;
    const organisation = await organisationByCode(db, code);
    this.organisationsByCode.delete(code);
    if (!organisation) return undefined;
    if (this.organisationsByCode.size >= organisationCodesKept) {
      this.organisationsByCode.delete(this.organisationsByCode.keys().next().value!);
    }
    const until = Date.now() + organisationCodeLifetimeMs;
    this.organisationsByCode.set(code, { ...organisation, until, generation });
    return organisation;
  }

  private async fromApiKey(secret: string, db: Database): Promise<Authentication> {
    const holder = await findApiKey(db, secret.trim());
    if (!holder) return { failure: 'The API key is not valid' };
    const viewer: Viewer = {
      subject: `api-key:${holder.keyId}`,
      organisationId: holder.organisationId,
      organisationCode: holder.organisationCode ?? holder.organisationId,
      roles: [{ role: holder.canWrite ? 'editor' : 'reader' }],
      canWrite: holder.canWrite,
      via: 'api-key',
    };
    return { viewer };
  }

  /**
   * Scoped roles name a body by global id, or what an auditor oversees: an area by GSS code, a region, or England.
   * Ones that name nothing grant nothing.
   */
  private async grants(claims: unknown, db: Database): Promise<RoleGrant[]> {
    const parsed = parseRoleClaims(claims);
    const areaCodes = parsed.flatMap((claim) =>
      claim.role === 'auditor' && !oversightBeyondArea(claim.scope!) ? [claim.scope!] : [],
    );
    const areaIds = new Map<string, string>();
    if (areaCodes.length) {
      const rows = await db
        .select({ id: areas.id, code: areas.code })
        .from(areas)
        .where(inArray(areas.code, areaCodes));
      for (const row of rows) areaIds.set(row.code, row.id);
    }
    const grants: RoleGrant[] = [];
    for (const claim of parsed) {
      if (claim.role === 'secretariat') {
        const decoded = decodeGlobalId(claim.scope!);
        if (decoded?.type === 'Body') grants.push({ role: 'secretariat', bodyId: decoded.rowId });
      } else if (claim.role === 'auditor') {
        const areaId = areaIds.get(claim.scope!);
        const scope = oversightBeyondArea(claim.scope!) ?? (areaId ? { kind: 'AREA' as const, areaId } : null);
        if (scope) grants.push({ role: 'auditor', scope });
      } else {
        grants.push({ role: claim.role });
      }
    }
    return grants;
  }
}

/**
 * `england`, or `region:<region>` naming one of the nine by its GSS code (E12000005) or its registry name
 * (WEST_MIDLANDS), in any case. Null for anything else, which may be an area's code.
 */
export function oversightBeyondArea(scope: string): OversightScope | null {
  const lower = scope.toLowerCase();
  if (lower === 'england') return { kind: 'ENGLAND' };
  if (!lower.startsWith('region:')) return null;
  const named = scope.slice('region:'.length).toUpperCase();
  const found = region.enumValues.find((name) => name === named || regionCodes[name] === named);
  return found ? { kind: 'REGION', region: found } : null;
}
