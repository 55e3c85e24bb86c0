import { judgeField } from '../../auth/field-rules';
import type { Context } from '../../context';
import type { Body, BodyDocument } from '../bodies/index';
import type { Person } from '../people/index';

/**
 * Whether the viewer may read what a hit would show, by the field rule that guards it where the API shows it, and
 * recorded in the read audit as that field's read (or refusal) would be: a hit's `matched` is the name or title.
 */
async function mayRead(field: string, parent: object, context: Context): Promise<boolean> {
  const judgement = await judgeField(field, parent, context);
  const [recordType = field, name = ''] = field.split('.');
  const read = { action: judgement.action, recordType, recordId: judgement.recordId, field: name };
  if (!judgement.grounds) context.access.recordRefusal(read);
  else if (judgement.grounds !== 'AUTHENTICATED') context.access.recordRead({ ...read, grounds: judgement.grounds });
  return judgement.grounds !== null;
}

/** A person is found by name only by a viewer who may read `Person.name`. */
export const mayReadName = (person: Person, context: Context) => mayRead('Person.name', person, context);

/** A document as its body lists it: in `Body.draftDocuments` while a draft, else in `Body.documents`. */
export const mayReadDocument = (body: Body, document: BodyDocument, context: Context) =>
  mayRead(document.status === 'DRAFT' ? 'Body.draftDocuments' : 'Body.documents', body, context);
