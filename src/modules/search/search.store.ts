import { sql, type SQL } from 'drizzle-orm';
import { selectRows, type Database } from '../../db';
import type { Standing } from '../../auth/access';
import type { IsoDate } from '../../shared/dates';
import { areaCodeAndDescendants } from '../areas/area-tree';
import { nameSources, selectNames } from './search-names';

export { folded } from './search-names';

export type SearchKindValue = 'AREA' | 'ORGANISATION' | 'BODY' | 'POST' | 'PLAN' | 'PERSON' | 'DOCUMENT';
export type SearchRowType = 'Area' | 'Organisation' | 'Body' | 'Post' | 'Plan' | 'Person' | 'BodyDocument';
/** Kinds whose hits are shown only to viewers the field rules let read them (a person's name, a document). */
export const guardedTypes: readonly SearchRowType[] = ['Person', 'BodyDocument'];
export type MatchedFieldValue = 'NAME' | 'FORMER_NAME' | 'ALIAS' | 'IDENTIFIER' | 'TITLE' | 'DOCUMENT_TITLE';

export interface SearchRequest {
  text: string;
  kinds: SearchKindValue[];
  /** Only records of this area and the areas within it. */
  areaCode: string | null;
  /** Only records that hold on this date; null searches every period, those holding today first. */
  asOf: IsoDate | null;
  first: number;
  /** The viewer's standing (`Access.standing`), to leave out people and documents it could never read; null for none. */
  standing: Standing | null;
}

export interface SearchRow {
  kind: SearchKindValue;
  type: SearchRowType;
  id: string;
  /** The body a document belongs to; null for every other kind. */
  owner: string | null;
  matched: string;
  field: MatchedFieldValue;
  score: number;
}

/** Accented letters and the letters they fold to, position by position; apostrophes, past the end, are dropped. */
const accented = 'áàâäãåāçčéèêëēěíìîïīñńóòôöõøōśšúùûüūýÿžß';
const plain = 'aaaaaaacceeeeeeiiiiinnoooooooss' + 'uuuuuyyzs';
const apostrophes = "\u2019\u2018\u02bc\u0060\u00b4'";

/**
 * The folding of `search_fold` (migration 0015) in the process, for the question: its words become the statement's
 * parameters. A test holds the two to the same answers.
 */
export function foldText(text: string): string {
  return [...text]
    .map(foldCharacter)
    .join('')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

/** One character lower-cased and its accent folded, or nothing for an apostrophe; spacing is `foldText`'s. */
export function foldCharacter(character: string): string {
  if (apostrophes.includes(character)) return '';
  let out = '';
  for (const lower of character.toLowerCase()) {
    const at = accented.indexOf(lower);
    out += at >= 0 ? plain[at] : lower;
  }
  return out;
}

/** A word this long or longer may be misspelt by a letter or two; shorter ones must appear as they are. */
const fuzzyFrom = 5;

/**
 * The word with two neighbouring letters swapped, every way but itself: "chidlrens" gives "childrens" among them.
 * A swap changes up to three trigrams of a short word, so that trigram similarity alone misses it (0.43 for
 * "chidlrens" in "childrens trust").
 */
export function swapsOf(word: string): string[] {
  const swapped = new Set<string>();
  for (let at = 0; at + 1 < word.length; at += 1) {
    if (word[at] !== word[at + 1]) swapped.add(word.slice(0, at) + word[at + 1] + word[at] + word.slice(at + 2));
  }
  return [...swapped];
}

/**
 * A word of the question in a folded name: as it is, or, for a long word, with two neighbouring letters swapped, or
 * one of the name's words close to it by trigrams (pg_trgm's `<%`: word similarity of at least
 * `trigramWordSimilarity`, a setting of every connection), which forgives a missing, doubled or wrong letter. A name
 * found only so ranks lower. All three are answered by the trigram index. Folded words hold only letters and
 * digits, so a swap needs no escaping in a regex.
 */
function wordMatches(hay: SQL, word: string, fuzzy: boolean): SQL {
  const literal = sql`${hay} LIKE ${`%${word}%`}`;
  if (!fuzzy || word.length < fuzzyFrom) return literal;
  const swaps = swapsOf(word);
  // A word of one letter repeated has no swap; an empty pattern would match every name.
  const swapped = swaps.length ? sql` OR ${hay} ~ ${swaps.join('|')}` : sql``;
  return sql`(${literal}${swapped} OR ${word}::text <% ${hay})`;
}

/**
 * Finds records by any of their names in one statement, ranked: the whole name, then a name that begins with the
 * text, then one with a word that begins with it, then the text anywhere, then every word somewhere; names that hold
 * on the date first. People's names and documents' titles (drafts among them) are found here, narrowed to those the
 * viewer's standing could reach, and shown only where the field rules allow: the resolver asks them of each hit.
 */
export class SearchStore {
  constructor(private readonly db: Database) {}

  /**
   * Words as they are first; only a question that finds nothing so is asked again forgiving misspellings, since a
   * word forgiven finds many more names (each word close to it by trigrams) to read and rank, and the names spelt
   * as asked would share their places with them.
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
    const statement = this.statement(request, today, fuzzy);
    return statement ? selectRows<SearchRow>(this.db, statement) : [];
  }

  /** The search's statement, or null when there is nothing to look for; public so that tests can EXPLAIN it. */
  statement(request: SearchRequest, today: IsoDate, fuzzy: boolean): SQL | null {
    // Folded text holds only letters, digits and single spaces, so no word needs escaping in a LIKE pattern.
    const needle = foldText(request.text);
    const words = needle.split(' ').filter(Boolean);
    const sources = nameSources(new Set(request.kinds), {
      asOf: request.asOf ?? today,
      when: request.asOf,
      today,
      standing: request.standing,
    });
    if (!sources.length || !words.length) return null;
    const matches = (hay: SQL) =>
      sql.join(
        words.map((word) => wordMatches(hay, word, fuzzy)),
        sql` AND `,
      );
    const inArea = request.areaCode ? sql`WHERE c.areas && ARRAY${areaCodeAndDescendants(request.areaCode)}` : sql``;
    // The best `first` hits of the public kinds and, apart, the best `first` people and documents, whose field
    // rules the resolver then asks: a hit the viewer may not read never takes the place of one it may.
    return sql`WITH c(kind, type, id, text, field, areas, current, owner, hay) AS (${sql.join(
      sources.map((source) => selectNames(source, matches)),
      sql` UNION ALL `,
    )}),
          matched AS (
            SELECT c.kind, c.type, c.id, c.owner, c.text AS matched, c.field, c.current, c.hay, ${needle}::text AS needle
            FROM c ${inArea}
          ),
          scored AS (
            SELECT kind, type, id, owner, matched, field,
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
            SELECT DISTINCT ON (type, id) kind, type, id, owner, matched, field, round(score::numeric, 2)::float8 AS score
            FROM scored ORDER BY type, id, score DESC, length(matched)
          ),
          ranked AS (
            SELECT *, row_number() OVER (
              PARTITION BY type IN (${sql.join(
                guardedTypes.map((type) => sql`${type}`),
                sql`, `,
              )}) ORDER BY score DESC, lower(matched), id) AS place
            FROM best
          )
          SELECT kind, type, id, owner, matched, field, score FROM ranked WHERE place <= ${request.first}
          ORDER BY score DESC, lower(matched), id`;
  }
}
