import { eq } from 'drizzle-orm';
import { people } from '../../../schema/database/index';
import type { Context } from '../../context';
import { badUserInput, notFound, requiredText } from '../../shared/errors';
import { rowIdOf } from '../../shared/global-id';
import { assertVersion, onceFor, updateVersioned, write } from '../history/write';
import type { PersonCategory } from './people.enums';
import type { CreatePersonInput, UpdatePersonInput } from './person.input';

type Category = keyof typeof PersonCategory;

/** A name as given, trimmed; an empty one is refused rather than stored as a name nobody can use. */
function givenName(name: string | null | undefined): string | null {
  return name == null ? null : requiredText(name, 'input.name');
}

/** Adults are recorded by name; young people and parent representatives may be recorded by role only (004 Box 2.3). */
function assertNamed(name: string | null, category: Category): void {
  if (category === 'ADULT' && name === null) throw badUserInput('input.name', 'An adult is recorded by name');
}

export async function createPerson(context: Context, input: CreatePersonInput): Promise<string> {
  const values = { name: givenName(input.name), category: input.category };
  assertNamed(values.name, values.category);
  return write(context, 'createPerson', async (change) =>
    onceFor(change, context, input.clientMutationId, 'createPerson', async () => {
      const [row] = await change.tx.insert(people).values(values).returning();
      change.record({ recordType: 'Person', recordId: row!.id, areaId: null, before: null, after: row! });
      return row!.id;
    }),
  );
}

export async function updatePerson(context: Context, input: UpdatePersonInput): Promise<string> {
  const id = rowIdOf(input.person, 'Person', 'input.person');
  const values: Partial<typeof people.$inferInsert> = {};
  const name = givenName(input.name);
  if (name !== null) values.name = name;
  if (input.category != null) values.category = input.category;
  return write(context, 'updatePerson', async (change) => {
    const [before] = await change.tx.select().from(people).where(eq(people.id, id));
    if (!before) throw notFound('input.person', 'There is no such person');
    assertVersion(before, input.expectedVersion);
    assertNamed(values.name ?? before.name, values.category ?? before.category);
    const after = await updateVersioned(change.tx, people, id, input.expectedVersion, values);
    change.record({ recordType: 'Person', recordId: id, areaId: null, before, after });
    return id;
  });
}
