import type { PgTable } from 'drizzle-orm/pg-core';
import type { Provenance } from './citations';
import type { SourcedTables } from './tables';

type Row<T extends PgTable> = T['$inferInsert'];
type Managed = 'id' | 'sources' | 'synthetic' | 'createdAt' | 'updatedAt' | 'version';

/** A row as declared: references by natural key instead of id, provenance as one value. */
type Spec<T extends PgTable, Refs extends keyof Row<T> = never> = Omit<Row<T>, Managed | Refs> & { prov: Provenance };

/** The tables whose rows are addressed by natural key ('staffordshire/trust-board'; GSS code for areas). */
export type KeyedTable =
  | 'areas'
  | 'organisations'
  | 'bodies'
  | 'posts'
  | 'powers'
  | 'delegations'
  | 'decisions'
  | 'budgetArrangements'
  | 'plans';

export type AreaSpec = Spec<SourcedTables['areas'], 'parentAreaId'> & { parent?: string };

export type OrganisationSpec = Spec<SourcedTables['organisations'], 'areaId'> & {
  area?: string;
  /** Areas served besides `area` (one police service covers several trusts, 003 ¶83); same period and provenance. */
  coverage?: string[];
};

/** How a body works: dated, so stored as a period of its own from the body's start (`bodyWorkings`). */
export type WorkingsSpec = Partial<
  Pick<
    SourcedTables['bodyWorkings']['$inferInsert'],
    'governanceModel' | 'role' | 'chairType' | 'votingArrangement' | 'decisionRule'
  >
>;

export type BodySpec = Spec<SourcedTables['bodies'], 'areaId'> & WorkingsSpec & { area: string };

export type PostSpec = Spec<SourcedTables['posts'], 'employerId' | 'responsibleToBodyId'> & {
  employer?: string;
  responsibleTo?: string;
};

type MembershipRefs =
  'bodyId' | 'memberOrganisationId' | 'memberPostId' | 'memberPersonId' | 'onBehalfOfId' | 'validFrom';

/** A seat; `validFrom` defaults to the later start of the body and the member. */
export type SeatSpec = Spec<SourcedTables['memberships'], MembershipRefs> & { validFrom?: string; onBehalfOf?: string };

/** A line; `validFrom` defaults to the later start of its two ends. */
export interface LineSpec {
  prov: Provenance;
  validFrom?: string;
  validTo?: string | null;
  note?: string;
  basisDocument?: string;
}

type DelegationRefs =
  | 'powerId'
  | 'delegatorOrganisationId'
  | 'delegatorBodyId'
  | 'delegateBodyId'
  | 'delegateOrganisationId'
  | 'parentDelegationId';

export type DelegationSpec = Spec<SourcedTables['delegations'], DelegationRefs> & {
  power: string;
  delegator: string;
  delegate: string;
  parent?: string;
};

export type DecisionSpec = Spec<SourcedTables['decisions'], 'bodyId' | 'delegationId'> & {
  body: string;
  delegation?: string;
};

export type RatificationSpec = Spec<SourcedTables['ratifications'], 'decisionId' | 'organisationId'>;

export type BudgetSpec = Spec<SourcedTables['budgetArrangements'], 'areaId' | 'hostId' | 'governingBodyId'> & {
  area: string;
  host?: string;
  governingBody?: string;
};

export type ContributionSpec = Spec<SourcedTables['contributions'], 'arrangementId' | 'organisationId'>;

export type PlanSpec = Spec<SourcedTables['plans'], 'areaId' | 'ownerBodyId'> & { area: string; owner?: string };

export type CommitmentSpec = Spec<SourcedTables['resourceCommitments'], 'planId' | 'organisationId'>;

export type DocumentSpec = Spec<SourcedTables['bodyDocuments'], 'bodyId'>;

export type PowerSpec = Spec<SourcedTables['powers'], 'code'>;
