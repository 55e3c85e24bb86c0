import { Field, Float, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Node } from '../../shared/record.type';
import { BodyDocument } from '../bodies/index';

export const SearchKind = {
  AREA: 'AREA',
  ORGANISATION: 'ORGANISATION',
  BODY: 'BODY',
  POST: 'POST',
  PLAN: 'PLAN',
  PERSON: 'PERSON',
  DOCUMENT: 'DOCUMENT',
} as const;

registerEnumType(SearchKind, {
  name: 'SearchKind',
  description: 'A kind of record `search` can find.',
  valuesConfig: {
    AREA: { description: 'Areas, by name or GSS code.' },
    ORGANISATION: { description: 'Organisations, by current or former name, registry code or identifier.' },
    BODY: { description: 'Bodies, by name, alias, or the title of an adopted document.' },
    POST: { description: 'Posts, by title.' },
    PLAN: { description: 'Plans, by title.' },
    PERSON: { description: 'People, by name: only those whose name the viewer may read (`Person.name`).' },
    DOCUMENT: {
      description:
        'A body’s governing documents, drafts among them, by title: only those the viewer may read in the body’s ' +
        '`documents` or `draftDocuments`. The hit’s node is the body; `document` is the document.',
    },
  },
});

export const MatchedField = {
  NAME: 'NAME',
  FORMER_NAME: 'FORMER_NAME',
  ALIAS: 'ALIAS',
  IDENTIFIER: 'IDENTIFIER',
  TITLE: 'TITLE',
  DOCUMENT_TITLE: 'DOCUMENT_TITLE',
} as const;

registerEnumType(MatchedField, {
  name: 'MatchedField',
  description: 'Which of a record’s names matched.',
  valuesConfig: {
    NAME: { description: 'Its name (for an organisation, a name it held on the date).' },
    FORMER_NAME: { description: 'A name the organisation held at another time.' },
    ALIAS: { description: 'Another name the body is known by.' },
    IDENTIFIER: { description: 'A code: GSS, ODS, URN, charity or company number, or the registry’s own.' },
    TITLE: { description: 'A post’s, plan’s or document’s title.' },
    DOCUMENT_TITLE: { description: 'The title of one of the body’s adopted documents.' },
  },
});

@ObjectType({ description: 'A stretch of a hit’s `matched` name that a word of the question matched.' })
export class MatchedSpan {
  @Field(() => Int, { description: 'Where it starts in `matched`, in UTF-16 code units (a JavaScript string index).' })
  start!: number;

  @Field(() => Int, { description: 'Where it ends, exclusive: `matched.slice(start, end)` is the stretch.' })
  end!: number;
}

@ObjectType({ description: 'A record found by `search`, with what matched and how well.' })
export class SearchHit {
  @Field(() => Node, { description: 'The record found; ask for its fields with fragments.' })
  node!: Node;

  @Field(() => BodyDocument, {
    nullable: true,
    description: 'For a `DOCUMENT` hit, the document found (its body is the node); null for every other kind.',
  })
  document!: BodyDocument | null;

  @Field(() => SearchKind)
  kind!: keyof typeof SearchKind;

  @Field(() => String, { description: 'The name that matched, as recorded.' })
  matched!: string;

  @Field(() => [MatchedSpan], {
    description:
      'The stretches of `matched` the words of the question matched, in order, to highlight: "childrens trust" ' +
      'marks "Children’s" and "Trust" as recorded; a misspelt word marks the word it was taken for.',
  })
  highlights!: MatchedSpan[];

  @Field(() => MatchedField)
  matchedField!: keyof typeof MatchedField;

  @Field(() => Float, {
    description:
      'How well it matched, 0 to 1: 1 the whole name, 0.8 its start, 0.6 the start of a word, 0.4 anywhere, 0.3 ' +
      'every word somewhere; less for an alias or former name, and for a record or name not holding on the date.',
  })
  score!: number;
}
