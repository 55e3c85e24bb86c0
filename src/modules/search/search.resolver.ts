import { Arg, Ctx, Int, Query, Resolver } from 'type-graphql';
import type { Context } from '../../context';
import { isoDate, today } from '../../shared/dates';
import { badUserInput } from '../../shared/errors';
import { ArgumentBounds } from '../../shared/input-bounds';
import { DateScalar } from '../../shared/scalars';
import { hitOf } from './search-hits';
import { SearchHit, SearchKind } from './search.type';
import type { SearchKindValue } from './search.store';

const maxHits = 50;
const allKinds = Object.values(SearchKind) as SearchKindValue[];
const guardedKinds: SearchKindValue[] = ['PERSON', 'DOCUMENT'];

@Resolver(() => SearchHit)
export class SearchResolver {
  @Query(() => [SearchHit], {
    description:
      'Finds areas, organisations, bodies, posts, plans, people and documents by any of their names, ranked best ' +
      'first. Case, accents and apostrophes do not matter ("childrens trust" finds "Children’s Trust"), nor does ' +
      'the order of words; a long word may be misspelt by a letter or two. A person is found only by a viewer who ' +
      'may read their name, and a document only by one who may read it (drafts included) in its body’s lists. ' +
      'A fixed number of SQL statements, however many hits.',
  })
  @ArgumentBounds({ text: { text: 'search' }, areaCode: { text: 'code' }, kinds: { items: allKinds.length } })
  async search(
    @Ctx() context: Context,
    @Arg('text', () => String, { description: 'What to look for: a name, part of one, or a code.' }) text: string,
    @Arg('kinds', () => [SearchKind], { nullable: true, description: 'Only these kinds of record (default all).' })
    kinds?: SearchKindValue[] | null,
    @Arg('areaCode', () => String, {
      nullable: true,
      description: 'Only records of this area (GSS code) and the areas within it.',
    })
    areaCode?: string | null,
    @Arg('asOf', () => DateScalar, {
      nullable: true,
      description: 'Only records that hold on this date. Without it every period is searched, current ones first.',
    })
    asOf?: Date | null,
    @Arg('first', () => Int, { defaultValue: 20, description: `How many hits, 1 to ${maxHits}.` }) first: number = 20,
  ): Promise<SearchHit[]> {
    if (!Number.isInteger(first) || first < 1 || first > maxHits) {
      throw badUserInput('first', `first must be between 1 and ${maxHits}; got ${first}`);
    }
    if (!text.trim()) throw badUserInput('text', 'Give some text to look for');
    if (areaCode != null && !(await context.stores.areas.byCode(areaCode))) {
      throw badUserInput('areaCode', `No area has the code "${areaCode}"`);
    }
    const on = asOf ? isoDate(asOf) : null;
    const asked = kinds?.length ? kinds : allKinds;
    // The standing the field rules would load for the first person or document judged anyway.
    const standing = asked.some((kind) => guardedKinds.includes(kind)) ? await context.access.standing() : null;
    const rows = await context.stores.search.search(
      { text, kinds: asked, areaCode: areaCode ?? null, asOf: on, first, standing },
      today(),
    );
    const hits = await Promise.all(rows.map((row) => hitOf(row, text, context, on ?? today())));
    return hits.filter((hit): hit is SearchHit => hit !== null).slice(0, first);
  }
}
