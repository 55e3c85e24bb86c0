import { makeBody } from './body';
import type { AreaContext } from './context';
import { dayBetween } from './dates';
import { cite } from './figures';
import type { Body } from './posts';
import { generated, nationalId } from './rows';

/** 003 ¶58: over two thirds are called "children's trust boards"; the rest by a handful of other names. */
const otherBoardNames = [
  "Children and Young People's Strategic Partnership",
  "Children and Young People's Strategic Board",
  'Change for Children Board',
  "Children and Young People's Alliance Board",
];

/** Background: the 2009 Act made boards statutory from 1 April 2010, as 001 ¶4 said the government planned. */
const statutoryFrom = '2010-04-01';

/** The children's trust board with its legal status history, an alias for some, and terms of reference. */
export function buildBoard(ctx: AreaContext): Body {
  const { area, profile, rows } = ctx;
  const random = ctx.random('board');
  const established = profile.establishedLate
    ? dayBetween(random, '2008-04-01', '2009-02-01')
    : dayBetween(random, '2004-11-01', '2008-03-31');
  const usual = random.chance(0.7);
  const name = `${area.name} ${usual ? "Children's Trust Board" : random.pick(otherBoardNames)}`;
  const decides = profile.legalStatus !== 'NON_LEGAL_PARTNERSHIP';
  const board = makeBody(ctx, {
    part: 'board',
    name,
    kind: 'CHILDRENS_TRUST_BOARD',
    level: 'STRATEGIC',
    governanceModel:
      profile.legalStatus === 'LEGAL_PARTNERSHIP'
        ? 'PARTNERSHIP_BY_LEGAL_AGREEMENT'
        : 'COLLABORATIVE_STRATEGIC_PARTNERSHIP',
    role: decides ? 'DECISION_MAKING' : 'ADVISORY',
    chairType: profile.chairType,
    votingArrangement: profile.voting,
    decisionRule:
      profile.voting === 'CONSENSUS_ONLY'
        ? 'CONSENSUS'
        : random.weighted({ MAJORITY_PRESENT: 5, CONSENSUS: 4, UNANIMOUS: 1 }),
    meetingFrequency: profile.meetings,
    validFrom: established,
    sources: [...cite.chairs, ...cite.boardNames, ...cite.voting, ...cite.meetings],
  });
  const statutory = area.validTo === null || area.validTo > statutoryFrom;
  rows.bodyLegalStatuses.push({
    id: nationalId('body_legal_statuses', `${board.key}|${profile.legalStatus}`),
    bodyId: board.id,
    status: profile.legalStatus,
    validFrom: board.validFrom,
    validTo: statutory ? statutoryFrom : board.validTo,
    ...generated(cite.legalStatus),
  });
  if (statutory) {
    rows.bodyLegalStatuses.push({
      id: nationalId('body_legal_statuses', `${board.key}|STATUTORY_BODY`),
      bodyId: board.id,
      status: 'STATUTORY_BODY',
      validFrom: statutoryFrom,
      validTo: null,
      ...generated(cite.statutoryBoard),
    });
  }
  if (random.chance(0.3)) {
    const alias = usual ? `${area.name} Children's Trust` : `${area.name} Children's Trust Board`;
    rows.bodyAliases.push({
      id: nationalId('body_aliases', `${board.key}|${alias}`),
      bodyId: board.id,
      alias,
      // The usual name and its variant are used side by side for as long as the board exists.
      validFrom: board.validFrom,
      validTo: board.validTo,
      ...generated(),
    });
  }
  rows.bodyDocuments.push({
    id: nationalId('body_documents', `${board.key}|tor|1`),
    bodyId: board.id,
    kind: 'TERMS_OF_REFERENCE',
    title: `${name}: terms of reference`,
    documentVersion: '1',
    status: 'ADOPTED',
    adoptedOn: board.validFrom,
    covers: profile.termsOfReference,
    ...generated(cite.termsOfReference),
  });
  return board;
}
