import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readAudit } from '../schema/database/index';
import type { Action } from '../src/auth/actions';
import {
  buildAccessWorld,
  codes,
  secrets,
  viewerNames,
  type AccessWorld,
  type ViewerName,
} from './support/access-world';
import { startApi, type Loose, type TestApi } from './support/api';
import { createTestDatabase, type TestDatabase } from './support/database';

/**
 * No partner can obtain another partner's confidential value, whatever the shape of the query: for every confidential
 * field of DOMAIN.md §8, every way of reaching it (its natural parent, lists and connections, `node`, `nodes` with a
 * fragment on the Node interface, a named fragment, an alias) and every kind of viewer, a permitted read returns the
 * exact value and a refused one returns null beside a FORBIDDEN error at that path, with the parent still there.
 */

let database: TestDatabase;
let api: TestApi;
let world: AccessWorld;

beforeAll(async () => {
  database = await createTestDatabase();
  api = await startApi(database.db);
  world = await buildAccessWorld(database.db, api);
});

afterAll(async () => {
  await api?.close();
  await database?.dispose();
});

type Ids = AccessWorld['ids'];
/** A key of an object, or a predicate that picks one item of a list. */
type Step = string | ((item: Loose) => boolean);

interface Shape {
  name: string;
  /** The query, with `fields` (the public sibling and the confidential field) selected on the parent. */
  query: (fields: string) => string;
  /** From `data` to the parent object. */
  path: (ids: Ids) => Step[];
  /** Select the confidential field as `secret: <field>`. */
  aliased?: boolean;
  /**
   * A list filtered by the same rule as the field, because the list itself would tell what the field hides: a viewer
   * refused the field does not find the record here at all.
   */
  filtered?: boolean;
}

interface Secret {
  name: string;
  /** `Type.field`, as the FORBIDDEN error names it. */
  field: string;
  action: Action;
  /** How the field is selected, e.g. `amount` or `interestDeclarations { interest declaredOn }`. */
  select: string;
  /** A public field of the same parent and its value, to show the parent survives a refusal. */
  sibling: [field: string, value: unknown];
  value: unknown;
  visibleTo: readonly ViewerName[];
  shapes: Shape[];
}

/** Every variable any shape declares: the world's global ids and the area's code. Undeclared ones are ignored. */
const variables = () => ({ ...world.ids, code: codes.area });
const withId = (id: string) => (item: Loose) => item?.id === id;
const ownedBy = (code: string) => (item: Loose) => item?.organisation?.code === code;

/** The same shape, with the confidential field under an alias. */
function aliased(shape: Shape): Shape {
  return { ...shape, name: `${shape.name}, aliased (secret: …)`, aliased: true };
}

/** The same shape, with the parent's fields in a named fragment spread where they were. */
function namedFragment(shape: Shape, type: string): Shape {
  return {
    ...shape,
    name: `${shape.name}, in a named fragment`,
    query: (fields) => `${shape.query('...Secret')}\nfragment Secret on ${type} { ${fields} }`,
  };
}

/**
 * The shapes of a secret: the given ones (natural parent first, the Node-interface fragment last), the first under
 * an alias and in a named fragment, and the last under an alias inside a named fragment.
 */
function shapesOf(type: string, shapes: Shape[]): Shape[] {
  const first = shapes[0]!;
  const last = shapes.at(-1)!;
  return [...shapes, aliased(first), namedFragment(first, type), aliased(namedFragment(last, type))];
}

// ---------------------------------------------------------------------------------------------------------------
// Ways to reach each kind of record.

const contributionShapes = shapesOf('Contribution', [
  {
    name: 'budgetArrangements connection → contributions',
    query: (f) =>
      `query($area: ID!) { budgetArrangements(filter: { area: $area }) { nodes { id contributions { id ${f} } } } }`,
    path: (i) => ['budgetArrangements', 'nodes', withId(i.arrangement), 'contributions', withId(i.contribution)],
  },
  {
    name: 'budgetArrangements edges → contributions of the year',
    query: (f) => `query($area: ID!) { budgetArrangements(filter: { area: $area }, first: 5) {
      edges { node { id contributions(financialYear: "2008-09") { id ${f} } } } } }`,
    path: (i) => [
      'budgetArrangements',
      'edges',
      (edge) => edge.node.id === i.arrangement,
      'node',
      'contributions',
      withId(i.contribution),
    ],
  },
  {
    name: 'organisation(P).contributions',
    query: (f) => `query($pct: ID!) { organisation(id: $pct) { contributions { id ${f} } } }`,
    path: (i) => ['organisation', 'contributions', withId(i.contribution)],
  },
  {
    name: 'host organisation(C).hostedArrangements → contributions',
    query: (f) =>
      `query($council: ID!) { organisation(id: $council) { hostedArrangements { id contributions { id ${f} } } } }`,
    path: (i) => ['organisation', 'hostedArrangements', withId(i.arrangement), 'contributions', withId(i.contribution)],
  },
  {
    name: 'body(B).governedArrangements → contributions',
    query: (f) => `query($board: ID!) { body(id: $board) { governedArrangements { id contributions { id ${f} } } } }`,
    path: (i) => ['body', 'governedArrangements', withId(i.arrangement), 'contributions', withId(i.contribution)],
  },
  {
    name: 'area(code:).budgetArrangements → contributions',
    query: (f) => `query($code: String!) { area(code: $code) { budgetArrangements { id contributions { id ${f} } } } }`,
    path: (i) => ['area', 'budgetArrangements', withId(i.arrangement), 'contributions', withId(i.contribution)],
  },
  {
    name: 'node(id:) with an inline fragment',
    query: (f) => `query($contribution: ID!) { node(id: $contribution) { id ... on Contribution { ${f} } } }`,
    path: () => ['node'],
  },
  {
    name: 'nodes(ids:) with a fragment on the Node interface',
    query: (f) =>
      `query($contribution: ID!) { nodes(ids: [$contribution]) { ... on Node { id ... on Contribution { ${f} } } } }`,
    path: (i) => ['nodes', withId(i.contribution)],
  },
]);

function commitmentShapes(owner: 'pct' | 'police'): Shape[] {
  const code = codes[owner];
  const commitments = (f: string) => `resourceCommitments { organisation { code } ${f} }`;
  return shapesOf('ResourceCommitment', [
    {
      name: 'plans connection → resourceCommitments',
      query: (f) => `query($area: ID!) { plans(filter: { area: $area }) { nodes { id ${commitments(f)} } } }`,
      path: (i) => ['plans', 'nodes', withId(i.cypp), 'resourceCommitments', ownedBy(code)],
    },
    {
      name: `organisation(${owner === 'pct' ? 'P' : 'X'}).resourceCommitments`,
      query: (f) => `query($${owner}: ID!) { organisation(id: $${owner}) { ${commitments(f)} } }`,
      path: () => ['organisation', 'resourceCommitments', ownedBy(code)],
    },
    {
      name: 'body(B).plansOwned → resourceCommitments',
      query: (f) => `query($board: ID!) { body(id: $board) { plansOwned { id ${commitments(f)} } } }`,
      path: (i) => ['body', 'plansOwned', withId(i.cypp), 'resourceCommitments', ownedBy(code)],
    },
    {
      name: 'area(code:).plans → resourceCommitments',
      query: (f) => `query($code: String!) { area(code: $code) { plans(kinds: [CYPP]) { id ${commitments(f)} } } }`,
      path: (i) => ['area', 'plans', withId(i.cypp), 'resourceCommitments', ownedBy(code)],
    },
    {
      name: 'node(id: plan) with an inline fragment',
      query: (f) => `query($cypp: ID!) { node(id: $cypp) { ... on Plan { ${commitments(f)} } } }`,
      path: () => ['node', 'resourceCommitments', ownedBy(code)],
    },
    {
      name: 'nodes(ids: [plan]) with a fragment on the Node interface',
      query: (f) =>
        `query($cypp: ID!) { nodes(ids: [$cypp]) { ... on Node { id ... on Plan { ${commitments(f)} } } } }`,
      path: (i) => ['nodes', withId(i.cypp), 'resourceCommitments', ownedBy(code)],
    },
  ]);
}

const seatShapes = shapesOf('Membership', [
  {
    name: 'body(B).memberships',
    query: (f) => `query($board: ID!) { body(id: $board) { memberships { id ${f} } } }`,
    path: (i) => ['body', 'memberships', withId(i.pctSeat)],
  },
  {
    name: 'organisation(P).memberships',
    query: (f) => `query($pct: ID!) { organisation(id: $pct) { memberships { id ${f} } } }`,
    path: (i) => ['organisation', 'memberships', withId(i.pctSeat)],
  },
  {
    name: 'bodies connection → memberships(roles:)',
    query: (f) =>
      `query($area: ID!) { bodies(filter: { area: $area }) { nodes { id memberships(roles: [MEMBER]) { id ${f} } } } }`,
    path: (i) => ['bodies', 'nodes', withId(i.board), 'memberships', withId(i.pctSeat)],
  },
  {
    name: 'partnershipGraph edges → record',
    query: (f) => `query($code: String!) { partnershipGraph(areaCodes: [$code], depth: 2) {
      edges { record { ... on Node { id } ... on Membership { ${f} } } } } }`,
    path: (i) => ['partnershipGraph', 'edges', (edge) => edge.record?.id === i.pctSeat, 'record'],
  },
  {
    name: 'node(id:) with an inline fragment',
    query: (f) => `query($pctSeat: ID!) { node(id: $pctSeat) { id ... on Membership { ${f} } } }`,
    path: () => ['node'],
  },
  {
    name: 'nodes(ids:) with a fragment on the Node interface',
    query: (f) => `query($pctSeat: ID!) { nodes(ids: [$pctSeat]) { ... on Node { id ... on Membership { ${f} } } } }`,
    path: (i) => ['nodes', withId(i.pctSeat)],
  },
]);

const delegationShapes = shapesOf('Delegation', [
  {
    name: 'body(B).delegationsReceived',
    query: (f) => `query($board: ID!) { body(id: $board) { delegationsReceived { id ${f} } } }`,
    path: (i) => ['body', 'delegationsReceived', withId(i.delegation)],
  },
  {
    name: 'organisation(C).delegationsGranted',
    query: (f) => `query($council: ID!) { organisation(id: $council) { delegationsGranted { id ${f} } } }`,
    path: (i) => ['organisation', 'delegationsGranted', withId(i.delegation)],
  },
  {
    name: 'delegations connection (filter: delegator)',
    query: (f) => `query($council: ID!) { delegations(filter: { delegator: $council }) { nodes { id ${f} } } }`,
    path: (i) => ['delegations', 'nodes', withId(i.delegation)],
  },
  {
    name: 'delegations edges (filter: area)',
    query: (f) => `query($area: ID!) { delegations(filter: { area: $area }) { edges { node { id ${f} } } } }`,
    path: (i) => ['delegations', 'edges', (edge) => edge.node.id === i.delegation, 'node'],
  },
  {
    name: 'powers → delegations',
    query: (f) => `{ powers { code delegations { id ${f} } } }`,
    path: (i) => ['powers', (power) => power.code === 'T_ACCESS_CAMHS', 'delegations', withId(i.delegation)],
  },
  {
    name: 'partnershipGraph edges → record',
    query: (f) => `query($code: String!) { partnershipGraph(areaCodes: [$code], depth: 2) {
      edges { record { ... on Node { id } ... on Delegation { ${f} } } } } }`,
    path: (i) => ['partnershipGraph', 'edges', (edge) => edge.record?.id === i.delegation, 'record'],
  },
  {
    name: 'node(id:) with an inline fragment',
    query: (f) => `query($delegation: ID!) { node(id: $delegation) { id ... on Delegation { ${f} } } }`,
    path: () => ['node'],
  },
  {
    name: 'nodes(ids:) with a fragment on the Node interface',
    query: (f) =>
      `query($delegation: ID!) { nodes(ids: [$delegation]) { ... on Node { id ... on Delegation { ${f} } } } }`,
    path: (i) => ['nodes', withId(i.delegation)],
  },
]);

function bodyShapes(which: 'board' | 'lscb'): Shape[] {
  return shapesOf('Body', [
    {
      name: `body(${which === 'board' ? 'B' : 'L'})`,
      query: (f) => `query($${which}: ID!) { body(id: $${which}) { id ${f} } }`,
      path: () => ['body'],
    },
    {
      name: 'bodies connection (filter: area)',
      query: (f) => `query($area: ID!) { bodies(filter: { area: $area }) { nodes { id ${f} } } }`,
      path: (i) => ['bodies', 'nodes', withId(i[which])],
    },
    {
      name: 'bodies edges (filter: organisation X sits on)',
      query: (f) => `query($police: ID!) { bodies(filter: { organisation: $police }) { edges { node { id ${f} } } } }`,
      path: (i) => ['bodies', 'edges', (edge) => edge.node.id === i[which], 'node'],
    },
    {
      name: 'area(code:).bodies',
      query: (f) => `query($code: String!) { area(code: $code) { bodies { id ${f} } } }`,
      path: (i) => ['area', 'bodies', withId(i[which])],
    },
    {
      name: 'organisation(X).memberships → body',
      query: (f) => `query($police: ID!) { organisation(id: $police) { memberships { body { id ${f} } } } }`,
      path: (i) => ['organisation', 'memberships', (seat) => seat.body.id === i[which], 'body'],
    },
    {
      name: 'node(id:) with an inline fragment',
      query: (f) => `query($${which}: ID!) { node(id: $${which}) { id ... on Body { ${f} } } }`,
      path: () => ['node'],
    },
    {
      name: 'nodes(ids:) with a fragment on the Node interface',
      query: (f) => `query($${which}: ID!) { nodes(ids: [$${which}]) { ... on Node { id ... on Body { ${f} } } } }`,
      path: (i) => ['nodes', withId(i[which])],
    },
  ]);
}

function decisionShapes(which: 'boardDecision' | 'lscbDecision'): Shape[] {
  const [body, ratifier] = which === 'boardDecision' ? (['board', 'pct'] as const) : (['lscb', 'police'] as const);
  return shapesOf('Decision', [
    {
      name: 'decisions connection (filter: body)',
      query: (f) => `query($${body}: ID!) { decisions(filter: { body: $${body} }) { nodes { id ${f} } } }`,
      path: (i) => ['decisions', 'nodes', withId(i[which])],
      filtered: which === 'lscbDecision',
    },
    ...(which === 'boardDecision'
      ? [
          {
            name: 'body(B).decisions',
            query: (f: string) => `query($board: ID!) { body(id: $board) { decisions { id ${f} } } }`,
            path: (i: Ids) => ['body', 'decisions', withId(i.boardDecision)],
          },
        ]
      : []),
    {
      name: `organisation(${ratifier === 'pct' ? 'P' : 'X'}).ratifications → decision`,
      query: (f) =>
        `query($${ratifier}: ID!) { organisation(id: $${ratifier}) { ratifications { decision { id ${f} } } } }`,
      path: (i) => [
        'organisation',
        'ratifications',
        (ratification) => ratification.decision.id === i[which],
        'decision',
      ],
      filtered: true,
    },
    {
      name: 'node(id:) with an inline fragment',
      query: (f) => `query($${which}: ID!) { node(id: $${which}) { id ... on Decision { ${f} } } }`,
      path: () => ['node'],
    },
    {
      name: 'nodes(ids:) with a fragment on the Node interface',
      query: (f) => `query($${which}: ID!) { nodes(ids: [$${which}]) { ... on Node { id ... on Decision { ${f} } } } }`,
      path: (i) => ['nodes', withId(i[which])],
    },
  ]);
}

function assessmentShapes(which: 'boardAssessment' | 'lscbAssessment'): Shape[] {
  return shapesOf('SelfAssessment', [
    ...(which === 'boardAssessment'
      ? [
          {
            name: 'body(B).selfAssessments',
            query: (f: string) => `query($board: ID!) { body(id: $board) { selfAssessments { id ${f} } } }`,
            path: (i: Ids) => ['body', 'selfAssessments', withId(i.boardAssessment)],
          },
          {
            name: 'area(code:).bodies → selfAssessments',
            query: (f: string) =>
              `query($code: String!) { area(code: $code) { bodies { id selfAssessments { id ${f} } } } }`,
            path: (i: Ids) => ['area', 'bodies', withId(i.board), 'selfAssessments', withId(i.boardAssessment)],
          },
        ]
      : []),
    {
      name: 'node(id:) with an inline fragment',
      query: (f) => `query($${which}: ID!) { node(id: $${which}) { id ... on SelfAssessment { ${f} } } }`,
      path: () => ['node'],
    },
    {
      name: 'nodes(ids:) with a fragment on the Node interface',
      query: (f) =>
        `query($${which}: ID!) { nodes(ids: [$${which}]) { ... on Node { id ... on SelfAssessment { ${f} } } } }`,
      path: (i) => ['nodes', withId(i[which])],
    },
  ]);
}

const adultShapes = shapesOf('Person', [
  {
    name: 'body(B).memberships → memberPost → holder',
    query: (f) => `query($board: ID!) { body(id: $board) { memberships { memberPost { holder { id ${f} } } } } }`,
    path: (i) => ['body', 'memberships', (seat) => seat.memberPost?.holder?.id === i.adult, 'memberPost', 'holder'],
  },
  {
    name: 'body(B).memberships → member (union) → Post → holder',
    query: (f) =>
      `query($board: ID!) { body(id: $board) { memberships { member { ... on Post { holder { id ${f} } } } } } }`,
    path: (i) => ['body', 'memberships', (seat) => seat.member?.holder?.id === i.adult, 'member', 'holder'],
  },
  {
    name: 'organisation(P).posts → holder',
    query: (f) => `query($pct: ID!) { organisation(id: $pct) { posts { holder { id ${f} } } } }`,
    path: (i) => ['organisation', 'posts', (post) => post.holder?.id === i.adult, 'holder'],
  },
  {
    name: 'node(id: post) → holdings → person',
    query: (f) => `query($nursePost: ID!) { node(id: $nursePost) { ... on Post { holdings { person { id ${f} } } } } }`,
    path: (i) => ['node', 'holdings', (holding) => holding.person.id === i.adult, 'person'],
  },
  {
    name: 'node(id:) with an inline fragment',
    query: (f) => `query($adult: ID!) { node(id: $adult) { id ... on Person { ${f} } } }`,
    path: () => ['node'],
  },
  {
    name: 'nodes(ids:) with a fragment on the Node interface',
    query: (f) => `query($adult: ID!) { nodes(ids: [$adult]) { ... on Node { id ... on Person { ${f} } } } }`,
    path: (i) => ['nodes', withId(i.adult)],
  },
]);

const youngPersonShapes = shapesOf('Person', [
  {
    name: 'body(B).memberships → memberPerson',
    query: (f) => `query($board: ID!) { body(id: $board) { memberships { memberPerson { id ${f} } } } }`,
    path: (i) => ['body', 'memberships', (seat) => seat.memberPerson?.id === i.youngPerson, 'memberPerson'],
  },
  {
    name: 'body(B).memberships → member (union) → Person',
    query: (f) => `query($board: ID!) { body(id: $board) { memberships { member { ... on Person { id ${f} } } } } }`,
    path: (i) => ['body', 'memberships', (seat) => seat.member?.id === i.youngPerson, 'member'],
  },
  {
    name: 'node(id: seat) → memberPerson',
    query: (f) => `query($youngSeat: ID!) { node(id: $youngSeat) { ... on Membership { memberPerson { id ${f} } } } }`,
    path: () => ['node', 'memberPerson'],
  },
  {
    name: 'node(id:) with an inline fragment',
    query: (f) => `query($youngPerson: ID!) { node(id: $youngPerson) { id ... on Person { ${f} } } }`,
    path: () => ['node'],
  },
  {
    name: 'nodes(ids:) with a fragment on the Node interface',
    query: (f) =>
      `query($youngPerson: ID!) { nodes(ids: [$youngPerson]) { ... on Node { id ... on Person { ${f} } } } }`,
    path: (i) => ['nodes', withId(i.youngPerson)],
  },
]);

// ---------------------------------------------------------------------------------------------------------------
// The confidential fields and who may read them (DOMAIN.md §8, src/auth/actions.ts).

const everyone = viewerNames;
const contributionReaders = ['ownerP', 'hostC', 'secretariatB', 'auditorA', 'administrator'] as const;
const commitmentReaders = ['ownerP', 'secretariatB', 'auditorA', 'administrator'] as const;
const partnersAndOversight = ['ownerP', 'partnerX', 'secretariatB', 'auditorA', 'administrator'] as const;
const delegationReaders = ['hostC', 'ownerP', 'partnerX', 'secretariatB', 'auditorA', 'administrator'] as const;
const draftReaders = ['ownerP', 'partnerX', 'secretariatB', 'administrator'] as const;
const lscbMembers = ['partnerX', 'administrator'] as const;
const secretariatOnly = ['secretariatB', 'administrator'] as const;

const boardName = 'Accessshire Children’s Trust';
const lscbName = 'Accessshire LSCB';

const confidential: Secret[] = [
  {
    name: 'P’s contribution to the pooled fund: amount',
    field: 'Contribution.amount',
    action: 'contribution:read',
    select: 'amount',
    sibling: ['financialYear', '2008-09'],
    value: secrets.contributionAmount,
    visibleTo: contributionReaders,
    shapes: contributionShapes,
  },
  {
    name: 'P’s contribution to the pooled fund: share band',
    field: 'Contribution.shareBand',
    action: 'contribution:read',
    select: 'shareBand',
    sibling: ['financialYear', '2008-09'],
    value: secrets.shareBand,
    visibleTo: contributionReaders,
    shapes: contributionShapes,
  },
  {
    name: 'P’s unpublished CYPP commitment: amount',
    field: 'ResourceCommitment.amount',
    action: 'commitment:read',
    select: 'amount',
    sibling: ['published', false],
    value: secrets.pctCommitmentAmount,
    visibleTo: commitmentReaders,
    shapes: commitmentShapes('pct'),
  },
  {
    name: 'P’s unpublished CYPP commitment: description',
    field: 'ResourceCommitment.description',
    action: 'commitment:read',
    select: 'description',
    sibling: ['published', false],
    value: secrets.pctCommitmentDescription,
    visibleTo: commitmentReaders,
    shapes: commitmentShapes('pct'),
  },
  {
    name: 'X’s published CYPP commitment: amount (public)',
    field: 'ResourceCommitment.amount',
    action: 'commitment:read',
    select: 'amount',
    sibling: ['published', true],
    value: secrets.policeCommitmentAmount,
    visibleTo: everyone,
    shapes: commitmentShapes('police'),
  },
  {
    name: 'X’s published CYPP commitment: description (public)',
    field: 'ResourceCommitment.description',
    action: 'commitment:read',
    select: 'description',
    sibling: ['published', true],
    value: secrets.policeCommitmentDescription,
    visibleTo: everyone,
    shapes: commitmentShapes('police'),
  },
  {
    name: 'P’s seat on B: canCommitResources',
    field: 'Membership.canCommitResources',
    action: 'mandate:read',
    select: 'canCommitResources',
    sibling: ['role', 'MEMBER'],
    value: true,
    visibleTo: partnersAndOversight,
    shapes: seatShapes,
  },
  {
    name: 'P’s seat on B: commitScope',
    field: 'Membership.commitScope',
    action: 'mandate:read',
    select: 'commitScope',
    sibling: ['role', 'MEMBER'],
    value: secrets.commitScope,
    visibleTo: partnersAndOversight,
    shapes: seatShapes,
  },
  {
    name: 'P’s seat on B: interestDeclarations',
    field: 'Membership.interestDeclarations',
    action: 'interest:read',
    select: 'interestDeclarations { interest declaredOn }',
    sibling: ['role', 'MEMBER'],
    value: [{ interest: secrets.interest, declaredOn: secrets.interestDeclaredOn }],
    visibleTo: partnersAndOversight,
    shapes: seatShapes,
  },
  {
    name: 'C’s delegation to B: financialLimit',
    field: 'Delegation.financialLimit',
    action: 'mandate:read',
    select: 'financialLimit',
    sibling: ['scope', 'CAMHS commissioning'],
    value: secrets.financialLimit,
    visibleTo: delegationReaders,
    shapes: delegationShapes,
  },
  {
    name: 'C’s delegation to B: reservedMatters',
    field: 'Delegation.reservedMatters',
    action: 'mandate:read',
    select: 'reservedMatters',
    sibling: ['scope', 'CAMHS commissioning'],
    value: secrets.reservedMatters,
    visibleTo: delegationReaders,
    shapes: delegationShapes,
  },
  {
    name: 'B’s draft documents',
    field: 'Body.draftDocuments',
    action: 'draft:read',
    select: 'draftDocuments { title status }',
    sibling: ['name', boardName],
    value: [{ title: secrets.draftTitle, status: 'DRAFT' }],
    visibleTo: draftReaders,
    shapes: bodyShapes('board'),
  },
  {
    name: 'B’s unpublished decision: summary',
    field: 'Decision.summary',
    action: 'decision:read',
    select: 'summary',
    sibling: ['status', 'RECOMMENDATION'],
    value: secrets.boardDecisionSummary,
    visibleTo: partnersAndOversight,
    shapes: decisionShapes('boardDecision'),
  },
  {
    name: 'B’s unpublished decision: ratifications',
    field: 'Decision.ratifications',
    action: 'decision:read',
    select: 'ratifications { status decidedOn organisation { code } }',
    sibling: ['status', 'RECOMMENDATION'],
    value: [
      { status: 'RATIFIED', decidedOn: '2008-07-01', organisation: { code: codes.pct } },
      { status: 'PENDING', decidedOn: null, organisation: { code: codes.police } },
    ],
    visibleTo: partnersAndOversight,
    shapes: decisionShapes('boardDecision'),
  },
  {
    name: 'L’s published decision: summary (LSCB business)',
    field: 'Decision.summary',
    action: 'lscb:read',
    select: 'summary',
    sibling: ['status', 'RATIFIED'],
    value: secrets.lscbDecisionSummary,
    visibleTo: lscbMembers,
    shapes: decisionShapes('lscbDecision'),
  },
  {
    name: 'L’s published decision: ratifications (LSCB business)',
    field: 'Decision.ratifications',
    action: 'lscb:read',
    select: 'ratifications { status decidedOn organisation { code } }',
    sibling: ['status', 'RATIFIED'],
    value: [{ status: 'RATIFIED', decidedOn: '2008-05-20', organisation: { code: codes.police } }],
    visibleTo: lscbMembers,
    shapes: decisionShapes('lscbDecision'),
  },
  {
    name: 'L’s documents',
    field: 'Body.documents',
    action: 'lscb:read',
    select: 'documents { title status }',
    sibling: ['name', lscbName],
    value: [{ title: secrets.lscbDocumentTitle, status: 'ADOPTED' }],
    visibleTo: lscbMembers,
    shapes: bodyShapes('lscb'),
  },
  {
    name: 'L’s decisions',
    field: 'Body.decisions',
    action: 'lscb:read',
    select: 'decisions { decidedOn status }',
    sibling: ['name', lscbName],
    value: [{ decidedOn: '2008-05-01', status: 'RATIFIED' }],
    visibleTo: lscbMembers,
    shapes: bodyShapes('lscb'),
  },
  {
    name: 'L’s self-assessments',
    field: 'Body.selfAssessments',
    action: 'lscb:read',
    select: 'selfAssessments { cycle published }',
    sibling: ['name', lscbName],
    value: [{ cycle: '2007-08', published: true }],
    visibleTo: lscbMembers,
    shapes: bodyShapes('lscb'),
  },
  {
    name: 'B’s unpublished self-assessment: answers',
    field: 'SelfAssessment.answers',
    action: 'self-assessment:read',
    select: 'answers { narrative }',
    sibling: ['cycle', '2008-09'],
    value: [{ narrative: secrets.boardAnswer }],
    visibleTo: partnersAndOversight,
    shapes: assessmentShapes('boardAssessment'),
  },
  {
    name: 'L’s published self-assessment: answers (LSCB business)',
    field: 'SelfAssessment.answers',
    action: 'lscb:read',
    select: 'answers { narrative }',
    sibling: ['cycle', '2007-08'],
    value: [{ narrative: secrets.lscbAnswer }],
    visibleTo: lscbMembers,
    shapes: assessmentShapes('lscbAssessment'),
  },
  {
    name: 'name of an adult on B through a non-senior post',
    field: 'Person.name',
    action: 'person:read',
    select: 'name',
    sibling: ['category', 'ADULT'],
    value: secrets.adultName,
    visibleTo: partnersAndOversight,
    shapes: adultShapes,
  },
  {
    name: 'name of a young person on B',
    field: 'Person.name',
    action: 'young-person:read',
    select: 'name',
    sibling: ['category', 'YOUNG_PERSON'],
    value: secrets.youngPersonName,
    visibleTo: secretariatOnly,
    shapes: youngPersonShapes,
  },
];

interface Case {
  case: string;
  shape: Shape;
  viewer: ViewerName;
  allowed: boolean;
}

function casesOf(secret: Secret): Case[] {
  return secret.shapes.flatMap((shape) =>
    viewerNames.map((viewer) => {
      const allowed = secret.visibleTo.includes(viewer);
      return {
        case: `${viewer} ${allowed ? 'reads' : 'is refused'} it via ${shape.name}`,
        shape,
        viewer,
        allowed,
      };
    }),
  );
}

function locate(data: Loose, steps: Step[], mayBeAbsent = false): { parent: Loose; path: (string | number)[] } {
  let current = data;
  const path: (string | number)[] = [];
  for (const step of steps) {
    if (typeof step === 'string') {
      path.push(step);
      current = current?.[step];
      continue;
    }
    const index = Array.isArray(current) ? current.findIndex(step) : -1;
    if (index < 0 && mayBeAbsent) return { parent: undefined, path };
    if (index < 0) throw new Error(`No matching item at ${path.join('.')} in ${JSON.stringify(current)}`);
    path.push(index);
    current = current[index];
  }
  return { parent: current, path };
}

const samePath = (a: readonly unknown[] | undefined, b: readonly unknown[]) =>
  !!a && a.length === b.length && a.every((part, index) => part === b[index]);

for (const secret of confidential) {
  describe(`${secret.field} — ${secret.name} (${secret.shapes.length * viewerNames.length} cases)`, () => {
    it.each(casesOf(secret).map((row) => [row.case, row] as const))('%s', async (_name, { shape, viewer, allowed }) => {
      const key = shape.aliased ? 'secret' : secret.field.split('.')[1]!;
      const [siblingField, siblingValue] = secret.sibling;
      const fields = `${siblingField} ${shape.aliased ? 'secret: ' : ''}${secret.select}`;
      const response = await world.viewers[viewer].query(shape.query(fields), variables());

      expect(response.status).toBe(200);
      for (const error of response.errors ?? []) {
        // Refusals are the only errors any of these queries may meet.
        expect(error.extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'REDACTED_BY_POLICY' });
      }
      const { parent, path } = locate(response.data, shape.path(world.ids), shape.filtered && !allowed);
      if (shape.filtered && !allowed) {
        expect(parent, 'a filtered list leaves the record out').toBeUndefined();
        return;
      }
      expect(parent, 'the parent object is still there').toBeTruthy();
      expect(parent[siblingField]).toEqual(siblingValue);
      const errorsHere = (response.errors ?? []).filter((error) => samePath(error.path, [...path, key]));
      if (allowed) {
        expect(parent[key]).toEqual(secret.value);
        expect(errorsHere).toEqual([]);
      } else {
        expect(parent).toHaveProperty(key, null);
        expect(errorsHere).toEqual([
          expect.objectContaining({
            extensions: expect.objectContaining({
              code: 'FORBIDDEN',
              reason: 'REDACTED_BY_POLICY',
              action: secret.action,
              coordinate: secret.field,
            }),
          }),
        ]);
      }
    });
  });
}

// ---------------------------------------------------------------------------------------------------------------
// The public structure around those secrets: every viewer reads it, with no error.

const publicReads: { name: string; query: string; expected: (ids: Ids) => unknown }[] = [
  {
    name: 'Body.name, kind and level of B and L, and B’s public documents and decisions list',
    query: `query($board: ID!, $lscb: ID!) {
      b: body(id: $board) { name kind level documents { title } decisions { status published } }
      l: body(id: $lscb) { name kind }
    }`,
    expected: () => ({
      b: {
        name: boardName,
        kind: 'CHILDRENS_TRUST_BOARD',
        level: 'STRATEGIC',
        documents: [],
        decisions: [{ status: 'RECOMMENDATION', published: false }],
      },
      l: { name: lscbName, kind: 'LSCB' },
    }),
  },
  {
    name: 'Membership.role, votingRight, member organisation and body of P’s seat',
    query: `query($pctSeat: ID!) { node(id: $pctSeat) { ... on Membership {
      role votingRight constituency memberOrganisation { code } body { name } } } }`,
    expected: () => ({
      node: {
        role: 'MEMBER',
        votingRight: true,
        constituency: 'OWN_ORGANISATION',
        memberOrganisation: { code: codes.pct },
        body: { name: boardName },
      },
    }),
  },
  {
    name: 'Contribution.financialYear, resourceType and organisation',
    query: `query($contribution: ID!) { node(id: $contribution) { ... on Contribution {
      financialYear resourceType organisation { code } arrangement { name } } } }`,
    expected: () => ({
      node: {
        financialYear: '2008-09',
        resourceType: 'MONEY',
        organisation: { code: codes.pct },
        arrangement: { name: 'Accessshire pooled CAMHS fund' },
      },
    }),
  },
  {
    name: 'BudgetArrangement.host, kind, legal basis, services and governing body',
    query: `query($arrangement: ID!) { node(id: $arrangement) { ... on BudgetArrangement {
      kind legalBasis serviceAreas host { code } governingBody { name } } } }`,
    expected: () => ({
      node: {
        kind: 'POOLED',
        legalBasis: 'HEALTH_ACT_1999_S31',
        serviceAreas: ['CAMHS'],
        host: { code: codes.council },
        governingBody: { name: boardName },
      },
    }),
  },
  {
    name: 'Delegation.scope, power, delegator and delegate',
    query: `query($delegation: ID!) { node(id: $delegation) { ... on Delegation {
      scope power { code } delegator { ... on Organisation { code } } delegate { ... on Body { name } } } } }`,
    expected: () => ({
      node: {
        scope: 'CAMHS commissioning',
        power: { code: 'T_ACCESS_CAMHS' },
        delegator: { code: codes.council },
        delegate: { name: boardName },
      },
    }),
  },
  {
    name: 'Decision.status, date and body of B’s unpublished decision',
    query: `query($boardDecision: ID!) { node(id: $boardDecision) { ... on Decision { status decidedOn published body { name } } } }`,
    expected: () => ({
      node: { status: 'RECOMMENDATION', decidedOn: '2008-06-01', published: false, body: { name: boardName } },
    }),
  },
  {
    name: 'ResourceCommitment.organisation and published flag of the CYPP’s commitments',
    query: `query($cypp: ID!) { node(id: $cypp) { ... on Plan { title ownerBody { name } resourceCommitments { organisation { code } published } } } }`,
    expected: () => ({
      node: {
        title: 'Accessshire CYPP 2006-09',
        ownerBody: { name: boardName },
        resourceCommitments: expect.arrayContaining([
          { organisation: { code: codes.pct }, published: false },
          { organisation: { code: codes.police }, published: true },
        ]),
      },
    }),
  },
  {
    name: 'Person.category of the adult and the young person, and the post the adult holds',
    query: `query($adult: ID!, $youngPerson: ID!) {
      adult: node(id: $adult) { ... on Person { category holdings { post { title senior } } } }
      young: node(id: $youngPerson) { ... on Person { category } }
    }`,
    expected: () => ({
      adult: { category: 'ADULT', holdings: [{ post: { title: 'Named nurse for safeguarding', senior: false } }] },
      young: { category: 'YOUNG_PERSON' },
    }),
  },
  {
    name: 'SelfAssessment.cycle and published flag of B’s assessment',
    query: `query($boardAssessment: ID!) { node(id: $boardAssessment) { ... on SelfAssessment { cycle published body { name } } } }`,
    expected: () => ({ node: { cycle: '2008-09', published: false, body: { name: boardName } } }),
  },
];

describe('public structure: readable by every viewer, with no error', () => {
  it.each(
    publicReads.flatMap((read) =>
      viewerNames.map((viewer) => [`${viewer} reads ${read.name}`, { ...read, viewer }] as const),
    ),
  )('%s', async (_name, { query, expected, viewer }) => {
    const response = await world.viewers[viewer].query(query, variables());
    expect(response.errors).toBeUndefined();
    expect(response.data).toEqual(expected(world.ids));
  });
});

// ---------------------------------------------------------------------------------------------------------------

describe('the read audit', () => {
  const auditRows = (subject: string) => database.db.select().from(readAudit).where(eq(readAudit.subject, subject));

  it('records a partner’s read of P’s canCommitResources: who, for which organisation, what and on what grounds', async () => {
    const subject = 'audit probe: X reads the mandate';
    const client = await api.as({ org: codes.police, roles: ['reader'], subject });
    const response = await client.query(
      `query($pctSeat: ID!) { node(id: $pctSeat) { ... on Membership { role canCommitResources } } }`,
      variables(),
    );
    expect(response.errors).toBeUndefined();
    expect(response.data.node).toEqual({ role: 'MEMBER', canCommitResources: true });
    expect(await auditRows(subject)).toEqual([
      expect.objectContaining({
        subject,
        organisationId: world.rows.police.id,
        action: 'mandate:read',
        recordType: 'Membership',
        recordId: world.rows.pctSeat.id,
        field: 'canCommitResources',
        grounds: 'PARTNER',
        result: 'GRANTED',
        count: 1,
      }),
    ]);
  });

  it('records a refused read as refused, with no grounds (test/read-audit.test.ts has the rest)', async () => {
    const subject = 'audit probe: O is refused the mandate';
    const client = await api.as({ org: codes.outsider, roles: ['reader'], subject });
    const response = await client.query(
      `query($pctSeat: ID!) { node(id: $pctSeat) { ... on Membership { role canCommitResources commitScope } } }`,
      variables(),
    );
    expect(response.data.node).toEqual({ role: 'MEMBER', canCommitResources: null, commitScope: null });
    expect(response.errors).toHaveLength(2);
    const refusal = (field: string) =>
      expect.objectContaining({
        subject,
        field,
        recordId: world.rows.pctSeat.id,
        result: 'DENIED',
        grounds: null,
        count: 1,
      });
    const rows = await auditRows(subject);
    expect(rows.sort((a, b) => a.field.localeCompare(b.field))).toEqual([
      refusal('canCommitResources'),
      refusal('commitScope'),
    ]);
  });

  it('records nothing for a public read, nor for a published commitment', async () => {
    const subject = 'audit probe: X reads public fields';
    const client = await api.as({ org: codes.police, roles: ['reader'], subject });
    const response = await client.query(
      `query($pctSeat: ID!, $police: ID!) {
        node(id: $pctSeat) { ... on Membership { role votingRight body { name } } }
        organisation(id: $police) { resourceCommitments { published amount description } }
      }`,
      variables(),
    );
    expect(response.errors).toBeUndefined();
    expect(response.data.organisation.resourceCommitments).toEqual([
      {
        published: true,
        amount: secrets.policeCommitmentAmount,
        description: secrets.policeCommitmentDescription,
      },
    ]);
    expect(await auditRows(subject)).toEqual([]);
  });
});

describe('a refused field costs nothing else', () => {
  it('returns the public fields of a request whose only confidential field is refused', async () => {
    const response = await world.viewers.outsiderO.query(
      `query($board: ID!) { body(id: $board) { name kind memberships { role votingRight canCommitResources } } }`,
      variables(),
    );
    expect(response.status).toBe(200);
    expect(response.data.body.name).toBe(boardName);
    expect(response.data.body.kind).toBe('CHILDRENS_TRUST_BOARD');
    expect(response.data.body.memberships.map((seat: Loose) => seat.role).sort()).toEqual(
      ['CO_OPTEE', 'CO_OPTEE', 'MEMBER', 'VICE_CHAIR'].sort(),
    );
    expect(response.data.body.memberships.every((seat: Loose) => seat.canCommitResources === null)).toBe(true);
    expect(response.errors!.length).toBeGreaterThan(0);
    for (const error of response.errors!) {
      expect(error.extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'REDACTED_BY_POLICY' });
      expect(error.path).toEqual(['body', 'memberships', expect.any(Number), 'canCommitResources']);
    }
  });
});

describe('the viewer’s organisation cannot be spoofed', () => {
  const spoofs = [
    {
      name: 'O claims to be P in x-organisation headers and variables (P’s contribution amount)',
      viewer: { org: codes.outsider, roles: ['reader'] },
      query: `query($contribution: ID!) { node(id: $contribution) { ... on Contribution { financialYear amount } } }`,
      field: 'Contribution.amount',
      key: 'amount',
    },
    {
      name: 'C claims to be P (P’s unpublished commitment)',
      viewer: { org: codes.council, roles: ['reader'] },
      query: `query($pct: ID!) { organisation(id: $pct) { resourceCommitments { published amount } } }`,
      field: 'ResourceCommitment.amount',
      key: 'amount',
    },
    {
      name: 'O claims to be X, a partner of B (P’s mandate)',
      viewer: { org: codes.outsider, roles: ['reader'] },
      query: `query($pctSeat: ID!) { node(id: $pctSeat) { ... on Membership { role canCommitResources } } }`,
      field: 'Membership.canCommitResources',
      key: 'canCommitResources',
    },
  ];

  it.each(spoofs.map((spoof) => [spoof.name, spoof] as const))('%s', async (_name, { viewer, query, field, key }) => {
    const target = field.startsWith('Membership') ? world.rows.police : world.rows.pct;
    const token = await api.identity.sign({ sub: 'spoofer', ...viewer });
    const client = api.withHeaders({
      authorization: `Bearer ${token}`,
      'x-organisation': target.code!,
      'x-organisation-id': target.id,
      'x-organisation-code': target.code!,
      'x-roles': 'administrator',
    });
    const response = await client.query(query, {
      ...variables(),
      org: target.code,
      organisation: target.code,
      organisationId: target.id,
      viewer: { organisation: target.code },
    });
    expect(response.status).toBe(200);
    const errors = response.errors ?? [];
    expect(errors.length).toBeGreaterThan(0);
    for (const error of errors) expect(error.extensions).toMatchObject({ code: 'FORBIDDEN', coordinate: field });
    expect(JSON.stringify(response.data)).toContain(`"${key}":null`);
  });

  it('refuses a request that names an organisation in a header but carries no credentials', async () => {
    const response = await api
      .withHeaders({ 'x-organisation': codes.pct })
      .query(`query($contribution: ID!) { node(id: $contribution) { id } }`, variables());
    expect(response.status).toBe(401);
  });
});

// ---------------------------------------------------------------------------------------------------------------
// Where a whole list or a filter could tell what a guarded field hides, the lists are filtered by the same rules.

describe('lists that would otherwise tell what the fields hide', () => {
  it('Organisation.ratifications must not show outsiders how P answered B’s unpublished decision', async () => {
    const response = await world.viewers.outsiderO.query(
      `query($pct: ID!) { organisation(id: $pct) { ratifications { status decidedOn decision { id } } } }`,
      variables(),
    );
    const onBoardDecision = response.data.organisation.ratifications.filter(
      (ratification: Loose) => ratification.decision.id === world.ids.boardDecision,
    );
    expect(onBoardDecision).toEqual([]);
  });

  it('decisions(filter: { awaitingRatificationBy }) must not tell outsiders X has still to ratify B’s unpublished decision', async () => {
    const response = await world.viewers.outsiderO.query(
      `query($police: ID!) { decisions(filter: { awaitingRatificationBy: $police }) { nodes { id } } }`,
      variables(),
    );
    expect(response.data.decisions.nodes).not.toContainEqual({ id: world.ids.boardDecision });
  });

  it('decisions(filter: { body: L }) must not list the LSCB’s decisions to those refused Body.decisions', async () => {
    const response = await world.viewers.outsiderO.query(
      `query($lscb: ID!) { decisions(filter: { body: $lscb }) { totalCount nodes { id decidedOn status } } }`,
      variables(),
    );
    expect(response.data.decisions.totalCount).toBe(0);
    const member = await world.viewers.partnerX.query(
      `query($lscb: ID!) { decisions(filter: { body: $lscb }) { totalCount } }`,
      variables(),
    );
    expect(member.data.decisions.totalCount).toBeGreaterThan(0);
  });
});
