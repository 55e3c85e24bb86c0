export { Post, Person, type PostRow, type PersonRow } from './post.type';
export {
  PostResolver,
  PersonResolver,
  PostHoldingResolver,
  PostFunderResolver,
  OrganisationPostsResolver,
  BodyPostsResolver,
  toPost,
  toPerson,
  loadPost,
  loadPerson,
} from './post.resolver';
export { PostStore } from './post.store';
export { PostMutations } from './post.mutations';
export { PostKind, RepresentedSector } from './people.enums';
