import type {
  BudgetSpec,
  CommitmentSpec,
  ContributionSpec,
  DecisionSpec,
  DelegationSpec,
  DocumentSpec,
  PlanSpec,
  PowerSpec,
  RatificationSpec,
} from './builder-types';
import { rowId, StructureBuilder } from './builder';
import type { Provenance } from './citations';
import type { SourcedRows } from './tables';

type PlanLinkKind = SourcedRows['planLinks'][number]['kind'];
type PlanStatus = SourcedRows['planStatuses'][number]['status'];
type ConsulteeGroup = NonNullable<SourcedRows['consultations'][number]['consulteeGroup']>;

/** The full declaration language: structure (StructureBuilder) plus documents, powers, money and plans. */
export class SourcedBuilder extends StructureBuilder {
  document(body: string, spec: DocumentSpec): void {
    const { prov, ...row } = spec;
    const id = rowId('bodyDocuments', `${body}|${row.kind}|${row.documentVersion}`);
    this.rows.bodyDocuments.push({ ...row, id, bodyId: this.idOf(body, 'bodies'), ...prov });
  }

  /** A legal power, keyed by its code; the loader reuses a power another seed already holds under that code. */
  power(code: string, { prov, ...spec }: PowerSpec): void {
    const id = this.register('powers', code);
    this.rows.powers.push({ ...spec, id, code, ...prov });
  }

  delegation(key: string, { power, delegator, delegate, parent, prov, ...spec }: DelegationSpec): void {
    const id = this.register('delegations', key, spec.validFrom);
    const from = this.entry(delegator, 'organisations', 'bodies');
    const to = this.entry(delegate, 'bodies', 'organisations');
    this.rows.delegations.push({
      ...spec,
      id,
      powerId: this.idOf(power, 'powers'),
      delegatorOrganisationId: from.table === 'organisations' ? from.id : undefined,
      delegatorBodyId: from.table === 'bodies' ? from.id : undefined,
      delegateBodyId: to.table === 'bodies' ? to.id : undefined,
      delegateOrganisationId: to.table === 'organisations' ? to.id : undefined,
      parentDelegationId: parent === undefined ? undefined : this.idOf(parent, 'delegations'),
      ...prov,
    });
  }

  decision(key: string, { body, delegation, prov, ...spec }: DecisionSpec): void {
    const id = this.register('decisions', key);
    const delegationId = delegation === undefined ? undefined : this.idOf(delegation, 'delegations');
    this.rows.decisions.push({ ...spec, id, bodyId: this.idOf(body, 'bodies'), delegationId, ...prov });
  }

  ratification(decision: string, organisation: string, { prov, ...spec }: RatificationSpec): void {
    const id = rowId('ratifications', `${decision}|${organisation}`);
    const organisationId = this.idOf(organisation, 'organisations');
    this.rows.ratifications.push({
      ...spec,
      id,
      decisionId: this.idOf(decision, 'decisions'),
      organisationId,
      ...prov,
    });
  }

  budget(key: string, { area, host, governingBody, prov, ...spec }: BudgetSpec): void {
    const id = this.register('budgetArrangements', key, spec.validFrom);
    this.rows.budgetArrangements.push({
      ...spec,
      id,
      areaId: this.idOf(area, 'areas'),
      hostId: host === undefined ? undefined : this.idOf(host, 'organisations'),
      governingBodyId: governingBody === undefined ? undefined : this.idOf(governingBody, 'bodies'),
      ...prov,
    });
  }

  contribution(budget: string, organisation: string, { prov, ...spec }: ContributionSpec): void {
    const resourceType = spec.resourceType ?? 'MONEY';
    const id = rowId('contributions', `${budget}|${organisation}|${spec.financialYear}|${resourceType}`);
    this.rows.contributions.push({
      ...spec,
      resourceType,
      id,
      arrangementId: this.idOf(budget, 'budgetArrangements'),
      organisationId: this.idOf(organisation, 'organisations'),
      ...prov,
    });
  }

  plan(key: string, { area, owner, prov, ...spec }: PlanSpec): void {
    const id = this.register('plans', key);
    const ownerBodyId = owner === undefined ? undefined : this.idOf(owner, 'bodies');
    this.rows.plans.push({ ...spec, id, areaId: this.idOf(area, 'areas'), ownerBodyId, ...prov });
  }

  planLink(plan: string, linked: string, kind: PlanLinkKind, prov: Provenance): void {
    const id = rowId('planLinks', `${plan}|${linked}|${kind}`);
    this.rows.planLinks.push({
      id,
      planId: this.idOf(plan, 'plans'),
      linkedPlanId: this.idOf(linked, 'plans'),
      kind,
      ...prov,
    });
  }

  /** An organisation or body that produced a plan. */
  producer(plan: string, producer: string, prov: Provenance): void {
    const who = this.entry(producer, 'bodies', 'organisations');
    this.rows.planProducers.push({
      id: rowId('planProducers', `${plan}|${producer}`),
      planId: this.idOf(plan, 'plans'),
      producerBodyId: who.table === 'bodies' ? who.id : undefined,
      producerOrganisationId: who.table === 'organisations' ? who.id : undefined,
      ...prov,
    });
  }

  /** Where a plan stood from a date; the status before it, if declared, must end that day. */
  planStatus(plan: string, status: PlanStatus, validFrom: string, prov: Provenance, validTo?: string): void {
    this.rows.planStatuses.push({
      id: rowId('planStatuses', `${plan}|${validFrom}`),
      planId: this.idOf(plan, 'plans'),
      status,
      validFrom,
      validTo,
      ...prov,
    });
  }

  /** A group consulted on a plan that is not an organisation (children and young people, parents), by role only. */
  groupConsultation(plan: string, group: ConsulteeGroup, consultedOn: string, prov: Provenance, description?: string) {
    this.rows.consultations.push({
      id: rowId('consultations', `${plan}|${group}|${consultedOn}`),
      planId: this.idOf(plan, 'plans'),
      consulteeGroup: group,
      consulteeDescription: description,
      consultedOn,
      ...prov,
    });
  }

  consultation(plan: string, consultee: string, consultedOn: string, prov: Provenance): void {
    const who = this.entry(consultee, 'bodies', 'organisations');
    this.rows.consultations.push({
      id: rowId('consultations', `${plan}|${consultee}|${consultedOn}`),
      planId: this.idOf(plan, 'plans'),
      consulteeBodyId: who.table === 'bodies' ? who.id : undefined,
      consulteeOrganisationId: who.table === 'organisations' ? who.id : undefined,
      consultedOn,
      ...prov,
    });
  }

  commitment(plan: string, organisation: string, { prov, ...spec }: CommitmentSpec): void {
    const id = rowId('resourceCommitments', `${plan}|${organisation}`);
    const organisationId = this.idOf(organisation, 'organisations');
    this.rows.resourceCommitments.push({ ...spec, id, planId: this.idOf(plan, 'plans'), organisationId, ...prov });
  }
}
