import { byId, h, words } from './dom';
import type { BodyDetails, Delegation, EdgeRecord, Finding, Line, OrganisationDetails, Seat } from './details.types';
import { explorerLink } from './queries';

const panel = () => byId('details');

function show(title: string, query: string, ...content: (HTMLElement | null)[]): void {
  panel().replaceChildren(
    h('h2', { id: 'details-title' }, title),
    ...content.filter((part): part is HTMLElement => part !== null),
    h('p', {}, h('a', { href: explorerLink(query), id: 'explorer-link' }, 'Open this query in the explorer')),
  );
}

export function showMessage(title: string, text: string): void {
  panel().replaceChildren(h('h2', { id: 'details-title' }, title), h('p', { class: 'hint' }, text));
}

function facts(pairs: [string, string | null | undefined][]): HTMLElement {
  const shown = pairs.filter(([, value]) => value);
  return h('dl', {}, ...shown.flatMap(([term, value]) => [h('dt', {}, term), h('dd', {}, value!)]));
}

function memberName(seat: Seat): string {
  const { member } = seat;
  const name =
    member.__typename === 'Person'
      ? (member.personName ?? `a ${words(member.category)} representative`)
      : (member.name ?? member.title ?? '');
  return seat.onBehalfOf && !name.includes(seat.onBehalfOf.name) ? `${name} (for ${seat.onBehalfOf.name})` : name;
}

function mandateOf(seat: Seat): string {
  if (seat.canCommitResources === null) return '';
  return seat.canCommitResources ? `yes${seat.commitScope ? `: ${seat.commitScope}` : ''}` : 'no';
}

/** Members and roles; the column of mandates only where the viewer may read at least one. */
function seatTable(seats: Seat[]): HTMLElement {
  if (seats.length === 0) return h('p', {}, 'No seats on the date.');
  const mandates = seats.some((seat) => seat.canCommitResources !== null);
  const head = ['Member', 'Role', 'Votes', ...(mandates ? ['May commit resources'] : [])];
  return h(
    'table',
    { class: 'seats' },
    h('thead', {}, h('tr', {}, ...head.map((cell) => h('th', { scope: 'col' }, cell)))),
    h(
      'tbody',
      {},
      ...seats.map((seat) =>
        h(
          'tr',
          {},
          h('td', {}, memberName(seat)),
          h('td', {}, words(seat.role)),
          h('td', {}, seat.votingRight ? 'yes' : 'no'),
          mandates && h('td', {}, mandateOf(seat)),
        ),
      ),
    ),
  );
}

function lineList(title: string, lines: Line[]): HTMLElement {
  const items = lines.map((line) => {
    const other = line.to ?? line.from;
    return h('li', {}, line.to ? `${words(line.kind)} ${other?.name}` : `${other?.name} ${words(line.kind)} this`);
  });
  return h('section', {}, h('h3', {}, title), items.length ? h('ul', {}, ...items) : h('p', {}, 'None.'));
}

function delegationItem(delegation: Delegation): HTMLElement {
  const party = delegation.delegate
    ? ` to ${delegation.delegate.name}`
    : delegation.delegator
      ? ` from ${delegation.delegator.name}`
      : '';
  const limit =
    delegation.financialLimit === null ? '' : `, limit £${delegation.financialLimit.toLocaleString('en-GB')}`;
  const reserved = delegation.reservedMatters?.length ? `; reserved: ${delegation.reservedMatters.join(', ')}` : '';
  return h('li', {}, `${delegation.power.description} (${delegation.scope})${party}${limit}${reserved}`);
}

function delegationList(granted: Delegation[], received: Delegation[]): HTMLElement {
  const items = [...granted, ...received].map(delegationItem);
  return h('section', {}, h('h3', {}, 'Delegations'), items.length ? h('ul', {}, ...items) : h('p', {}, 'None.'));
}

function findingList(findings: Finding[] | null): HTMLElement {
  if (findings === null) return h('section', {}, h('h3', {}, 'Compliance'), h('p', {}, 'Not shown to you.'));
  const items = findings.map((finding) =>
    h(
      'li',
      { class: `finding-${finding.outcome}` },
      `${finding.rule.title}: ${words(finding.outcome)}. ${finding.explanation}`,
      finding.missing.length ? ` Missing: ${finding.missing.map((item) => item.label).join(', ')}.` : '',
    ),
  );
  return h(
    'section',
    {},
    h('h3', {}, 'Compliance findings'),
    items.length ? h('ul', {}, ...items) : h('p', {}, 'No finding about this body.'),
  );
}

export function showBody(body: BodyDetails, findings: Finding[] | null, query: string): void {
  show(
    body.name,
    query,
    facts([
      ['Kind', words(body.bodyKind)],
      ['Level', words(body.level)],
      ['Area', `${body.area.name} (${body.area.code})`],
      ['Established', body.established],
      ['Meets', body.meetingFrequency],
      ['Chair', body.chair ? memberName(body.chair) : 'none recorded'],
    ]),
    h('h3', {}, 'Members and roles'),
    seatTable(body.memberships),
    lineList('Lines up (from this body)', body.linesOut),
    lineList('Lines down (to this body)', body.linesIn),
    delegationList(body.delegationsGranted, body.delegationsReceived),
    findingList(findings?.filter((finding) => finding.subjectId === body.recordId) ?? null),
  );
}

export function showOrganisation(organisation: OrganisationDetails, query: string): void {
  const seats = organisation.membershipsConnection.nodes;
  show(
    organisation.name,
    query,
    facts([
      ['Kind', words(organisation.organisationKind)],
      ['Sector', words(organisation.sector)],
      ['Code', organisation.code],
      ['Area', organisation.area?.name],
    ]),
    h('h3', {}, 'Seats'),
    seats.length
      ? h('ul', {}, ...seats.map((seat) => h('li', {}, `${words(seat.role)} of ${seat.body.name}`)))
      : h('p', {}, 'None on the date.'),
    lineList('Lines out', organisation.linesOut),
    lineList('Lines in', organisation.linesIn),
    delegationList(organisation.delegationsGranted, organisation.delegationsReceived),
  );
}

export function showEdge(record: EdgeRecord | null, kind: string, query: string): void {
  if (!record) return showMessage(words(kind), 'The record behind this edge is not shown to you.');
  if (record.__typename === 'Membership') {
    return show(`Seat on ${record.body?.name}`, query, seatTable([record]), facts([['Since', record.validFrom]]));
  }
  if (record.__typename === 'AccountabilityLine') {
    const sentence = `${record.from?.name} ${words(record.kind)} ${record.to?.name}`;
    return show(
      words(record.kind),
      query,
      h('p', {}, sentence),
      facts([
        ['Since', record.validFrom],
        ['Until', record.validTo],
        ['Note', record.note],
      ]),
    );
  }
  show(
    'Delegation',
    query,
    h('p', {}, `${record.delegator?.name} delegates to ${record.delegate?.name}`),
    h('ul', {}, delegationItem({ ...record, delegate: undefined, delegator: undefined, scope: record.scope })),
    facts([
      ['Since', record.validFrom],
      ['Until', record.validTo],
    ]),
  );
}
