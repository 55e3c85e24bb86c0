import type { Context } from '../../context';
import { lscbOr } from '../bodies/body.permissions';

interface DecisionFacts {
  bodyId: string;
  published: boolean;
}

/**
 * Whether the viewer may know of a decision (`content` false) or read it in full (`content` true): the rules of the
 * Decision fields, for lists that would otherwise show what those fields hide (an LSCB's decisions, a partner's
 * pending ratifications of unpublished ones).
 */
export async function mayRead(context: Context, decision: DecisionFacts, content: boolean): Promise<boolean> {
  const body = await context.stores.bodies.byId.load(decision.bodyId);
  if (!body) return false;
  const { action, anchors } = lscbOr('decision:read')({ kind: body.kind, uuid: body.id, areaId: body.areaId });
  if (action === 'decision:read' && (!content || decision.published)) return true;
  return (await context.access.grounds(action, anchors)) !== null;
}

/** The items whose decision the viewer may see, in their order. */
export async function visible<Item>(
  context: Context,
  items: Item[],
  decisionOf: (item: Item) => Promise<DecisionFacts | undefined> | DecisionFacts | undefined,
  content: boolean,
): Promise<Item[]> {
  const allowed = await Promise.all(
    items.map(async (item) => {
      const decision = await decisionOf(item);
      return decision ? mayRead(context, decision, content) : false;
    }),
  );
  return items.filter((_item, index) => allowed[index]);
}
