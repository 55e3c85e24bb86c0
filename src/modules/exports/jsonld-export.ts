import { asc, inArray, or } from 'drizzle-orm';
import { bodies, bodySuccessions, organisations, organisationSuccessions } from '../../../schema/database/index';
import { BodyStore } from '../bodies/index';
import { OrganisationStore } from '../organisations/index';
import { toGlobalId } from '../../shared/global-id';
import { jsonLdContext } from './jsonld-context';
import { exportKinds } from './export-kinds';
import { exportRows, type ExportRun } from './export-rows';
import { nodesOf, ref, type Cells, type Node } from './jsonld-nodes';
import { streamSelect, streamable } from './row-stream';

/**
 * Every kind of the export as one JSON-LD document, `{ "@context": …, "@graph": [ … ] }`, written node by node:
 * organisations and bodies in ORG, seats as `org:Membership` with `org:memberDuring` an OWL-Time interval,
 * sub-groups as `org:OrganizationalUnit` under `org:subOrganizationOf`, successions as `org:ChangeEvent`, and the
 * registry's own terms for the rest. `contextUrl` is where the context is published; without one it is inlined.
 */
export async function* jsonLdExport(run: ExportRun, contextUrl: string | null): AsyncGenerator<string> {
  const context = contextUrl ?? jsonLdContext['@context'];
  let opening = `{"@context":${JSON.stringify(context)},"@graph":[\n`;
  let first = true;
  let written = 0;
  const chunkOf = (nodes: Node[]) => {
    let chunk = opening;
    opening = '';
    for (const node of nodes) {
      chunk += (first ? '' : ',\n') + JSON.stringify(node);
      first = false;
    }
    return chunk;
  };
  const counted = { ...run, onRows: undefined };
  for (const kind of exportKinds) {
    const names = [...kind.columns.map((column) => column.name), 'redacted'];
    for await (const rows of exportRows(kind, counted)) {
      const nodes = rows.flatMap(({ cells, redacted }) => {
        const record: Cells = Object.fromEntries(
          names.map((name, index) => [name, index < cells.length ? cells[index] : redacted]),
        );
        return nodesOf(kind, record);
      });
      written += rows.length;
      yield chunkOf(nodes);
      run.onRows?.(written);
    }
  }
  for await (const nodes of successionNodes(run)) yield chunkOf(nodes);
  yield `${opening}\n]}\n`;
}

/** Successions of the export's organisations and bodies, as `org:ChangeEvent`s between them. */
async function* successionNodes(run: ExportRun): AsyncGenerator<Node[]> {
  const { db } = run.context;
  const criteria = { areaId: run.scope.areaId, asOf: run.scope.asOf };
  const ofOrganisations = db
    .select({ id: organisations.id })
    .from(organisations)
    .where(new OrganisationStore(db).conditions(criteria));
  const ofBodies = db.select({ id: bodies.id }).from(bodies).where(new BodyStore(db).conditions(criteria));
  const queries = [
    {
      type: 'Organisation' as const,
      query: db
        .select()
        .from(organisationSuccessions)
        .where(
          or(
            inArray(organisationSuccessions.predecessorId, ofOrganisations),
            inArray(organisationSuccessions.successorId, ofOrganisations),
          ),
        )
        .orderBy(asc(organisationSuccessions.occurredOn), asc(organisationSuccessions.id)),
      part: 'OrganisationSuccession' as const,
    },
    {
      type: 'Body' as const,
      query: db
        .select()
        .from(bodySuccessions)
        .where(or(inArray(bodySuccessions.predecessorId, ofBodies), inArray(bodySuccessions.successorId, ofBodies)))
        .orderBy(asc(bodySuccessions.occurredOn), asc(bodySuccessions.id)),
      part: 'BodySuccession' as const,
    },
  ];
  for (const { type, query, part } of queries) {
    type Succession = { id: string; predecessorId: string; successorId: string; kind: string; occurredOn: string };
    for await (const rows of streamSelect<Succession>(db, streamable(query), run.signal)) {
      yield rows.map((row) => ({
        id: ref(toGlobalId(part, row.id)),
        type: 'ChangeEvent',
        originalOrganization: ref(toGlobalId(type, row.predecessorId)),
        resultingOrganization: ref(toGlobalId(type, row.successorId)),
        successionKind: row.kind,
        date: row.occurredOn,
      }));
    }
  }
}
