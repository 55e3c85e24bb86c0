import type { AreaBodies } from './body';
import type { AreaContext } from './context';
import { cite } from './figures';
import { seatMembers } from './posts';
import type { Random } from './random';
import { chairOf, type SeatMaker } from './seat-maker';

/** Locality boards gather local heads, the council's locality manager and neighbourhood services (001 App. 1). */
export function seatLocalities(ctx: AreaContext, bodies: AreaBodies, seat: SeatMaker, random: Random): void {
  const { partners: p, rows } = ctx;
  const sector = { constituency: 'SECTOR' } as const;
  bodies.localities.forEach(({ place, body }, i) => {
    const primary = seat(p.primarySchools[i]!, 'Headteacher', sector);
    const high = seat(p.highSchools[Math.floor(i / 2)] ?? p.specialSchool, 'Headteacher', sector);
    const manager = seat(p.la, `Locality Manager, ${place.name}`);
    seatMembers(rows, body, [
      chairOf(random.chance(0.5) ? manager : random.pick([primary, high])),
      manager,
      primary,
      high,
      seat(p.pcts[i % p.pcts.length]!.current, `Health Visiting Team Leader, ${place.name}`),
      seat(p.police, `Neighbourhood Inspector, ${place.name}`),
      seat(p.cvs, `Locality Development Worker, ${place.name}`, sector),
      ...(random.chance(0.3) ? [seat(p.yot, `Youth Offending Officer, ${place.name}`)] : []),
      ...(random.chance(0.3) ? [seat(p.connexions, `Personal Adviser Team Leader, ${place.name}`)] : []),
      ...(random.chance(0.3)
        ? [
            seat(null, `Young People's Representative, ${place.name}`, {
              role: 'CO_OPTEE',
              constituency: 'OTHER',
              sources: cite.youngPeople,
            }),
          ]
        : []),
    ]);
  });
  for (const { place, index, body } of bodies.districts) {
    const council = p.districtCouncils[index]!;
    seatMembers(rows, body, [
      chairOf(seat(council, 'Lead Councillor for Children and Young People')),
      seat(p.la, `District Commissioner, ${place.name}`, { sources: cite.districtBoards }),
      seat(p.pcts[index % p.pcts.length]!.current, `Locality Commissioner, ${place.name}`),
      seat(p.police, `District Commander, ${place.name}`),
      seat(p.cvs, `Locality Development Worker, ${place.name}`, sector),
      // Localities of a county are dealt out to its districts in turn, and each has its primary school.
      ...p.primarySchools
        .filter((_, i) => i % p.districtCouncils.length === index)
        .map((school) => seat(school, 'Headteacher', sector)),
    ]);
  }
}
