import DataLoader from 'dataloader';
import type { Action } from '../../auth/actions';
import { judgeField, type FieldJudgement } from '../../auth/field-rules';
import type { Context } from '../../context';
import type { ChangeRow } from './change.type';
import { shapeOf, type Image, type ImageShape, type ValueRule } from './history-images';

export type ImageName = 'before' | 'after';

/** A value of a change left out because its field's rule refuses it to the viewer. */
export interface Redaction {
  image: ImageName;
  key: string;
  field: string;
  action: Action;
}

/** A rule's answer about one value; `audited` false where no field's rule was asked (a key no shape lists). */
type Judgement = FieldJudgement & { audited: boolean };
/** For each guarded key of an image, every answer its value must have; keys with none are public. */
type KeyJudgements = Map<string, Judgement[]>;
type Verdict = Record<ImageName, KeyJudgements>;

/**
 * Shows each value of a change only where the viewer could read that field of that record, by asking the field's
 * own rule (`history-images.ts` says which) about the record both as the change left it and as it is now: a value
 * written while confidential stays so after the record is published, and one a correction has since made
 * confidential is hidden in its past too. Standing is the viewer's now. One per request; a page of changes is judged
 * in one batch, so the statements it costs do not grow with the page. Values shown are recorded in the read audit
 * as any other read of the field, refusals as refusals.
 */
export class ChangeRedactor {
  private readonly verdicts = new DataLoader<ChangeRow, Verdict, string>(
    (rows) => Promise.all(rows.map((row) => this.judge(row))),
    { cacheKeyFn: (row) => row.id },
  );
  private readonly audited = new Set<string>();

  constructor(private readonly context: Context) {}

  /** The image with every value the viewer may not read set to null (`redactions` says which). */
  async image(row: ChangeRow, which: ImageName): Promise<Image | null> {
    const image = row[which];
    if (!image) return null;
    const shown: Image = { ...image };
    const read = new Set<Judgement>();
    const refused = new Set<Judgement>();
    for (const [key, judgements] of (await this.verdicts.load(row))[which]) {
      const denials = judgements.filter((judgement) => !judgement.grounds);
      if (denials.length) {
        shown[key] = null;
        for (const denial of denials) refused.add(denial);
      } else {
        for (const judgement of judgements) read.add(judgement);
      }
    }
    this.audit(`${row.id} ${which}`, read, refused);
    return shown;
  }

  async redactions(row: ChangeRow): Promise<Redaction[]> {
    const verdict = await this.verdicts.load(row);
    return (['before', 'after'] as const).flatMap((image) =>
      [...verdict[image]].flatMap(([key, judgements]) => {
        const denial = judgements.find((judgement) => !judgement.grounds);
        return denial ? [{ image, key, field: denial.field, action: denial.action }] : [];
      }),
    );
  }

  /**
   * Each rule's answer once per image shown, however many of its values it covers, and once for the record then and
   * now when the two agree.
   */
  private audit(image: string, read: Set<Judgement>, refused: Set<Judgement>): void {
    if (this.audited.has(image)) return;
    this.audited.add(image);
    const { access } = this.context;
    const seen = new Set<string>();
    for (const judgement of [...read, ...refused]) {
      if (!judgement.audited || judgement.grounds === 'AUTHENTICATED') continue;
      const key = [judgement.field, judgement.recordId, judgement.grounds].join('\n');
      if (seen.has(key)) continue;
      seen.add(key);
      const [recordType = judgement.field, field = ''] = judgement.field.split('.');
      const { action, recordId, grounds } = judgement;
      if (grounds) access.recordRead({ action, recordType, recordId, field, grounds });
      else access.recordRefusal({ action, recordType, recordId, field });
    }
  }

  private async judge(row: ChangeRow): Promise<Verdict> {
    const shape = shapeOf(row.recordType, row.operation);
    if (!shape) return { before: new Map(), after: new Map() };
    const current = await shape.current?.(this.context.stores, row.recordId);
    const subjects = (image: Image) => (current ? [image, current] : [image]);
    const [before, after] = await Promise.all(
      [row.before, row.after].map((image) => (image ? this.judgeImage(row, shape, subjects(image)) : new Map())),
    );
    return { before: before!, after: after! };
  }

  /** The answers for each key of the first subject (the image), asking each rule once per subject. */
  private async judgeImage(row: ChangeRow, shape: ImageShape, subjects: Image[]): Promise<KeyJudgements> {
    const answers = new Map<ValueRule, Promise<Judgement[]>>();
    const ask = (rule: ValueRule) => {
      if (!answers.has(rule)) answers.set(rule, Promise.all(subjects.map((subject) => this.ask(rule, subject))));
      return answers.get(rule)!;
    };
    const keys = Object.keys(subjects[0]!).filter((key) => key !== 'id');
    const judged = await Promise.all(
      keys.map(async (key): Promise<[string, Judgement[]]> => {
        if (!(key in shape.columns)) return [key, [await this.unclassified(row, key)]];
        const rules = [shape.record, shape.columns[key]].filter((rule): rule is ValueRule => Boolean(rule));
        return [key, (await Promise.all(rules.map(ask))).flat()];
      }),
    );
    return new Map(judged.filter(([, judgements]) => judgements.length > 0));
  }

  private async ask(rule: ValueRule, subject: Image): Promise<Judgement> {
    const field = rule.choose?.(subject) ?? rule.fields[0];
    const parent = await rule.parent(subject, this.context.stores);
    return { ...(await judgeField(field, parent, this.context)), audited: true };
  }

  /** A key no shape lists has not been judged public or confidential: administrators alone see it. */
  private async unclassified(row: ChangeRow, key: string): Promise<Judgement> {
    const action = 'history:read' as const;
    const grounds = await this.context.access.grounds(action, {});
    return { field: `${row.recordType}.${key}`, action, anchors: {}, recordId: row.recordId, grounds, audited: false };
  }
}
