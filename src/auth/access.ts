import { and, eq, inArray, or, sql } from 'drizzle-orm';
import { areas, deniedWrites, memberships, readAudit } from '../../schema/database/index';
import { selectRows, type Database } from '../db';
import { anyOf } from '../shared/any-of';
import { holdsOn, today } from '../shared/dates';
import { actions, isWrite, type Action, type Relation } from './actions';
import { actsForOwnOrganisation, hasRole, mayEdit, noOrganisation, type Viewer } from './viewer';

/** What a record says about who stands in which relation to it. */
export interface Anchors {
  /** The record is public whatever the action (e.g. a published commitment). */
  public?: boolean;
  owners?: (string | null | undefined)[];
  hosts?: (string | null | undefined)[];
  /** Organisations already party to the record's arrangement: its host and its contributors. */
  parties?: (string | null | undefined)[];
  /** Bodies whose partners and secretariat the record concerns. */
  bodies?: (string | null | undefined)[];
  /** Areas whose auditors may see it. */
  areas?: (string | null | undefined)[];
}

export interface Standing {
  bodies: string[];
  areas: string[];
}

export interface ReadRecord {
  action: Action;
  recordType: string;
  recordId: string;
  field: string;
  grounds: Relation;
}

export type RefusedRead = Omit<ReadRecord, 'grounds'>;

/**
 * One request's view of the viewer's standing: which bodies its organisation sits on and which areas it oversees,
 * each loaded once and only when a rule needs it, plus the reads of confidential data to record.
 */
export class Access {
  private partnerBodies?: Promise<Set<string>>;
  private overseenAreas?: Promise<Set<string>>;
  /** Granted reads by record and field: a value read twice in one request is one read. */
  private readonly reads = new Map<string, ReadRecord>();
  /** Refusals by action, record type and field, with how many and the first record refused. */
  private readonly refusals = new Map<string, RefusedRead & { count: number }>();

  constructor(
    readonly viewer: Viewer,
    private readonly db: Database,
  ) {}

  /** The relation on which the viewer may perform `action` on a record, or null when it may not. */
  async grounds(action: Action, anchors: Anchors): Promise<Relation | null> {
    const allowed: readonly Relation[] = actions[action].allowed;
    if (anchors.public || allowed.includes('AUTHENTICATED')) return 'AUTHENTICATED';
    const { viewer } = this;
    const writing = isWrite(action);
    // A read-only machine key never writes, whatever else it could claim.
    if (writing && !viewer.canWrite) return null;
    if (allowed.includes('ADMINISTRATOR') && hasRole(viewer, 'administrator')) return 'ADMINISTRATOR';
    const own = writing ? mayEdit(viewer) : actsForOwnOrganisation(viewer);
    if (allowed.includes('OWNER') && own && anchors.owners?.includes(viewer.organisationId)) return 'OWNER';
    if (allowed.includes('HOST') && own && anchors.hosts?.includes(viewer.organisationId)) return 'HOST';
    if (allowed.includes('PARTY') && own && anchors.parties?.includes(viewer.organisationId)) return 'PARTY';
    const bodies = present(anchors.bodies);
    if (
      allowed.includes('SECRETARIAT') &&
      viewer.roles.some((g) => g.role === 'secretariat' && bodies.includes(g.bodyId))
    ) {
      return 'SECRETARIAT';
    }
    // A partner writes through its editors; it reads through anyone of its own.
    if (allowed.includes('PARTNER') && bodies.length && (!writing || own)) {
      const seats = await (this.partnerBodies ??= this.loadPartnerBodies());
      if (bodies.some((body) => seats.has(body))) return 'PARTNER';
    }
    const areaIds = present(anchors.areas);
    if (allowed.includes('OVERSIGHT') && areaIds.length && hasRole(viewer, 'auditor')) {
      const overseen = await (this.overseenAreas ??= this.loadOverseenAreas());
      if (areaIds.some((area) => overseen.has(area))) return 'OVERSIGHT';
    }
    return null;
  }

  /**
   * The seats of many viewers' organisations in one statement, for work done for many viewers at once (the change
   * feed judges a batch of changes for every subscriber): each Access then asks nothing more about seats.
   */
  static async loadPartnerBodiesOf(accesses: readonly Access[], db: Database): Promise<void> {
    const waiting = accesses.filter((access) => !access.partnerBodies);
    const ids = [...new Set(waiting.map((access) => access.viewer.organisationId))];
    if (!ids.length) return;
    const rows = await db
      .selectDistinct({
        bodyId: memberships.bodyId,
        member: memberships.memberOrganisationId,
        onBehalf: memberships.onBehalfOfId,
      })
      .from(memberships)
      .where(
        and(
          or(anyOf(memberships.memberOrganisationId, ids), anyOf(memberships.onBehalfOfId, ids)),
          holdsOn(memberships, today()),
        ),
      );
    for (const access of waiting) {
      const id = access.viewer.organisationId;
      const seats = rows.filter((row) => row.member === id || row.onBehalf === id).map((row) => row.bodyId);
      access.partnerBodies = Promise.resolve(new Set(seats));
    }
  }

  /** A refused write is recorded at once: the request will not reach a point where it could be batched. */
  async recordDenial(operation: string, action: Action, target: string): Promise<void> {
    const { subject, organisationId } = this.viewer;
    await this.db.insert(deniedWrites).values({ subject, organisationId, operation, action, target });
  }

  /**
   * The viewer's standing as sets, for filtering lists in SQL where a field rule cannot reach: the bodies it sits on
   * or serves as secretariat, and the areas it oversees. Null for an administrator, who is not filtered.
   */
  async standing(): Promise<Standing | null> {
    if (hasRole(this.viewer, 'administrator')) return null;
    const seats = await (this.partnerBodies ??= this.loadPartnerBodies());
    const secretariat = this.viewer.roles.flatMap((grant) => (grant.role === 'secretariat' ? [grant.bodyId] : []));
    const overseen = hasRole(this.viewer, 'auditor')
      ? await (this.overseenAreas ??= this.loadOverseenAreas())
      : new Set<string>();
    return { bodies: [...new Set([...seats, ...secretariat])], areas: [...overseen] };
  }

  recordRead(read: ReadRecord): void {
    const key = [read.action, read.recordType, read.recordId, read.field, read.grounds].join('\n');
    if (!this.reads.has(key)) this.reads.set(key, read);
  }

  recordRefusal(read: RefusedRead): void {
    const key = [read.action, read.recordType, read.field].join('\n');
    const counted = this.refusals.get(key);
    if (counted) counted.count += 1;
    else this.refusals.set(key, { ...read, count: 1 });
  }

  /**
   * Writes the request's confidential reads before the response leaves: granted ones a row each, refusals added to
   * the viewer's count for that field and hour. At most two statements, however many values the request touched.
   * `db` is the one to write through: the HTTP layer passes one outside the request's deadline, since the answer is
   * complete by then and its reads must be kept.
   */
  async flushReads(db: Database = this.db): Promise<void> {
    const { subject } = this.viewer;
    const organisationId = this.viewer.organisationId === noOrganisation ? null : this.viewer.organisationId;
    const granted = [...this.reads.values()].map((read) => ({ ...read, subject, organisationId }));
    const refused = [...this.refusals.values()].map((read) => ({
      ...read,
      subject,
      organisationId,
      result: 'DENIED' as const,
      readAt: sql`date_trunc('hour', now())`,
    }));
    this.reads.clear();
    this.refusals.clear();
    if (granted.length) await db.insert(readAudit).values(granted);
    if (refused.length) {
      await db
        .insert(readAudit)
        .values(refused)
        .onConflictDoUpdate({
          target: [readAudit.subject, readAudit.action, readAudit.recordType, readAudit.field, readAudit.readAt],
          targetWhere: sql`result = 'DENIED'`,
          set: { count: sql`${readAudit.count} + excluded.count` },
        });
    }
  }

  /** Bodies where the viewer's organisation holds a seat today, itself or through a representative. */
  private async loadPartnerBodies(): Promise<Set<string>> {
    const id = this.viewer.organisationId;
    const rows = await this.db
      .selectDistinct({ bodyId: memberships.bodyId })
      .from(memberships)
      .where(
        and(
          or(eq(memberships.memberOrganisationId, id), eq(memberships.onBehalfOfId, id)),
          holdsOn(memberships, today()),
        ),
      );
    return new Set(rows.map((row) => row.bodyId));
  }

  /**
   * The areas an auditor's grants cover: the areas named, every area of the regions named (or of England), and every
   * area within those. One statement, whatever the grants.
   */
  private async loadOverseenAreas(): Promise<Set<string>> {
    const scopes = this.viewer.roles.flatMap((grant) => (grant.role === 'auditor' ? [grant.scope] : []));
    const named = scopes.flatMap((scope) => (scope.kind === 'AREA' ? [scope.areaId] : []));
    const regions = scopes.flatMap((scope) => (scope.kind === 'REGION' ? [scope.region] : []));
    const roots = scopes.some((scope) => scope.kind === 'ENGLAND')
      ? sql`true`
      : or(inArray(areas.id, named), inArray(areas.region, regions));
    const rows = await selectRows<{ id: string }>(
      this.db,
      sql`
      WITH RECURSIVE tree(id) AS (
        SELECT id FROM ${areas} WHERE ${roots}
        UNION SELECT child.id FROM ${areas} child JOIN tree ON child.parent_area_id = tree.id
      ) SELECT id FROM tree`,
    );
    return new Set(rows.map((row) => row.id));
  }
}

function present(values: (string | null | undefined)[] | undefined): string[] {
  return (values ?? []).filter((value): value is string => typeof value === 'string');
}
