import { Field, ID, InputType, ObjectType } from 'type-graphql';
import { Bounds } from '../../shared/input-bounds';
import { DateScalar } from '../../shared/scalars';
import { InterestDeclaration, Membership } from './membership.type';

@InputType({
  description:
    'An interest a member declares (003 Table 5, F3): recorded by the member’s own organisation or the body’s secretariat.',
})
export class DeclareInterestInput {
  @Field(() => ID, { description: 'The seat of the member declaring the interest.' })
  membership!: string;

  @Field(() => String, {
    description: 'The interest declared, in words, e.g. "Trustee of a local children’s charity".',
  })
  @Bounds({ text: 'text' })
  interest!: string;

  @Field(() => DateScalar, { description: 'When it was declared; a day on which the member held the seat.' })
  declaredOn!: Date;

  @Field(() => String, {
    nullable: true,
    description: 'Any unique string: retrying with the same one never records the declaration twice.',
  })
  @Bounds({ text: 'key' })
  clientMutationId?: string | null;
}

@ObjectType({ description: 'The declaration as recorded, and the seat it was declared on.' })
export class InterestDeclarationPayload {
  @Field(() => InterestDeclaration, {
    nullable: true,
    description: 'The declaration: for partners, the secretariat and oversight, as every declaration is.',
  })
  declaration!: InterestDeclaration | null;

  @Field(() => Membership, { description: 'The seat the interest was declared on.' })
  membership!: Membership;

  @Field(() => String, { nullable: true, description: 'The clientMutationId sent, if any.' })
  clientMutationId!: string | null;
}
