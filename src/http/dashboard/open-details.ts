import { failuresOf, runQuery, type Credentials } from './api';
import { showBody, showEdge, showMessage, showOrganisation } from './details';
import type { BodyDetails, EdgeRecord, Finding, OrganisationDetails } from './details.types';
import type { Selection } from './graph-view';
import { bodyQuery, edgeQuery, organisationQuery } from './queries';

interface Context {
  credentials: Credentials | null;
  asOf: string;
  areaCode: string;
}

/** Opens the details of what was clicked last (an answer for an earlier click, arriving late, is dropped). */
export function detailsOpener(context: () => Context) {
  let selecting = 0;
  return async function select(selection: Selection): Promise<void> {
    const run = ++selecting;
    const { credentials, asOf, areaCode } = context();
    const current = () => run === selecting;
    if (selection.type === 'edge') {
      const query = edgeQuery(selection.edge.recordId);
      const answer = await runQuery<{ node: EdgeRecord | null }>(query, credentials);
      if (!current()) return;
      return showEdge(answer.data?.node ?? null, selection.edge.kind, query);
    }
    const { node } = selection;
    if (node.kind === 'BODY') {
      const query = bodyQuery(node.recordId, asOf, areaCode);
      const answer = await runQuery<{ body: BodyDetails | null; compliance: { findings: Finding[] } | null }>(
        query,
        credentials,
      );
      if (!current()) return;
      if (!answer.data?.body) return showMessage(node.label, failuresOf(answer)[0]?.message ?? 'Not found.');
      return showBody(answer.data.body, answer.data.compliance?.findings ?? null, query);
    }
    const query = organisationQuery(node.recordId, asOf);
    const answer = await runQuery<{ organisation: OrganisationDetails | null }>(query, credentials);
    if (!current()) return;
    if (!answer.data?.organisation) return showMessage(node.label, failuresOf(answer)[0]?.message ?? 'Not found.');
    showOrganisation(answer.data.organisation, query);
  };
}
