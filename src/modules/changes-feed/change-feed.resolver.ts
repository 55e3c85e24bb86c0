import { Arg, ID, Resolver, Root, Subscription, type ResolverData } from 'type-graphql';
import type { Context } from '../../context';
import { badUserInput } from '../../shared/errors';
import { rowIdOf } from '../../shared/global-id';
import { ArgumentBounds } from '../../shared/input-bounds';
import { changeFeedOf } from './change-feed';
import { RegistryChange } from './registry-change.type';

type Subscribing<Args> = ResolverData<Context> & { args: Args };

async function areaChanges({ args, context }: Subscribing<{ areaCode: string }>) {
  const areaId = await context.stores.changesFeed.areaIdOfCode(args.areaCode);
  if (!areaId) throw badUserInput('areaCode', `No area has the code "${args.areaCode}" (a GSS code, e.g. E10000028)`);
  return changeFeedOf(context.db).subscribe(context.viewer, { areaId });
}

async function bodyChanges({ args, context }: Subscribing<{ id: string }>) {
  const bodyId = rowIdOf(args.id, 'Body', 'id');
  if (!(await context.stores.bodies.byId.load(bodyId))) throw badUserInput('id', `There is no body "${args.id}"`);
  return changeFeedOf(context.db).subscribe(context.viewer, { bodyId });
}

/** The change feed: served over WebSocket (graphql-ws) at /graphql; see src/http/subscriptions.route.ts. */
@Resolver()
export class ChangeFeedResolver {
  @Subscription(() => RegistryChange, {
    subscribe: areaChanges as never,
    description:
      'Every change committed from now on to a record of the area or of an area within it (a county’s districts ' +
      'and localities), through any instance of the API, as far as the subscriber may learn of it.',
  })
  @ArgumentBounds({ areaCode: { text: 'code' } })
  registryChanged(
    @Root() change: RegistryChange,
    @Arg('areaCode', () => String, { description: 'The area’s GSS code, e.g. E10000028 for Staffordshire.' })
    _areaCode: string,
  ): RegistryChange {
    return change;
  }

  @Subscription(() => RegistryChange, {
    subscribe: bodyChanges as never,
    description:
      'Every change committed from now on that touches the body: the body itself, its seats, lines, delegations, ' +
      'decisions, documents and arrangements, as far as the subscriber may learn of it.',
  })
  bodyChanged(
    @Root() change: RegistryChange,
    @Arg('id', () => ID, { description: 'The body’s global id.' }) _id: string,
  ): RegistryChange {
    return change;
  }
}
