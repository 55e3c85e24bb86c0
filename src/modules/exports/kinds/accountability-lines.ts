import { and, asc, inArray, or } from 'drizzle-orm';
import { accountabilityLines, bodies } from '../../../../schema/database/index';
import { holdsOn } from '../../../shared/dates';
import { BodyStore } from '../../bodies/index';
import { defineKind } from '../export-kind';
import { globalId, lookup, partyType } from './cells';

const fromName = lookup('bodies', 'name', accountabilityLines.fromBodyId);
const fromOrganisationName = lookup('organisations', 'name', accountabilityLines.fromOrganisationId);
const toName = lookup('bodies', 'name', accountabilityLines.toBodyId);
const toOrganisationName = lookup('organisations', 'name', accountabilityLines.toOrganisationId);

export const accountabilityLinesKind = defineKind({
  name: 'accountability-lines',
  description:
    'Lines in force on the date from or to a body of the export, as `Body.linesOut(asOf)` and `Body.linesIn(asOf)` give them.',
  select: (db, scope) => {
    const scoped = db
      .select({ id: bodies.id })
      .from(bodies)
      .where(new BodyStore(db).conditions({ areaId: scope.areaId, asOf: scope.asOf }));
    return db
      .select({ line: accountabilityLines, fromName, fromOrganisationName, toName, toOrganisationName })
      .from(accountabilityLines)
      .where(
        and(
          holdsOn(accountabilityLines, scope.asOf),
          or(inArray(accountabilityLines.fromBodyId, scoped), inArray(accountabilityLines.toBodyId, scoped)),
        ),
      )
      .orderBy(asc(accountabilityLines.kind), asc(accountabilityLines.id));
  },
  columns: [
    {
      name: 'id',
      description: 'The line’s id in the API',
      value: (row) => globalId('AccountabilityLine', row.line.id),
    },
    { name: 'kind', description: 'AccountabilityKind, read "from <kind> to"', value: (row) => row.line.kind },
    { name: 'from_type', description: 'BODY or ORGANISATION', value: (row) => partyType(row.line.fromBodyId) },
    {
      name: 'from_id',
      description: 'The party the line starts from',
      value: (row) => globalId('Body', row.line.fromBodyId) ?? globalId('Organisation', row.line.fromOrganisationId),
    },
    { name: 'from_name', description: 'Its name', value: (row) => row.fromName ?? row.fromOrganisationName },
    { name: 'to_type', description: 'BODY or ORGANISATION', value: (row) => partyType(row.line.toBodyId) },
    {
      name: 'to_id',
      description: 'The party it points to',
      value: (row) => globalId('Body', row.line.toBodyId) ?? globalId('Organisation', row.line.toOrganisationId),
    },
    { name: 'to_name', description: 'Its name', value: (row) => row.toName ?? row.toOrganisationName },
    { name: 'note', description: 'Qualification, e.g. "to cabinet only"', value: (row) => row.line.note },
    { name: 'basis_document', description: 'The document that establishes it', value: (row) => row.line.basisDocument },
    { name: 'valid_from', description: 'First day it holds', value: (row) => row.line.validFrom },
    {
      name: 'valid_to',
      description: 'First day it no longer holds; empty while it does',
      value: (row) => row.line.validTo,
    },
    { name: 'synthetic', description: 'true when generated for sample data', value: (row) => row.line.synthetic },
  ],
});
