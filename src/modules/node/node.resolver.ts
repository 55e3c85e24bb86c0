import { Arg, Ctx, ID, Query, Resolver } from 'type-graphql';
import type { Context } from '../../context';
import { badUserInput } from '../../shared/errors';
import { decodeGlobalId } from '../../shared/global-id';
import { Node } from '../../shared/record.type';
import { loadNode } from './node-loaders';

/** More ids than this in one `nodes` call is refused: dashboards page instead. */
const maxIds = 100;

@Resolver()
export class NodeResolver {
  @Query(() => Node, {
    nullable: true,
    description: 'Any object by its global id (as at the date a dated id carries); null when there is none.',
  })
  async node(
    @Ctx() context: Context,
    @Arg('id', () => ID, { description: 'A global id; a dated one gives the object as at its date.' }) id: string,
  ): Promise<Node | null> {
    const decoded = decodeGlobalId(id);
    if (!decoded) throw badUserInput('id', `"${id}" is not an id this API gave out`);
    return (await loadNode(context, decoded)) ?? null;
  }

  @Query(() => [Node], {
    nullable: 'items',
    description: `Several objects by global id, in the order asked (null where there is none); at most ${maxIds}.`,
  })
  async nodes(
    @Ctx() context: Context,
    @Arg('ids', () => [ID], { description: 'Global ids; each dated one gives its object as at its date.' })
    ids: string[],
  ): Promise<(Node | null)[]> {
    if (ids.length > maxIds) throw badUserInput('ids', `At most ${maxIds} ids at once; got ${ids.length}`);
    return Promise.all(
      ids.map(async (id, index) => {
        const decoded = decodeGlobalId(id);
        if (!decoded) throw badUserInput(`ids[${index}]`, `"${id}" is not an id this API gave out`);
        return (await loadNode(context, decoded)) ?? null;
      }),
    );
  }
}
