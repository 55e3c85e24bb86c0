/**
 * The Audit Commission's self-assessment questions for children's trust boards, word for word, the source's own
 * spelling and punctuation included ("Children's and Young Peoples' Plan", "partners, objectives"): 003 Ch.6 ¶161,
 * checked against the source file by test/reference-seed.test.ts. The ids are the research notes' (DOMAIN.md §6), not
 * the Audit Commission's: sub-items take a decimal (B5.1) except under E1, whose two halves of one sentence are E1a/E1b.
 *
 * Counts match DOMAIN.md: 7 groups, 39 questions, 26 sub-items. In the source text B9–B11 print as sub-bullets after an
 * empty bullet, an artefact of the page break: they are questions in their own right, with B10 and B11 having sub-items.
 */

export interface SelfAssessmentSubItem {
  id: string;
  text: string;
}

export interface SelfAssessmentQuestion {
  id: string;
  text: string;
  subItems?: readonly SelfAssessmentSubItem[];
}

export interface SelfAssessmentGroup {
  code: string;
  /** The group's heading, itself a question. */
  question: string;
  questions: readonly SelfAssessmentQuestion[];
}

export const selfAssessmentGroups: readonly SelfAssessmentGroup[] = [
  {
    code: 'A',
    question: "How far does the children's trust focus on improving outcomes for local children and young people?",
    questions: [
      { id: 'A1', text: 'How clear is the board about what it has to achieve for local children and young people?' },
      { id: 'A2', text: 'What does the board know about whether outcomes for local children and young people are improving?' },
      { id: 'A3', text: 'How do local targets take account of the needs and aspirations of local communities, as well as equalities, disabilities and human rights legislation?' },
      { id: 'A4', text: "How will the Children's and Young Peoples' Plan enable a reduction in the gaps in outcomes between the most vulnerable – and the majority – of children?" },
      { id: 'A5', text: "How does the children's trust board ensure that desired outcomes for local children and young people are clearly defined and consistent with other local strategies?" },
      { id: 'A6', text: 'How do partners use shared performance management frameworks to oversee, and deliver, better outcomes for local children and young people?' },
    ],
  },
  {
    code: 'B',
    question: 'How does the board oversee the effective use of resources?',
    questions: [
      { id: 'B1', text: "How far has the board mapped the public money (and other resources) spent on children's and young people's services in the area? How has it used this mapping to support delivery of improved outcomes?" },
      { id: 'B2', text: 'How often does the board review the total local spending on children and young people, to identify opportunities for improving value for money for example through aligning or pooling? What improvements in local services for children and young people have arisen from aligning or pooling?' },
      { id: 'B3', text: "Do partners report on the allocation and impact of all budgets and resources spent on children's and young people's services in the area?" },
      { id: 'B4', text: 'Are these budgets reviewed to identify opportunities for improving value for money for example through aligning or pooling?' },
      {
        id: 'B5',
        text: 'Does the board have a policy on the alignment or pooling of budgets?',
        subItems: [
          { id: 'B5.1', text: 'How sustainable is the policy?' },
          { id: 'B5.2', text: 'How does it monitor the effectiveness of aligning and pooling at executive and operational levels?' },
          { id: 'B5.3', text: 'How are lessons from experience of alignment and pooling built into future plans?' },
        ],
      },
      {
        id: 'B6',
        text: 'How does the board influence the allocation of resources to:',
        subItems: [
          { id: 'B6.1', text: 'Reduce the gaps in outcomes between the most vulnerable, and the majority of children and young people?' },
          { id: 'B6.2', text: 'Achieve local priority objectives?' },
          { id: 'B6.3', text: 'Have most impact on achieving local priority objectives?' },
        ],
      },
      {
        id: 'B7',
        text: 'Does the board make the most effective use of its influence over partners?',
        subItems: [
          { id: 'B7.1', text: 'How does it ensure that all partners commit appropriate resources to achieving its objectives?' },
          { id: 'B7.2', text: "How does it influence 'reluctant partners'?" },
          { id: 'B7.3', text: 'How does it monitor the impact of staff time contributions?' },
        ],
      },
      {
        id: 'B8',
        text: 'Does the board have a joint commissioning strategy?',
        subItems: [
          { id: 'B8.1', text: "How well does it reflect the board's, and partners, objectives for children's services and their outcomes?" },
          { id: 'B8.2', text: 'How will it add value to local services for children, young people, and their families?' },
          { id: 'B8.3', text: 'How clearly does it differentiate between commissioning and procurement of services at the strategic, executive, and operational levels?' },
          { id: 'B8.4', text: 'How will the board and its partners ensure the commissioning strategy is supported by staff with the right knowledge and qualifications?' },
        ],
      },
      { id: 'B9', text: "How has the board supported the development of a joint commissioning strategy for children's and young people's services? What does it do to ensure that current services are reviewed and recommissioned to achieve better use of resources and improve outcomes?" },
      {
        id: 'B10',
        text: 'How far does the board stimulate joint working between partners to allow value for money, better access, and improved service quality:',
        subItems: [
          { id: 'B10.1', text: 'Are there effective procurement processes at the executive level to enable value for money across the partners? For example, are opportunities for joint procurement explored?' },
          { id: 'B10.2', text: 'Is there effective sharing of support functions - such as ICT, communications, transport, training and HR – to achieve better value for money?' },
          { id: 'B10.3', text: 'Do partners seek to share and maximise joint use of premises where this will support better access to and quality of services?' },
        ],
      },
      {
        id: 'B11',
        text: 'Does the board set targets for, and monitor improvements in, value for money?',
        subItems: [
          { id: 'B11.1', text: 'How does the board set achievable, stretching targets for executive and operational action?' },
          { id: 'B11.2', text: "How do performance reports support the board's strategic remit?" },
          { id: 'B11.3', text: 'To what extent are costs appropriate to service delivery, performance, and outcomes achieved?' },
        ],
      },
    ],
  },
  {
    code: 'C',
    question: "What are the roles of the children's trust partners in delivering improvement?",
    questions: [
      { id: 'C1', text: 'What mechanisms does the board use to allocate and assess responsibilities for achieving the desired outcomes?' },
      { id: 'C2', text: "How do the board and the partners ensure that roles, functions, and responsibilities for achieving outcomes are clearly defined and agreed, and understood by the board, partners' staff, and wider stakeholders?" },
    ],
  },
  {
    code: 'D',
    question: 'How does the board effectively consult, engage with, and involve key stakeholders?',
    questions: [
      { id: 'D1', text: 'How does the board make sure it identifies the key stakeholders in delivering improved outcomes for local children and young people?' },
      { id: 'D2', text: 'How does the board ensure that the views of local communities and voluntary organisations are represented effectively at the board? How does it ensure that diverse groups and interests have a voice?' },
      { id: 'D3', text: "What are the board's strategies for consulting, engaging with, and involving local children and young people and their parents/carers in direction setting, decision-making and challenge of the children's trust? How does the board evaluate the effectiveness of these strategies?" },
      { id: 'D4', text: "How does the board demonstrate its accountability to the partners, local children and young people in the children's trust?" },
    ],
  },
  {
    code: 'E',
    question: 'How does the board support local capacity building and capability development?',
    questions: [
      {
        id: 'E1',
        text: 'How does the board ensure that partners develop the appropriate skills and knowledge for:',
        subItems: [
          { id: 'E1a', text: "People with governance and leadership responsibilities for local children's and young people's services; and" },
          { id: 'E1b', text: "Staff delivering local children's and young people's services?" },
        ],
      },
      { id: 'E2', text: "How has the board contributed to the development of local children's workforce strategies? How has it worked with partners to equip staff with the relevant skills to deliver good services to children and young people, as well as their families and carers?" },
      { id: 'E3', text: "How effectively does the board improve its members' individual and collective performance, knowledge, and skills? How effectively does it review its own performance and that of its members?" },
      { id: 'E4', text: "How does the board respond to unsatisfactory or inappropriate performance by members' organisations? For example, are there fair and transparent processes?" },
    ],
  },
  {
    code: 'F',
    question: 'How are good governance and the principles of public life demonstrated by the board?',
    questions: [
      {
        id: 'F1',
        text: 'What are the principles for the conduct of board business?',
        subItems: [
          { id: 'F1.1', text: 'How far do they reflect the principles of public life, including selflessness, integrity, objectivity, accountability, openness, honesty and leadership?' },
          { id: 'F1.2', text: "How are they applied to executive and operational sub-groups of the children's trust board?" },
        ],
      },
      { id: 'F2', text: 'How does the trust board ensure that sub-groups take a balanced approach to good governance (particularly where they are responsible for pooled budgets)?' },
      { id: 'F3', text: "How does the board ensure that best practice in partners' policies for dealing with board members conflicts of interest are followed in relation to children's trust arrangements?" },
      { id: 'F4', text: "How does the board ensure that partners' systems (for example, complaints and whistle-blowing) to protect the rights of local children and young people, the public, users, other stakeholders and staff, including access to redress, are working effectively?" },
      { id: 'F5', text: 'How does the board use appropriate advice, data, performance monitoring information, and programme evaluations to support its deliberations and decisions?' },
      {
        id: 'F6',
        text: 'What risk management procedures are there to:',
        subItems: [
          { id: 'F6.1', text: 'Support strategic thinking and forward planning;' },
          { id: 'F6.2', text: 'Assess and manage the opportunities - as well as the hazards - of partnership working; and' },
          { id: 'F6.3', text: 'Clarify which partners are responsible for managing specific risks at strategic, executive, and operational levels?' },
        ],
      },
      { id: 'F7', text: 'How does the board ensure there are appropriate controls to ensure probity and value for money in the use of resources it influences?' },
      { id: 'F8', text: "What are the protocols for managing and resolving conflicts and disagreements between partners about the achievement of the children's trust board's objectives?" },
      { id: 'F9', text: 'How are the agendas, minutes, papers and decisions taken by the board communicated to stakeholders and the wider public?' },
    ],
  },
  {
    code: 'G',
    question: 'How does the board manage risks and exercise proper controls?',
    questions: [
      { id: 'G1', text: "How are board members and relevant partner staff informed about the legal status of the children's trust arrangements and the decisions it can take on its own behalf and on that of its members?" },
      { id: 'G2', text: "How does the board use partners' legal, financial and other professional advisers to inform and scrutinise its decisions?" },
      { id: 'G3', text: 'How is the board formally held to account by its partner organisations for the decisions it makes, and the improvement in outcomes for children and young people?' },
    ],
  },
];
