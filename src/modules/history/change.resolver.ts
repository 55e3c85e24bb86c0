import { FieldResolver, Resolver, Root } from 'type-graphql';
import { JSONObjectScalar } from '../../shared/scalars';
import { Change, RedactedValue } from './change.type';

/** A change's images, with what the caller may not read left out, and the list of what was. */
@Resolver(() => Change)
export class ChangeResolver {
  @FieldResolver(() => JSONObjectScalar, { nullable: true, description: 'The record before; null for a creation.' })
  before(@Root() change: Change) {
    return change.redactor.image(change.row, 'before');
  }

  @FieldResolver(() => JSONObjectScalar, { nullable: true, description: 'The record after.' })
  after(@Root() change: Change) {
    return change.redactor.image(change.row, 'after');
  }

  @FieldResolver(() => [RedactedValue], {
    description: 'The values of `before` and `after` left out (as null) because the caller may not read them.',
  })
  async redactions(@Root() change: Change): Promise<RedactedValue[]> {
    const redactions = await change.redactor.redactions(change.row);
    return redactions.map(({ image, ...redaction }) =>
      Object.assign(new RedactedValue(), {
        ...redaction,
        image: image === 'before' ? 'BEFORE' : 'AFTER',
        reason: 'REDACTED_BY_POLICY',
      }),
    );
  }
}
