import type { Context } from '../../context';
import { today, type IsoDate } from '../../shared/dates';
import { warningsOf, type ComplianceFinding } from '../compliance/index';
import type { memberships } from '../../../schema/database/index';

type SeatRow = typeof memberships.$inferSelect;

/**
 * The rules of board composition each seat write can break (DOMAIN.md §4 rules 1, 2, 7 and 15, and the guidance's
 * rules on whom the board seats). All warn: the guidance asks for these seats, but no statute forbids a board
 * without them, and real boards lacked them (003 Summary, ¶68, ¶71, ¶140). A new seat can lack a mandate; a changed
 * one can lose it; an ended one can leave a relevant partner, a district, the LA–PCT pair, a sector, a post the
 * guidance names or the chair without a seat.
 */
export const seatRules = {
  appointed: ['board.mandates'],
  changed: ['board.mandates', 'board.la-pct-relationship'],
  ended: [
    'board.relevant-partners',
    'board.districts-engaged',
    'board.la-pct-relationship',
    'board.extended-partners',
    'board.third-and-private-sectors',
    'board.lead-member-and-director',
    'board.lead-gp',
    'board.chaired',
  ],
} as const;

/** What the seat's write leaves broken on the day it takes effect, judged as `compliance` judges the area. */
export async function seatWarnings(
  context: Context,
  seat: SeatRow,
  change: keyof typeof seatRules,
): Promise<ComplianceFinding[]> {
  const body = await context.stores.bodies.byId.load(seat.bodyId);
  const organisationId = seat.onBehalfOfId ?? seat.memberOrganisationId;
  const organisation = organisationId ? await context.stores.organisations.byId.load(organisationId) : undefined;
  const asOf: IsoDate =
    change === 'ended'
      ? seat.validTo!
      : change === 'changed' && seat.validFrom < today()
        ? latestHeld(seat)
        : seat.validFrom;
  return warningsOf(
    context,
    {
      recordType: 'Membership',
      rowId: seat.id,
      areaId: body?.areaId ?? null,
      asOf,
      concerns: [
        ...(organisation ? [{ recordType: 'Organisation', rowId: organisation.id }] : []),
        ...(organisation?.areaId ? [{ recordType: 'Area', rowId: organisation.areaId }] : []),
      ],
      sinceDayBefore: change === 'ended',
    },
    seatRules[change],
  );
}

/** The last day the seat holds, up to today: a changed seat's terms are judged where they now stand. */
function latestHeld(seat: SeatRow): IsoDate {
  const now = today();
  if (seat.validTo === null || seat.validTo > now) return now;
  return seat.validFrom;
}
