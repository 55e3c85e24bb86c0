import type { Context } from '../../context';
import { toGlobalId } from '../../shared/global-id';
import { ChangeRedactor, type ChangeRow } from '../history/index';
import { bodiesOf, changedKeys, toRegistryChange } from './change-event';
import type { FeedFilter, Subscriber } from './change-feed';
import type { AreaLine } from './change-feed.store';
import type { RegistryChange } from './registry-change.type';

const nothingHidden: ReadonlySet<string> = new Set();

/**
 * Pushes to one viewer's subscribers the events of a batch they may learn of. What a viewer may learn is decided by
 * the rules that guard the record's fields in every read, asked through history's redactor (the same question
 * `history` and `changes` ask of each value): a key of the change is hidden when that viewer could not read it, and
 *
 * - a change is withheld when none of the keys it set is one the viewer may read: a record the viewer cannot reach
 *   at all (an unconfirmed nomination, an unpublished decision of a body it does not sit on, a declaration of
 *   interest) sends nothing, and neither does a change to another partner's contribution amount alone: the bare
 *   fact that the amount changed, and when, is itself what DOMAIN.md §8 keeps to the owner, host and governing body
 *   (003 ¶112, ¶116; 004 ¶126);
 * - a change delivered names only the bodies found in keys the viewer may read, and no value at all: the event has
 *   ids, kinds and dates, and the subscriber reads the record itself under the usual rules.
 */
export async function eventsFor(
  context: Context,
  subscribers: Subscriber[],
  rows: ChangeRow[],
  lines: Map<string, AreaLine>,
): Promise<void> {
  const redactor = new ChangeRedactor(context);
  await Promise.all(
    rows.map(async (row) => {
      const line = row.areaId ? lines.get(row.areaId) : undefined;
      const interested = subscribers.filter((subscriber) => mayConcern(subscriber.filter, row, line));
      if (!interested.length) return;
      const hidden = new Set((await redactor.redactions(row)).map((redaction) => redaction.key));
      if (!revealsAnything(row, hidden)) return;
      const event = toRegistryChange(row, hidden, line ? [line.code] : []);
      for (const subscriber of interested) if (concerns(subscriber.filter, event, line)) subscriber.queue.push(event);
    }),
  );
}

/** Whether the change may concern the subscription before anything is judged: its area, or a body its images name. */
function mayConcern(filter: FeedFilter, row: ChangeRow, line: AreaLine | undefined): boolean {
  if ('areaId' in filter) return line?.ids.includes(filter.areaId) ?? false;
  return bodiesOf(row, nothingHidden, row.recordType === 'BodySuccession').includes(toGlobalId('Body', filter.bodyId));
}

function concerns(filter: FeedFilter, event: RegistryChange, line: AreaLine | undefined): boolean {
  if ('areaId' in filter) return line?.ids.includes(filter.areaId) ?? false;
  return event.bodyIds.includes(toGlobalId('Body', filter.bodyId));
}

/** A change reveals something when it set a key the viewer may read (or set none, and hides none). */
function revealsAnything(row: ChangeRow, hidden: ReadonlySet<string>): boolean {
  const keys = changedKeys(row);
  if (!keys.length) return hidden.size === 0;
  return keys.some((key) => !hidden.has(key));
}
