import { Field, ID, InputType } from 'type-graphql';
import { Bounds } from '../../shared/input-bounds';

@InputType({
  description:
    'Names an organisation or body that produced a plan: the CYPP is developed and signed off jointly by the ' +
    'authority and the PCT (001 App. 1), and a strategy may name all its authors (003 Fig 15).',
})
export class RecordPlanProducerInput {
  @Field(() => ID, { description: 'The plan; its owning body’s secretariat writes it.' })
  plan!: string;

  @Field(() => ID, { description: 'The producer: an Organisation, or a Body of the plan’s area or one within it.' })
  producer!: string;

  @Field(() => String, { nullable: true, description: 'Any unique string: retrying with it never records twice.' })
  @Bounds({ text: 'key' })
  clientMutationId?: string | null;
}

@InputType({ description: 'Withdraws a producer a plan no longer names; the plan’s history keeps that it did.' })
export class WithdrawPlanProducerInput {
  @Field(() => ID, { description: 'The plan.' })
  plan!: string;

  @Field(() => ID, { description: 'The producer, as `Plan.producers` shows it: an Organisation or a Body.' })
  producer!: string;
}
