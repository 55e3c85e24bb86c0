import type { AreaContext } from './context';
import { table6Kinds, type Table6Kind } from './figures';
import type { Organisation } from './organisations';

export const isTable6 = (kind: string): kind is Table6Kind => (table6Kinds as readonly string[]).includes(kind);

/**
 * Whether a partner's members on the board can commit its resources. For the 003 Table 6 kinds the area profile
 * decides (so the national shares hold); the answer is per partner, the same for all its seats. Where there is no
 * mandate it is recorded as false or, for some, unknown: many members "lack a mandate" (003 Summary).
 */
export function mandates(ctx: AreaContext) {
  const random = ctx.random('board-mandates');
  const decided = new Map<string, boolean | null>();
  return (organisation: Organisation | null): boolean | null => {
    if (!organisation) return null;
    let mandate = decided.get(organisation.kind);
    if (mandate === undefined) {
      const chance = random.next();
      mandate = isTable6(organisation.kind)
        ? ctx.profile.commits.has(organisation.kind) || (chance < 0.7 ? false : null)
        : chance < 0.25
          ? true
          : chance < 0.75
            ? false
            : null;
      decided.set(organisation.kind, mandate);
    }
    return mandate;
  };
}
