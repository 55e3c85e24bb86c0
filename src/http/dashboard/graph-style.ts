import type { StylesheetJson } from 'cytoscape';

/** Body kinds in families, each with one colour: the legend names the family, the details panel the kind. */
export const bodyFamilies = [
  {
    name: 'Children’s trust boards and their executives',
    colour: '#1d70b8',
    kinds: ['CHILDRENS_TRUST_BOARD', 'SHADOW_BOARD', 'PATHFINDER', 'EXECUTIVE_GROUP', 'PERFORMANCE_BOARD'],
  },
  { name: 'Safeguarding', colour: '#d4351c', kinds: ['LSCB', 'AREA_CHILD_PROTECTION_COMMITTEE'] },
  {
    name: 'Districts and localities',
    colour: '#00703c',
    kinds: ['DISTRICT_BOARD', 'LOCALITY_BOARD', 'AREA_CLUSTER', 'AREA_TEAM'],
  },
  {
    name: 'Wider partnerships',
    colour: '#4c2c92',
    kinds: ['LSP', 'CDRP', 'FOURTEEN_NINETEEN_PARTNERSHIP', 'OTHER_THEMATIC_PARTNERSHIP'],
  },
  {
    name: 'Sub-groups, commissioning, reference groups',
    colour: '#f47738',
    kinds: [
      'THEME_SUB_GROUP',
      'JOINT_COMMISSIONING_UNIT',
      'REFERENCE_GROUP',
      'USER_GROUP',
      'CLINICAL_GOVERNANCE_COMMITTEE',
    ],
  },
  { name: 'Scrutiny', colour: '#6f4e37', kinds: ['SCRUTINY_COMMITTEE'] },
];

export const bodyKinds = bodyFamilies.flatMap((family) => family.kinds);

/** Levels by shape and size: the strategic board stands out of fifty locality groups. */
export const levels = [
  { level: 'STRATEGIC', name: 'Strategic body', shape: 'hexagon', size: 46 },
  { level: 'EXECUTIVE', name: 'Executive body', shape: 'round-rectangle', size: 34 },
  { level: 'OPERATIONAL', name: 'Operational body', shape: 'ellipse', size: 24 },
];

export const organisationStyle = { name: 'Organisation', shape: 'diamond', colour: '#b1b4b6', size: 26 };

/** Edge families: each a colour and a line style; the arrow points as the edge reads ("source reports to target"). */
export const edgeFamilies = [
  { name: 'Membership (organisation → body)', colour: '#8c8c8c', style: 'dotted', kinds: ['MEMBERSHIP'] },
  {
    name: 'Accountability (reports to, accountable to, scrutinised by…)',
    colour: '#0b0c0c',
    style: 'solid',
    kinds: ['ACCOUNTABLE_TO', 'REPORTS_TO', 'HELD_TO_ACCOUNT_BY', 'SCRUTINISED_BY'],
  },
  { name: 'Sub-group of', colour: '#1d70b8', style: 'solid', kinds: ['SUB_GROUP_OF'] },
  { name: 'Delegation (delegator → delegate)', colour: '#d4351c', style: 'dashed', kinds: ['DELEGATION'] },
  {
    name: 'Other lines (advises, consults, feeds into, works with…)',
    colour: '#28a197',
    style: 'dashed',
    kinds: [
      'ADVISES',
      'CONSULTS',
      'FEEDS_INTO',
      'WORKS_WITH',
      'GUIDED_BY',
      'MUST_CONSULT',
      'COMMISSIONED_BY',
      'HOSTED_BY',
    ],
  },
];

export function graphStyle(): StylesheetJson {
  const nodes: StylesheetJson = [
    {
      selector: 'node',
      style: {
        label: 'data(label)',
        'font-size': 9,
        'text-wrap': 'wrap',
        'text-max-width': '110px',
        'text-valign': 'bottom',
        'text-margin-y': 3,
        'min-zoomed-font-size': 6,
        'border-width': 1,
        'border-color': '#0b0c0c',
      },
    },
    ...levels.map(({ level, shape, size }) => ({
      selector: `node[level = "${level}"]`,
      style: { shape, width: size, height: size },
    })),
    ...bodyFamilies.flatMap((family) =>
      family.kinds.map((kind) => ({
        selector: `node[bodyKind = "${kind}"]`,
        style: { 'background-color': family.colour },
      })),
    ),
    {
      selector: 'node[kind = "ORGANISATION"]',
      style: {
        shape: organisationStyle.shape,
        'background-color': organisationStyle.colour,
        width: organisationStyle.size,
        height: organisationStyle.size,
      },
    },
    { selector: 'node[?outside]', style: { 'border-style': 'dashed', 'border-width': 2 } },
    { selector: 'node[level = "STRATEGIC"]', style: { 'font-size': 11, 'font-weight': 'bold' } },
    { selector: ':selected', style: { 'border-width': 4, 'border-color': '#ffbf47', 'line-color': '#ffbf47' } },
  ] as StylesheetJson;
  const edges = [
    {
      selector: 'edge',
      style: { width: 1.5, 'curve-style': 'bezier', 'target-arrow-shape': 'triangle', 'arrow-scale': 0.9 },
    },
    ...edgeFamilies.flatMap((family) =>
      family.kinds.map((kind) => ({
        selector: `edge[kind = "${kind}"]`,
        style: { 'line-color': family.colour, 'target-arrow-color': family.colour, 'line-style': family.style },
      })),
    ),
    { selector: 'edge:selected', style: { width: 4, 'line-color': '#ffbf47', 'target-arrow-color': '#ffbf47' } },
  ] as StylesheetJson;
  return [...nodes, ...edges];
}
