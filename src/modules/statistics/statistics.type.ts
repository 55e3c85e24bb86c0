import { Field, Float, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import type { IsoDate } from '../../shared/dates';
import { SourceCitation } from '../../shared/record.type';
import { DateScalar } from '../../shared/scalars';

export const FigureUnit = { PERCENT: 'PERCENT', COUNT: 'COUNT' } as const;

registerEnumType(FigureUnit, {
  name: 'FigureUnit',
  description: 'What a figure’s value measures.',
  valuesConfig: {
    PERCENT: { description: 'A share of the denominator, in per cent to one decimal place.' },
    COUNT: { description: 'A number of seats, boards or arrangements.' },
  },
});

@ObjectType({ description: 'One of the reference figures, computed on the registry, beside what the sources report.' })
export class Figure {
  @Field(() => ID, { description: 'Stable id, e.g. `chair.council`.' })
  id!: string;

  @Field(() => String, { description: 'The figures it is read with, e.g. `chairs`.' })
  group!: string;

  @Field(() => String)
  title!: string;

  @Field(() => Int, { nullable: true, description: 'What is counted; null when suppressed or not a share.' })
  numerator!: number | null;

  @Field(() => Int, { nullable: true, description: 'What it is counted out of.' })
  denominator!: number | null;

  @Field(() => Float, { nullable: true, description: 'The figure; null when suppressed or nothing to count.' })
  value!: number | null;

  @Field(() => FigureUnit)
  unit!: keyof typeof FigureUnit;

  @Field(() => Float, { nullable: true, description: 'The sources’ value in the same unit, where they give one.' })
  referenceValue!: number | null;

  @Field(() => String, { description: 'What the sources say, in their terms.' })
  referenceText!: string;

  @Field(() => [SourceCitation])
  sources!: SourceCitation[];

  @Field(() => String, { nullable: true, description: 'How the registry decides what counts, where it is not plain.' })
  basis!: string | null;

  @Field(() => Boolean, {
    description:
      'Withheld because it rests on partners’ confidential mandates, over too few boards for no one partner’s ' +
      'value to be read off it, and the viewer may not read them all.',
  })
  suppressed!: boolean;
}

@ObjectType({ description: 'The reference figures for the children’s services authorities of a scope on a date.' })
export class Statistics {
  @Field(() => String, { description: 'The scope: an area’s name, a region, or England.' })
  scope!: string;

  @Field(() => DateScalar)
  asOf!: IsoDate;

  @Field(() => Int, { description: 'Upper-tier areas in scope.' })
  areas!: number;

  @Field(() => Int, { description: 'Children’s trust boards in scope on the date.' })
  boards!: number;

  @Field(() => [Figure])
  figures!: Figure[];
}
