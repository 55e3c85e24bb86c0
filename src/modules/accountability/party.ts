import { bodies, organisations } from '../../../schema/database/index';
import type { Period } from '../../shared/dates';
import { badUserInput } from '../../shared/errors';
import { decodeGlobalId } from '../../shared/global-id';
import { lockRow } from '../history/locks';
import type { Write } from '../history/write';

/** A body or organisation named in a write, read inside the write's transaction. */
export interface PartyRecord {
  bodyId: string | null;
  organisationId: string | null;
  id: string;
  /** The body's kind; null for an organisation. */
  kind: string | null;
  areaId: string | null;
  period: Period;
}

/**
 * The party, share-locked until the write commits: the write checks its own dates against the party's existence,
 * and a party being ended meanwhile (which counts what depends on it under an update lock) must not slip past that.
 */
export async function partyOf({ tx }: Write, globalId: string, field: string): Promise<PartyRecord> {
  const decoded = decodeGlobalId(globalId);
  if (decoded?.type === 'Body') {
    const body = await lockRow(tx, bodies, decoded.rowId, 'share');
    if (body) {
      return { bodyId: body.id, organisationId: null, id: body.id, kind: body.kind, areaId: body.areaId, period: body };
    }
  } else if (decoded?.type === 'Organisation') {
    const organisation = await lockRow(tx, organisations, decoded.rowId, 'share');
    if (organisation) {
      const { id, areaId } = organisation;
      return { bodyId: null, organisationId: id, id, kind: null, areaId, period: organisation };
    }
  }
  throw badUserInput(field, `"${globalId}" is not the id of a body or organisation in the registry`);
}
