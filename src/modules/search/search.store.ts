import { sql, type SQL } from 'drizzle-orm';
import { selectRows, type Database } from '../../db';
import { holdsAt, type IsoDate } from '../../shared/dates';
import { areaCodeAndDescendants } from '../areas/area-tree';

export type SearchKindValue = 'AREA' | 'ORGANISATION' | 'BODY' | 'POST' | 'PLAN';
export type MatchedFieldValue = 'NAME' | 'FORMER_NAME' | 'ALIAS' | 'IDENTIFIER' | 'TITLE' | 'DOCUMENT_TITLE';

export interface SearchRequest {
  text: string;
  kinds: SearchKindValue[];
  /** Only records of this area and the areas within it. */
  areaCode: string | null;
  /** Only records that hold on this date; null searches every period, those holding today first. */
  asOf: IsoDate | null;
  first: number;
}

export interface SearchRow {
  kind: SearchKindValue;
  type: 'Area' | 'Organisation' | 'Body' | 'Post' | 'Plan';
  id: string;
  matched: string;
  field: MatchedFieldValue;
  score: number;
}

/** Accented letters and the letters they fold to, position by position; apostrophes, past the end, are dropped. */
const accented = 'áàâäãåāçčéèêëēěíìîïīñńóòôöõøōśšúùûüūýÿžß';
const plain = 'aaaaaaacceeeeeeiiiiinnoooooooss' + 'uuuuuyyzs';
const apostrophes = "\u2019\u2018\u02bc\u0060\u00b4'";

/**
 * Text as search compares it: lower case, accents folded, apostrophes dropped (so "Children’s", "children's" and
 * "childrens" are one word), and any other run of punctuation or space a single space. The same SQL folds the
 * records and the question, so the two can never disagree.
 */
export const folded = (text: SQL) =>
  sql`btrim(regexp_replace(translate(lower((${text})::text), ${accented + apostrophes}::text, ${plain}::text), '[^a-z0-9]+', ' ', 'g'))`;

/** The same folding in the process, for the question: its words become the statement's parameters. */
export function foldText(text: string): string {
  let out = '';
  for (const character of text.toLowerCase()) {
    if (apostrophes.includes(character)) continue;
    const at = accented.indexOf(character);
    out += at >= 0 ? plain[at] : character;
  }
  return out.replace(/[^a-z0-9]+/g, ' ').trim();
}

/** A word this long or longer may be misspelt by a letter or two; shorter ones must appear as they are. */
const fuzzyFrom = 5;
/** pg_trgm's word similarity at which a misspelt word still finds its name ("safegaurding" and "safeguarding": 0.53). */
const fuzzySimilarity = 0.5;

/**
 * A word of the question in a folded name: as it is, or, for a long word, one of the name's words close to it by
 * trigrams (pg_trgm), which forgives a transposed, missing or doubled letter. A name found only so ranks lower.
 */
function wordMatches(word: string, fuzzy: boolean): SQL {
  const literal = sql`f.hay LIKE ${`%${word}%`}`;
  return !fuzzy || word.length < fuzzyFrom
    ? literal
    : sql`(${literal} OR word_similarity(${word}, f.hay) >= ${fuzzySimilarity})`;
}

/**
 * Every name a record is found by, one row a name: a SELECT of (kind, type, id, text, field, area_id, current) per
 * kind of record. `current` says the record (and for a name, the name) holds on the date asked, or today.
 */
function candidates(asOf: IsoDate, kinds: Set<SearchKindValue>, when: IsoDate | null): SQL[] {
  const dated = (alias: string) => (when ? holdsAt(alias, when) : sql`true`);
  const parts: SQL[] = [];
  if (kinds.has('AREA')) {
    parts.push(sql`SELECT 'AREA', 'Area', a.id, a.name, 'NAME', a.id, ${holdsAt('a', asOf)} FROM areas a WHERE ${dated('a')}
      UNION ALL SELECT 'AREA', 'Area', a.id, a.code, 'IDENTIFIER', a.id, ${holdsAt('a', asOf)} FROM areas a WHERE ${dated('a')}`);
  }
  if (kinds.has('ORGANISATION')) {
    parts.push(sql`SELECT 'ORGANISATION', 'Organisation', o.id, o.name, 'NAME', o.area_id, ${holdsAt('o', asOf)}
        FROM organisations o WHERE ${dated('o')}
      UNION ALL SELECT 'ORGANISATION', 'Organisation', o.id, n.name,
          CASE WHEN ${holdsAt('n', asOf)} THEN 'NAME' ELSE 'FORMER_NAME' END, o.area_id, ${holdsAt('n', asOf)}
        FROM organisation_names n JOIN organisations o ON o.id = n.organisation_id WHERE ${dated('o')} AND n.name <> o.name
      UNION ALL SELECT 'ORGANISATION', 'Organisation', o.id, i.value, 'IDENTIFIER', o.area_id, ${holdsAt('i', asOf)}
        FROM organisation_identifiers i JOIN organisations o ON o.id = i.organisation_id WHERE ${dated('o')}
      UNION ALL SELECT 'ORGANISATION', 'Organisation', o.id, o.code, 'IDENTIFIER', o.area_id, ${holdsAt('o', asOf)}
        FROM organisations o WHERE o.code IS NOT NULL AND ${dated('o')}`);
  }
  if (kinds.has('BODY')) {
    parts.push(sql`SELECT 'BODY', 'Body', b.id, b.name, 'NAME', b.area_id, ${holdsAt('b', asOf)} FROM bodies b WHERE ${dated('b')}
      UNION ALL SELECT 'BODY', 'Body', b.id, x.alias, 'ALIAS', b.area_id, ${holdsAt('b', asOf)}
        FROM body_aliases x JOIN bodies b ON b.id = x.body_id WHERE ${dated('b')}
      UNION ALL SELECT 'BODY', 'Body', b.id, d.title, 'DOCUMENT_TITLE', b.area_id, ${holdsAt('b', asOf)}
        FROM body_documents d JOIN bodies b ON b.id = d.body_id
        WHERE d.status <> 'DRAFT' AND ${dated('b')} ${when ? sql`AND d.adopted_on <= ${when}` : sql``}`);
  }
  if (kinds.has('POST')) {
    parts.push(sql`SELECT 'POST', 'Post', p.id, p.title, 'TITLE', coalesce(r.area_id, e.area_id), ${holdsAt('p', asOf)}
        FROM posts p LEFT JOIN bodies r ON r.id = p.responsible_to_body_id LEFT JOIN organisations e ON e.id = p.employer_id
        WHERE ${dated('p')}`);
  }
  if (kinds.has('PLAN')) {
    const inForce = (on: IsoDate) => sql`(p.period_start <= ${on} AND (p.period_end IS NULL OR p.period_end > ${on}))`;
    parts.push(sql`SELECT 'PLAN', 'Plan', p.id, p.title, 'TITLE', p.area_id, ${inForce(asOf)}
        FROM plans p WHERE ${when ? inForce(when) : sql`true`}`);
  }
  return parts;
}

/**
 * Finds records by any of their names in one statement, ranked: the whole name, then a name that begins with the
 * text, then one with a word that begins with it, then the text anywhere, then every word somewhere; names that hold
 * on the date first. Public names only: draft documents' titles and people's names are not searched.
 */
export class SearchStore {
  constructor(private readonly db: Database) {}

  /**
   * Words as they are first; only a question that finds nothing so is asked again forgiving misspellings, since
   * trigram similarity is worked out name by name and would treble the cost of every search.
   */
  async search(request: SearchRequest, today: IsoDate): Promise<SearchRow[]> {
    const found = await this.searchOnce(request, today, false);
    if (
      found.length ||
      !foldText(request.text)
        .split(' ')
        .some((word) => word.length >= fuzzyFrom)
    )
      return found;
    return this.searchOnce(request, today, true);
  }

  private async searchOnce(request: SearchRequest, today: IsoDate, fuzzy: boolean): Promise<SearchRow[]> {
    const parts = candidates(request.asOf ?? today, new Set(request.kinds), request.asOf);
    // Folded text holds only letters, digits and single spaces, so no word needs escaping in a LIKE pattern.
    const needle = foldText(request.text);
    const words = needle.split(' ').filter(Boolean);
    if (!parts.length || !words.length) return [];
    const inArea = request.areaCode
      ? sql`AND c.area_id = ANY(ARRAY${areaCodeAndDescendants(request.areaCode)})`
      : sql``;
    return selectRows<SearchRow>(
      this.db,
      sql`WITH c(kind, type, id, text, field, area_id, current) AS (${sql.join(parts, sql` UNION ALL `)}),
          matched AS (
            SELECT c.kind, c.type, c.id, c.text AS matched, c.field, c.current, f.hay, ${needle}::text AS needle
            FROM c CROSS JOIN LATERAL (SELECT ${folded(sql`c.text`)} AS hay) f
            WHERE ${sql.join(
              words.map((word) => wordMatches(word, fuzzy)),
              sql` AND `,
            )} ${inArea}
          ),
          scored AS (
            SELECT kind, type, id, matched, field,
                   (CASE WHEN hay = needle THEN 1.0
                         WHEN hay LIKE needle || '%' THEN 0.8
                         WHEN hay LIKE '% ' || needle || '%' THEN 0.6
                         WHEN hay LIKE '%' || needle || '%' THEN 0.4
                         ELSE 0.3 END
                    - CASE WHEN field IN ('NAME', 'TITLE', 'IDENTIFIER') THEN 0 ELSE 0.1 END
                    - CASE WHEN current THEN 0 ELSE 0.15 END
                    - CASE WHEN ${sql.join(
                      words.map((word) => sql`hay LIKE ${`%${word}%`}`),
                      sql` AND `,
                    )} THEN 0 ELSE 0.1 END
                   )::float8 AS score
            FROM matched
          ),
          best AS (
            SELECT DISTINCT ON (type, id) kind, type, id, matched, field, score FROM scored
            ORDER BY type, id, score DESC, length(matched)
          )
          SELECT kind, type, id, matched, field, round(score::numeric, 2)::float8 AS score FROM best
          ORDER BY score DESC, lower(matched), id LIMIT ${request.first}`,
    );
  }
}
