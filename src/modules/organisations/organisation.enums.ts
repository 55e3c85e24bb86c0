import {
  dutyRegime,
  dutyStatusValue,
  identifierScheme,
  organisationKind,
  sector,
  successionKind,
} from '../../../schema/database/index';
import { registerDatabaseEnum } from '../../shared/enums';
import {
  dutyRegimeLabels,
  dutyStatusValueLabels,
  identifierSchemeLabels,
  organisationKindLabels,
  sectorLabels,
  successionKindLabels,
} from '../reference/labels';

export const OrganisationKind = registerDatabaseEnum(
  organisationKind.enumValues,
  'OrganisationKind',
  'The kind of partner organisation (003 Table 1). Duty status is a dated fact, not part of the kind.',
  organisationKindLabels,
);
export const Sector = registerDatabaseEnum(
  sector.enumValues,
  'Sector',
  'Public, voluntary and community, or private.',
  sectorLabels,
);
export const IdentifierScheme = registerDatabaseEnum(
  identifierScheme.enumValues,
  'IdentifierScheme',
  'Register an external identifier comes from: ODS codes, local authority codes, school URNs, charity numbers…',
  identifierSchemeLabels,
);
export const SuccessionKind = registerDatabaseEnum(
  successionKind.enumValues,
  'SuccessionKind',
  'How one organisation gave way to another.',
  successionKindLabels,
);
export const DutyRegime = registerDatabaseEnum(
  dutyRegime.enumValues,
  'DutyRegime',
  'The statutory regime a duty comes from: Children Act 2004 s10, or LAA/LSP partnership duties.',
  dutyRegimeLabels,
);
export const DutyStatusValue = registerDatabaseEnum(
  dutyStatusValue.enumValues,
  'DutyStatusValue',
  'Whether an organisation kind is bound by a duty to co-operate.',
  dutyStatusValueLabels,
);
