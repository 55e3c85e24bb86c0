import { Ctx, Query, Resolver } from 'type-graphql';
import type { Context } from '../../context';
import { today } from '../../shared/dates';
import { toArea } from '../areas/index';
import { toBody } from '../bodies/index';
import { loadOrganisation } from '../organisations/index';
import { Viewer, ViewerRole } from './viewer.type';

@Resolver()
export class ViewerResolver {
  @Query(() => Viewer, {
    description: 'The caller as the registry sees it: start here to find your own organisation’s id and roles.',
  })
  async viewer(@Ctx() context: Context): Promise<Viewer> {
    const { viewer, stores } = context;
    const asOf = today();
    const roles = await Promise.all(
      viewer.roles.map(async (grant) => {
        const body = grant.role === 'secretariat' ? await stores.bodies.byId.load(grant.bodyId) : undefined;
        const scope = grant.role === 'auditor' ? grant.scope : undefined;
        const area = scope?.kind === 'AREA' ? await stores.areas.byId.load(scope.areaId) : undefined;
        return Object.assign(new ViewerRole(), {
          role: grant.role,
          body: body ? toBody(body, asOf) : null,
          oversight: scope?.kind ?? null,
          area: area ? toArea(area, asOf) : null,
          region: scope?.kind === 'REGION' ? scope.region : null,
        });
      }),
    );
    return Object.assign(new Viewer(), {
      subject: viewer.subject,
      organisation: await loadOrganisation(context, viewer.organisationId, asOf),
      roles,
      canWrite: viewer.canWrite,
    });
  }
}
