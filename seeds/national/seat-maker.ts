import type { AreaContext } from './context';
import type { Organisation } from './organisations';
import type { Seat } from './posts';
import type { Random } from './random';

export type SeatMaker = (org: Organisation | null, title: string, extra?: Partial<Seat>) => Seat;

/** Outside the board no figure applies, so mandates are drawn: councils and PCTs more often hold one. */
export function seatMaker(ctx: AreaContext, random: Random): SeatMaker {
  return (org, title, extra = {}) => {
    const strong = org?.kind === 'LOCAL_AUTHORITY' || org?.kind === 'PRIMARY_CARE_TRUST';
    const draw = random.next();
    const canCommitResources = org === null ? null : draw < (strong ? 0.5 : 0.25) ? true : draw < 0.8 ? false : null;
    return { post: ctx.posts.of(org, title), onBehalfOf: org, canCommitResources, ...extra };
  };
}

export const chairOf = (seat: Seat): Seat => ({ ...seat, role: 'CHAIR' });
