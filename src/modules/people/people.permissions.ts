import { guard, guardOperation } from '../../auth/rules';
import { publicStructure, publicTypes, type PermissionTree } from '../../auth/tree';
import type { Context } from '../../context';
import { heldOn, today } from '../../shared/dates';
import { rowIdOf } from '../../shared/global-id';
import type { CreatePostInput, EndPostInput, UpdatePostInput } from './post.input';
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

/**
 * An organisation's editors keep its posts: create, retitle, end. Marking a post senior publishes its holders'
 * names, so a write that sets `senior: true` anchors to no owner and only an administrator may make it.
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
];
