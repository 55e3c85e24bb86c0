import { Arg, Ctx, ID, Query, Resolver } from 'type-graphql';
import type { Context } from '../../context';
import { resolveAsOf, type IsoDate } from '../../shared/dates';
import { badUserInput, notFound } from '../../shared/errors';
import { rowIdOf, toGlobalId } from '../../shared/global-id';
import { ArgumentBounds } from '../../shared/input-bounds';
import { DateScalar } from '../../shared/scalars';
import { toArea } from '../areas/index';
import { AreaCompliance, ComplianceFinding, ComplianceRule } from './compliance.type';
import { judgeArea, toRule } from './judge';
import { ruleCatalogue } from './rule-catalogue';

@Resolver(() => AreaCompliance)
export class ComplianceResolver {
  @Query(() => [ComplianceRule], {
    description: 'Every rule the registry checks, with its source, severity, subject and where it is held.',
  })
  complianceRules(): ComplianceRule[] {
    return ruleCatalogue.map(toRule);
  }

  @Query(() => AreaCompliance, {
    description:
      'The reported rules of `complianceRules` judged on a children’s services authority’s area (and the areas ' +
      'within it) as at a date, with the evidence and what is missing. A fixed number of SQL statements per area.',
  })
  @ArgumentBounds({ areaCode: { text: 'code' } })
  async compliance(
    @Ctx() context: Context,
    @Arg('areaCode', () => String, { description: 'The area’s GSS code, e.g. E10000028.' }) areaCode: string,
    @Arg('asOf', () => DateScalar, { nullable: true, description: 'The date to judge (default today).' })
    asOf?: Date | null,
  ): Promise<AreaCompliance> {
    const date = resolveAsOf(asOf);
    const { stores } = context;
    const tree = await stores.compliance.areaTree(areaCode, date);
    if (!tree.length) throw badUserInput('areaCode', `No area has the code "${areaCode}" on ${date}`);
    const [findings, row] = await Promise.all([judgeArea(context, tree, date), stores.areas.byCode(areaCode)]);
    return summarised(toArea(row!, date), date, findings);
  }

  @Query(() => AreaCompliance, {
    description:
      'The reported rules judged on one body (a board, an LSCB) as at a date: the findings of `compliance` on the ' +
      'authority’s area it belongs to whose subject is the body. The same statements as `compliance`.',
  })
  async bodyCompliance(
    @Ctx() context: Context,
    @Arg('body', () => ID, { description: 'The body’s global id.' }) body: string,
    @Arg('asOf', () => DateScalar, { nullable: true, description: 'The date to judge (default today).' })
    asOf?: Date | null,
  ): Promise<AreaCompliance> {
    const date = resolveAsOf(asOf);
    const { stores } = context;
    const row = await stores.bodies.byId.load(rowIdOf(body, 'Body', 'body'));
    if (!row) throw notFound('body', 'There is no such body');
    const subjectId = toGlobalId('Body', row.id);
    const tree = await stores.compliance.authorityTreeOf(row.areaId, date);
    if (!tree.length) throw badUserInput('body', `The body’s area is not in force on ${date}`);
    const [findings, area] = await Promise.all([judgeArea(context, tree, date), stores.areas.byCode(tree[0]!.code)]);
    return summarised(
      toArea(area!, date),
      date,
      findings.filter((finding) => finding.subjectId === subjectId),
    );
  }
}

/** The findings with their count by outcome. */
function summarised(area: AreaCompliance['area'], asOf: IsoDate, findings: ComplianceFinding[]): AreaCompliance {
  const count = (outcome: ComplianceFinding['outcome']) => findings.filter((f) => f.outcome === outcome).length;
  return Object.assign(new AreaCompliance(), {
    area,
    asOf,
    findings,
    met: count('MET'),
    notMet: count('NOT_MET'),
    unknown: count('UNKNOWN'),
    notApplicable: count('NOT_APPLICABLE'),
  });
}
