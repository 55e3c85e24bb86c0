import { sql, type SQL } from 'drizzle-orm';
import type { Standing } from '../../auth/access';
import { holdsAt, type IsoDate } from '../../shared/dates';
import type { MatchedFieldValue, SearchKindValue, SearchRowType } from './search.store';

/**
 * Text as search compares it: lower case, accents folded, apostrophes dropped (so "Children’s", "children's" and
 * "childrens" are one word), and any other run of punctuation or space a single space. `search_fold` is an
 * IMMUTABLE function (migration 0015) whose results the trigram indexes hold, so that names are found through the
 * index rather than folded row by row; the same function folds the samples a test holds `foldText` to.
 */
export const folded = (text: SQL) => sql`search_fold((${text})::text)`;

/**
 * One name a kind of record is found by: the column it is in (`text`, which the index folds), the rows that carry
 * it, and what the hit says about it. `areas` is the areas the record belongs to (an array), `current` whether the
 * record (and the name) holds on the date asked, or today.
 */
interface NameSource {
  kind: SearchKindValue;
  type: SearchRowType;
  id: SQL;
  text: SQL;
  field: SQL;
  areas: SQL;
  current: SQL;
  /** The FROM clause and the conditions on the date; the match on the name is added to them. */
  from: SQL;
  where: SQL;
  /** The record a hit belongs to, where it is a part (a body's document): its id. */
  owner?: SQL;
}

/**
 * The date a search holds records to (`when`, if asked), the one names are `current` on (`asOf`, or today), and
 * the viewer's standing, to leave out people and documents that no field rule could show it (null: none left out).
 */
export interface SearchScope {
  asOf: IsoDate;
  when: IsoDate | null;
  today: IsoDate;
  standing: Standing | null;
}
type Source = Omit<NameSource, 'kind' | 'type'>;

const field = (value: MatchedFieldValue) => sql.raw(`'${value}'`);
const datedOf = (when: IsoDate | null) => (alias: string) => (when ? holdsAt(alias, when) : sql`true`);

function areaNames({ asOf, when }: SearchScope): Source[] {
  const area = { id: sql`a.id`, areas: sql`ARRAY[a.id]`, current: holdsAt('a', asOf), from: sql`areas a` };
  const dated = datedOf(when)('a');
  return [
    { ...area, text: sql`a.name`, field: field('NAME'), where: dated },
    { ...area, text: sql`a.code`, field: field('IDENTIFIER'), where: dated },
  ];
}

function organisationNames({ asOf, when }: SearchScope): Source[] {
  const organisation = { id: sql`o.id`, areas: sql`ARRAY[o.area_id]` };
  const dated = datedOf(when)('o');
  return [
    {
      ...organisation,
      text: sql`o.name`,
      field: field('NAME'),
      current: holdsAt('o', asOf),
      from: sql`organisations o`,
      where: dated,
    },
    {
      ...organisation,
      text: sql`n.name`,
      field: sql`CASE WHEN ${holdsAt('n', asOf)} THEN 'NAME' ELSE 'FORMER_NAME' END`,
      current: holdsAt('n', asOf),
      from: sql`organisation_names n JOIN organisations o ON o.id = n.organisation_id`,
      where: sql`${dated} AND n.name <> o.name`,
    },
    {
      ...organisation,
      text: sql`i.value`,
      field: field('IDENTIFIER'),
      current: holdsAt('i', asOf),
      from: sql`organisation_identifiers i JOIN organisations o ON o.id = i.organisation_id`,
      where: dated,
    },
    {
      ...organisation,
      text: sql`o.code`,
      field: field('IDENTIFIER'),
      current: holdsAt('o', asOf),
      from: sql`organisations o`,
      where: sql`o.code IS NOT NULL AND ${dated}`,
    },
  ];
}

function bodyNames({ asOf, when }: SearchScope): Source[] {
  const body = { id: sql`b.id`, areas: sql`ARRAY[b.area_id]`, current: holdsAt('b', asOf) };
  const dated = datedOf(when)('b');
  const adoptedBy = when ? sql`AND d.adopted_on <= ${when}` : sql``;
  return [
    { ...body, text: sql`b.name`, field: field('NAME'), from: sql`bodies b`, where: dated },
    {
      ...body,
      text: sql`x.alias`,
      field: field('ALIAS'),
      from: sql`body_aliases x JOIN bodies b ON b.id = x.body_id`,
      where: dated,
    },
    {
      ...body,
      text: sql`d.title`,
      field: field('DOCUMENT_TITLE'),
      from: sql`body_documents d JOIN bodies b ON b.id = d.body_id`,
      where: sql`d.status <> 'DRAFT' AND ${dated} ${adoptedBy}`,
    },
  ];
}

const postNames = ({ asOf, when }: SearchScope): Source[] => [
  {
    id: sql`p.id`,
    text: sql`p.title`,
    field: field('TITLE'),
    areas: sql`ARRAY[coalesce(r.area_id, e.area_id)]`,
    current: holdsAt('p', asOf),
    from: sql`posts p LEFT JOIN bodies r ON r.id = p.responsible_to_body_id
      LEFT JOIN organisations e ON e.id = p.employer_id`,
    where: datedOf(when)('p'),
  },
];

function planNames({ asOf, when }: SearchScope): Source[] {
  const inForce = (on: IsoDate) => sql`(p.period_start <= ${on} AND (p.period_end IS NULL OR p.period_end > ${on}))`;
  const where = when ? inForce(when) : sql`true`;
  return [
    {
      id: sql`p.id`,
      text: sql`p.title`,
      field: field('TITLE'),
      areas: sql`ARRAY[p.area_id]`,
      current: inForce(asOf),
      from: sql`plans p`,
      where,
    },
  ];
}

/**
 * Where a body stands to the viewer as the field rules see it: among the bodies it sits on or serves, or in an area
 * it oversees. A superset of what `Person.name`'s and the documents' rules allow on those grounds, so that the best
 * `first` people and documents are ones the viewer may read; the rules, asked of each hit, remain the judge.
 */
function withinStanding(standing: Standing, body: SQL, area: SQL): SQL {
  return sql`(${body} = ANY(${sql.param(standing.bodies)}::uuid[]) OR ${area} = ANY(${sql.param(standing.areas)}::uuid[]))`;
}

/**
 * A person belongs to the areas of the bodies they sit on in person; people have no dates of their own. Their name
 * is public while they hold a senior post; otherwise it is for those standing to a body they sit on today, in person
 * or through a post they hold.
 */
function personNames({ today, standing }: SearchScope): Source[] {
  const held = sql`SELECT h.post_id FROM post_holdings h WHERE h.person_id = pe.id AND ${holdsAt('h', today)}`;
  const readable = standing
    ? sql`AND (EXISTS (SELECT 1 FROM posts sp WHERE sp.senior AND sp.id IN (${held}))
        OR EXISTS (SELECT 1 FROM memberships rm JOIN bodies rb ON rb.id = rm.body_id
          WHERE (rm.member_person_id = pe.id OR rm.member_post_id IN (${held})) AND ${holdsAt('rm', today)}
            AND ${withinStanding(standing, sql`rb.id`, sql`rb.area_id`)}))`
    : sql``;
  return [
    {
      id: sql`pe.id`,
      text: sql`pe.name`,
      field: field('NAME'),
      areas: sql`ARRAY(SELECT sb.area_id FROM memberships sm JOIN bodies sb ON sb.id = sm.body_id
        WHERE sm.member_person_id = pe.id)`,
      current: sql`true`,
      from: sql`people pe`,
      where: sql`pe.name IS NOT NULL ${readable}`,
    },
  ];
}

/**
 * Drafts too: an adopted document is public, unless it is an LSCB's; a draft, or an LSCB's, is for those standing
 * to its body. Whether the viewer may read each is then the field rules' question, asked of every hit found.
 */
function documentTitles({ asOf, when, standing }: SearchScope): Source[] {
  const dated = when ? sql`${holdsAt('b', when)} AND (d.adopted_on IS NULL OR d.adopted_on <= ${when})` : sql`true`;
  const readable = standing
    ? sql`AND ((d.status <> 'DRAFT' AND b.kind <> 'LSCB') OR ${withinStanding(standing, sql`b.id`, sql`b.area_id`)})`
    : sql``;
  return [
    {
      id: sql`d.id`,
      text: sql`d.title`,
      field: field('TITLE'),
      areas: sql`ARRAY[b.area_id]`,
      current: holdsAt('b', asOf),
      from: sql`body_documents d JOIN bodies b ON b.id = d.body_id`,
      where: sql`${dated} ${readable}`,
      owner: sql`b.id`,
    },
  ];
}

const namesOfKind: Record<SearchKindValue, [SearchRowType, (dates: SearchScope) => Source[]]> = {
  AREA: ['Area', areaNames],
  ORGANISATION: ['Organisation', organisationNames],
  BODY: ['Body', bodyNames],
  POST: ['Post', postNames],
  PLAN: ['Plan', planNames],
  PERSON: ['Person', personNames],
  DOCUMENT: ['BodyDocument', documentTitles],
};

/**
 * Every name search looks in, for the kinds asked. Each source is its own SELECT with the match written against
 * its own column, so that the planner reaches the trigram index on that column; `when` is the date asked, if any.
 */
export function nameSources(kinds: Set<SearchKindValue>, dates: SearchScope): NameSource[] {
  // In the catalogue's order, whatever the order asked, so that one set of kinds is one statement text (prepared once).
  return (Object.keys(namesOfKind) as SearchKindValue[])
    .filter((kind) => kinds.has(kind))
    .flatMap((kind) => {
      const [type, sources] = namesOfKind[kind];
      return sources(dates).map((source) => ({ kind, type, ...source }));
    });
}

/**
 * A source's SELECT of (kind, type, id, text, field, areas, current, owner, hay), keeping the names whose folded
 * text `matches`: `hay` is the folded name, written as the index is, so that the planner can use the index.
 */
export function selectNames(source: NameSource, matches: (hay: SQL) => SQL): SQL {
  const hay = folded(source.text);
  return sql`SELECT ${source.kind}::text, ${source.type}::text, ${source.id}, ${source.text}, ${source.field}::text,
      ${source.areas}, ${source.current}, ${source.owner ?? sql`NULL::uuid`}, ${hay}
    FROM ${source.from} WHERE ${source.where} AND ${matches(hay)}`;
}
