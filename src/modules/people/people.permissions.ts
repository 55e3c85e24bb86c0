import { guard, guardOperation } from '../../auth/rules';
import { publicStructure, publicTypes, type PermissionTree } from '../../auth/tree';
import type { Context } from '../../context';
import { heldOn, today } from '../../shared/dates';
import { notFound } from '../../shared/errors';
import { rowIdOf } from '../../shared/global-id';
import type { CreatePersonInput, UpdatePersonInput } from './person.input';
import type { EndPostHoldingInput, RecordPostHoldingInput } from './post-holding.input';
import type { CreatePostInput, EndPostInput, SetPostFundersInput, UpdatePostInput } from './post.input';
import type { Person } from './post.type';

/**
 * Adults holding a senior post are public by name; other adults are named to partners of the bodies they sit on
 * (in person or through a post they hold) and to oversight of those bodies' areas; young people and parent
 * representatives only to the secretariat.
 */
async function nameDecision(person: Person, { stores }: Context) {
  const date = today();
  const holdings = (await stores.posts.holdingsOfPerson.load(person.uuid)).filter((holding) => heldOn(holding, date));
  const posts = await Promise.all(holdings.map((holding) => stores.posts.byId.load(holding.postId)));
  const seats = [
    ...(await stores.memberships.ofPerson.load({ key: person.uuid, asOf: date })),
    ...(
      await Promise.all(holdings.map((holding) => stores.memberships.ofPost.load({ key: holding.postId, asOf: date })))
    ).flat(),
  ];
  const bodies = seats.map((seat) => seat.bodyId);
  if (person.category !== 'ADULT') return { action: 'young-person:read' as const, anchors: { bodies } };
  // Oversight of the areas of those bodies: without them an auditor could never be granted `person:read`.
  const areas = (await Promise.all(bodies.map((id) => stores.bodies.byId.load(id)))).map((body) => body?.areaId);
  return { action: 'person:read' as const, anchors: { public: posts.some((post) => post?.senior), bodies, areas } };
}

export const peoplePermissions: PermissionTree[] = [
  publicTypes('Post', 'PostHolding', 'PostFunder'),
  {
    Person: {
      ...publicStructure(),
      name: guard<Person>({
        field: 'Person.name',
        actions: ['person:read', 'young-person:read'],
        decide: nameDecision,
        recordId: (person) => person.uuid,
      }),
    },
  },
];

/** The employer of a post keeps its holders and funders: its editors record and end them, as they keep the post. */
const employerOfPost = async (postId: string, { stores }: Context) => ({
  owners: [(await stores.posts.byId.load(postId))?.employerId],
});

/**
 * Who may correct a person: editors of the organisation that recorded them or of one whose post they hold or held,
 * and the secretariat of a body they sit on in person. Reading the name is a separate question (`nameDecision`).
 */
export async function personEditors(personId: string, { stores }: Context) {
  const holdings = await stores.posts.holdingsOfPerson.load(personId);
  const posts = await Promise.all(holdings.map((holding) => stores.posts.byId.load(holding.postId)));
  const seats = await stores.posts.bodiesSatOnInPerson.load(personId);
  const creators = await stores.history.creatorOf.load(personId);
  return {
    owners: [...creators.map((creator) => creator.organisationId), ...posts.map((post) => post?.employerId)],
    bodies: seats.map((seat) => seat.bodyId),
  };
}

/** Who may correct the person an input names, or NOT_FOUND on `input.<field>` when there is no such person. */
export async function editorsOfNamedPerson(globalId: string, context: Context, field = 'input.person') {
  const personId = rowIdOf(globalId, 'Person', field);
  if (!(await context.stores.posts.peopleById.load(personId))) throw notFound(field, 'There is no such person');
  return personEditors(personId, context);
}

const holderAndPersonWritePermissions: PermissionTree[] = [
  {
    Mutation: {
      // Recording a person reveals nothing, since names are guarded on read: any editor may, for its organisation.
      createPerson: guardOperation<{ input: CreatePersonInput }>({
        field: 'Mutation.createPerson',
        action: 'person:edit',
        anchorsOf: (_args, { viewer }) => ({ owners: [viewer.organisationId] }),
      }),
      updatePerson: guardOperation<{ input: UpdatePersonInput }>({
        field: 'Mutation.updatePerson',
        action: 'person:edit',
        anchorsOf: ({ input }, context) => personEditors(rowIdOf(input.person, 'Person', 'input.person'), context),
      }),
      // Holding a post can publish the holder's name (a senior post) or show it to a body's partners, so the
      // employer's editors may put in a post only people they may also correct, such as those they recorded.
      recordPostHolding: guardOperation<{ input: RecordPostHoldingInput }>({
        field: 'Mutation.recordPostHolding',
        action: 'post:edit',
        anchorsOf: ({ input }, context) => employerOfPost(rowIdOf(input.post, 'Post', 'input.post'), context),
        also: { action: 'person:edit', anchorsOf: ({ input }, context) => editorsOfNamedPerson(input.person, context) },
      }),
      endPostHolding: guardOperation<{ input: EndPostHoldingInput }>({
        field: 'Mutation.endPostHolding',
        action: 'post:edit',
        anchorsOf: async ({ input }, context) => {
          const id = rowIdOf(input.holding, 'PostHolding', 'input.holding');
          const holding = await context.stores.posts.holdingsById.load(id);
          return holding ? employerOfPost(holding.postId, context) : {};
        },
      }),
      setPostFunders: guardOperation<{ input: SetPostFundersInput }>({
        field: 'Mutation.setPostFunders',
        action: 'post:edit',
        anchorsOf: ({ input }, context) => employerOfPost(rowIdOf(input.post, 'Post', 'input.post'), context),
      }),
    },
  },
  publicTypes('PersonPayload', 'PostHoldingPayload'),
];

/**
 * An organisation's editors keep its posts: create, retitle, end, record their holders and funders. Marking a post
 * senior publishes its holders' names, so a write that sets `senior: true` anchors to no owner and only an
 * administrator may make it. People are recorded and corrected by the rules above.
 */
export const postWritePermissions: PermissionTree[] = [
  {
    Mutation: {
      createPost: guardOperation<{ input: CreatePostInput }>({
        field: 'Mutation.createPost',
        action: 'post:edit',
        anchorsOf: ({ input }) =>
          input.senior ? {} : { owners: [rowIdOf(input.employer, 'Organisation', 'input.employer')] },
      }),
      updatePost: guardOperation<{ input: UpdatePostInput }>({
        field: 'Mutation.updatePost',
        action: 'post:edit',
        anchorsOf: async ({ input }, { stores }) => {
          const post = await stores.posts.byId.load(rowIdOf(input.post, 'Post', 'input.post'));
          return input.senior != null ? {} : { owners: [post?.employerId] };
        },
      }),
      endPost: guardOperation<{ input: EndPostInput }>({
        field: 'Mutation.endPost',
        action: 'post:edit',
        anchorsOf: async ({ input }, { stores }) => {
          const post = await stores.posts.byId.load(rowIdOf(input.post, 'Post', 'input.post'));
          return { owners: [post?.employerId] };
        },
      }),
    },
  },
  publicTypes('PostPayload'),
  ...holderAndPersonWritePermissions,
];
