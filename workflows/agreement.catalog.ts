/**
 * The agreement lifecycle's vocabulary as data: cooperation types, document kinds, contents, events,
 * termination reasons and state labels (中文 / English). Pure: no framework imports.
 */
export type Label = { zh: string; en: string };

/** 合作形式 */
export const COOPERATION_TYPES = {
  major_building: { zh: '专业共建', en: 'Co-built major' },
  order_class: { zh: '订单培养', en: 'Order class' },
  apprenticeship: { zh: '现代学徒制', en: 'Modern apprenticeship' },
  internship: { zh: '岗位实习', en: 'Internship' },
  training_base: { zh: '实习实训基地共建', en: 'Co-built training base' },
  faculty: { zh: '师资培养', en: 'Faculty development' },
  industry_college: { zh: '产业学院 / 共建二级学院', en: 'Industry college' },
  rnd: { zh: '产学研 / 协同创新', en: 'Research and development' },
  other: { zh: '其他', en: 'Other' },
} as const satisfies Record<string, Label>;
export type CooperationType = keyof typeof COOPERATION_TYPES;

/** 项目论证 is forced for co-built majors, co-built (industry) colleges and co-built training bases (seeds/002). */
export const DEMONSTRATION_REQUIRED: readonly CooperationType[] = ['major_building', 'industry_college', 'training_base'];

/** 材料 — the kinds of document an agreement collects. */
export const DOCUMENT_KINDS = {
  research_report: { zh: '调研报告', en: 'Research report' },
  inspection_report: { zh: '考察报告', en: 'Inspection report' },
  cooperation_plan: { zh: '合作方案', en: 'Cooperation plan' },
  meeting_minutes: { zh: '党政联席会议纪要', en: 'Joint party–administration meeting minutes' },
  feasibility_report: { zh: '可行性分析报告', en: 'Feasibility report' },
  demonstration_opinion: { zh: '项目论证意见', en: 'Expert demonstration opinion' },
  agreement_draft: { zh: '合作协议草案', en: 'Agreement draft' },
  legal_opinion: { zh: '法务审核意见', en: 'Legal opinion' },
  signoff_form: { zh: '合同审签表', en: 'Contract sign-off form' },
  signed_agreement: { zh: '已签署协议（盖章）', en: 'Signed and sealed agreement' },
  self_check_report: { zh: '学期自查报告', en: 'Semester self-check report' },
  review_conclusion: { zh: '复查结论', en: 'Review conclusion' },
  supervision_notice: { zh: '督查通知单', en: 'Supervision notice' },
  termination_application: { zh: '终止合作申请', en: 'Termination application' },
  settlement_record: { zh: '清算记录', en: 'Settlement record' },
  archive_catalog: { zh: '归档目录', en: 'Archive catalog' },
  archive_photo: { zh: '归档照片', en: 'Archive photo' },
  other: { zh: '其他材料', en: 'Other document' },
} as const satisfies Record<string, Label>;
export type DocumentKind = keyof typeof DOCUMENT_KINDS;

/** The twelve contents an agreement must state (seeds/002); the twelfth, the term, is startDate and endDate. */
export const CONTENT_FIELDS = {
  nameAndScope: { zh: '项目名称及范围', en: 'Project name and scope' },
  purpose: { zh: '合作目的', en: 'Purpose' },
  mode: { zh: '合作方式', en: 'Mode of cooperation' },
  details: { zh: '具体合作内容', en: 'Specific content' },
  rightsAndObligations: { zh: '双方权利和义务', en: 'Rights and obligations of both parties' },
  partnerInvestment: { zh: '合作方投入及设备、技术清单', en: 'Partner investment, equipment and technology list' },
  collegeResources: { zh: '项目占用学校资源清单', en: 'College resources the project occupies' },
  facilitiesAndCosts: { zh: '场地设施及运行费用承担', en: 'Facilities and who bears running costs' },
  incomeDistribution: { zh: '服务收入分配及财务管理', en: 'Distribution of service income and its financial management' },
  terminationConditions: { zh: '终止条件', en: 'Termination conditions' },
  breachLiability: { zh: '违约责任', en: 'Liability for breach' },
} as const satisfies Record<string, Label>;
export type ContentField = keyof typeof CONTENT_FIELDS;
export const TERM_FIELDS = { startDate: { zh: '合作起始日期', en: 'Start date' }, endDate: { zh: '合作终止日期', en: 'End date' } } as const;

/**
 * 学期自查 figures (seeds/001 第九条（六）): amounts (万元) and counts are non-negative numbers, the other
 * aspects are text.
 */
export type FigureType = 'amount' | 'count' | 'text';
export const SELF_CHECK_FIGURES = {
  funds: { zh: '经费投入（万元）', en: 'Funds (10k yuan)', type: 'amount' },
  equipment: { zh: '设备投入（万元）', en: 'Equipment (10k yuan)', type: 'amount' },
  studentsTrained: { zh: '培养学生数（人）', en: 'Students trained', type: 'count' },
  majorBuilding: { zh: '专业建设', en: 'Major building', type: 'text' },
  trainingConditions: { zh: '实训条件', en: 'Training conditions', type: 'text' },
  teacherDevelopment: { zh: '师资培养', en: 'Teacher development', type: 'text' },
  technicalServices: { zh: '技术服务', en: 'Technical services', type: 'text' },
} as const satisfies Record<string, Label & { type: FigureType }>;
export type SelfCheckFigure = keyof typeof SELF_CHECK_FIGURES;

export const TERMINATION_REASONS = {
  expired: { zh: '到期终止', en: 'Expired' },
  renewed: { zh: '续签', en: 'Renewed' },
  early_termination: { zh: '提前终止', en: 'Early termination' },
  non_performance: { zh: '不履约终止', en: 'Non-performance' },
  withdrawn: { zh: '撤销', en: 'Withdrawn' },
  declined: { zh: '未获批准', en: 'Declined' },
} as const satisfies Record<string, Label>;
export type TerminationReason = keyof typeof TERMINATION_REASONS;

/** Event names are fixed: API clients are written against them. */
export const EVENTS = {
  SUBMIT: { zh: '提交', en: 'Submit' },
  RECORD_DEMONSTRATION: { zh: '录入论证结论', en: 'Record demonstration' },
  APPROVE: { zh: '审核通过', en: 'Approve' },
  REJECT: { zh: '退回修改', en: 'Reject (return for changes)' },
  DECLINE: { zh: '不予立项', en: 'Decline' },
  WITHDRAW: { zh: '撤销', en: 'Withdraw' },
  RECORD_SIGNING: { zh: '登记签订', en: 'Record signing' },
  REGISTER_FILING: { zh: '备案登记', en: 'Register filing' },
  SUBMIT_SELF_CHECK: { zh: '提交学期自查', en: 'Submit self-check' },
  REVIEW_PASS: { zh: '复查通过', en: 'Review passed' },
  REVIEW_RECTIFY: { zh: '复查整改', en: 'Rectification required' },
  ISSUE_SUPERVISION_NOTICE: { zh: '下发督查通知单', en: 'Issue supervision notice' },
  CONFIRM_RECTIFIED: { zh: '确认整改完成', en: 'Confirm rectified' },
  REQUEST_TERMINATION: { zh: '申请终止合作', en: 'Request termination' },
  COMPLETE_TERMINATION: { zh: '完成终止清算', en: 'Complete termination' },
  RENEW: { zh: '续签', en: 'Renew' },
  EXIT: { zh: '到期退出', en: 'Exit at expiry' },
  ARCHIVE: { zh: '归档', en: 'Archive' },
  DEADLINE_PASSED: { zh: '期限已过', en: 'Deadline passed' },
  REQUIRE_DEMONSTRATION: { zh: '要求项目论证', en: 'Require expert demonstration' },
  INVITE_EXPERTS: { zh: '邀请论证专家', en: 'Invite experts' },
  RECORD_OPINION: { zh: '专家论证意见', en: 'Record an expert opinion' },
  RETURN: { zh: '退回', en: 'Return to an earlier step' },
  RECALL: { zh: '撤回', en: 'Recall (take the last step back)' },
} as const satisfies Record<string, Label>;
export type EventType = keyof typeof EVENTS;
export const EVENT_TYPES = Object.keys(EVENTS) as EventType[];

/** Labels of every state node, by dotted path. */
export const STATE_LABELS: Record<string, Label> = {
  research: { zh: '调研', en: 'Research' },
  feasibility: { zh: '可行性分析', en: 'Feasibility' },
  'feasibility.preparing': { zh: '学院准备材料', en: 'College preparing' },
  'feasibility.demonstration': { zh: '项目论证', en: 'Expert demonstration' },
  'feasibility.centerReview': { zh: '合作中心审核', en: 'Center review' },
  agreement: { zh: '协议', en: 'Agreement' },
  'agreement.drafting': { zh: '拟定协议', en: 'Drafting' },
  'agreement.centerReview': { zh: '合作中心审核', en: 'Center review' },
  'agreement.legalReview': { zh: '法务审核', en: 'Legal review' },
  'agreement.presidentMeeting': { zh: '校长办公会', en: 'President’s office meeting' },
  'agreement.partyCommittee': { zh: '党委会', en: 'Party committee' },
  signing: { zh: '审签', en: 'Signing' },
  filing: { zh: '备案', en: 'Filing' },
  'filing.awaitingSubmission': { zh: '待提交备案', en: 'Awaiting submission' },
  'filing.awaitingRegistration': { zh: '待备案登记', en: 'Awaiting registration' },
  selfCheck: { zh: '学期自查', en: 'Semester self-check' },
  review: { zh: '复查', en: 'Review' },
  supervision: { zh: '督查整改', en: 'Supervision' },
  terminating: { zh: '终止办理', en: 'Terminating' },
  'terminating.awaitingApproval': { zh: '待学校审批', en: 'Awaiting approval' },
  'terminating.settlement': { zh: '联合清算', en: 'Settlement' },
  archiving: { zh: '归档', en: 'Archiving' },
  terminated: { zh: '已终止', en: 'Terminated' },
};

/** The college's own editing steps: title, content, term and majors change only here (调研, 材料准备, 拟定协议). */
export const COLLEGE_EDITABLE_STATES: readonly string[] = ['research', 'feasibility.preparing', 'agreement.drafting'];
/** The stages of a running agreement: it owes self-checks, can be supervised, and expires. */
export const RUNNING_STAGES: readonly string[] = ['selfCheck', 'review', 'supervision'];
/** Every top-level stage, in lifecycle order. */
export const STAGES: readonly string[] = ['research', 'feasibility', 'agreement', 'signing', 'filing', 'selfCheck', 'review', 'supervision', 'terminating', 'archiving', 'terminated'];

/** Days the college has to submit the signed copies for filing (备案, within 7 days of signing). */
export const FILING_DAYS = 7;
/** RENEW and EXIT open this many days before the end date. */
export const EXPIRY_WINDOW_DAYS = 90;

/**
 * The shape of each event's `data`, checked at the edge: a wrong type or format is a 400 naming the field, a
 * field the event does not take is refused. Whether a value is present and acceptable in the current state
 * (a date not in the future, the figures all filled) is the machine's guard, answered with 422.
 */
export type DataFieldSpec =
  | { type: 'boolean' }
  | { type: 'text'; maxLength: number }
  | { type: 'date' } // YYYY-MM-DD, a Shanghai calendar date
  | { type: 'dateOrDateTime' } // a date, or a date-time (Shanghai when it has no zone)
  | { type: 'oneOf'; values: readonly string[] }
  | { type: 'pattern'; pattern: RegExp; example: string }
  | { type: 'figures' }
  | { type: 'userIds'; max: number }
  | { type: 'statePath' };

export const SEMESTER_PATTERN = /^\d{4}-\d{4}-[12]$/;
/** 校长办公会 and 党委会 decisions carry the meeting's date and the minutes number. */
const MEETING = { meetingDate: { type: 'date' }, minutesNumber: { type: 'text', maxLength: 100 } } as const;

export const EVENT_DATA: Record<EventType, Record<string, DataFieldSpec>> = {
  SUBMIT: {},
  RECORD_DEMONSTRATION: { passed: { type: 'boolean' } },
  APPROVE: MEETING,
  REJECT: MEETING,
  DECLINE: MEETING,
  WITHDRAW: {},
  RECORD_SIGNING: { signedAt: { type: 'dateOrDateTime' } },
  REGISTER_FILING: {},
  SUBMIT_SELF_CHECK: { semester: { type: 'pattern', pattern: SEMESTER_PATTERN, example: '2026-2027-1' }, figures: { type: 'figures' } },
  REVIEW_PASS: { conclusion: { type: 'text', maxLength: 5000 } },
  REVIEW_RECTIFY: {},
  ISSUE_SUPERVISION_NOTICE: { deadline: { type: 'dateOrDateTime' } },
  CONFIRM_RECTIFIED: {},
  REQUEST_TERMINATION: { reason: { type: 'oneOf', values: ['early', 'non_performance'] } },
  COMPLETE_TERMINATION: {},
  RENEW: {},
  EXIT: {},
  ARCHIVE: {},
  DEADLINE_PASSED: { kind: { type: 'oneOf', values: ['filing', 'supervision'] } },
  REQUIRE_DEMONSTRATION: {},
  INVITE_EXPERTS: { userIds: { type: 'userIds', max: 20 } },
  RECORD_OPINION: { opinion: { type: 'oneOf', values: ['approve', 'reject'] } },
  RETURN: { to: { type: 'statePath' } },
  RECALL: {},
};

/** Events that do not advance the subject's step: nobody's work item waits on them. */
export const SIDE_EVENTS: readonly EventType[] = [
  'WITHDRAW', 'DECLINE', 'DEADLINE_PASSED', 'REQUEST_TERMINATION', 'ISSUE_SUPERVISION_NOTICE', 'RENEW', 'EXIT', 'CONFIRM_RECTIFIED',
  'REQUIRE_DEMONSTRATION', 'RETURN', 'RECALL', 'REJECT', 'INVITE_EXPERTS',
];

/**
 * Who may upload a kind beyond the steps that need it. Opinions and conclusions are the reviewers' own (the
 * college cannot file one for them); the settlement record is finance's (seeds/001 第十二条).
 */
export const UPLOAD_POLICY: Partial<Record<DocumentKind, { onlyRoles: readonly string[] }>> = {
  demonstration_opinion: { onlyRoles: ['center_staff', 'expert'] },
  legal_opinion: { onlyRoles: ['legal'] },
  review_conclusion: { onlyRoles: ['center_staff'] },
  settlement_record: { onlyRoles: ['department'] },
};
/** Kinds where every upload is a document of its own rather than a new version of one. */
export const MANY_PER_AGREEMENT: readonly DocumentKind[] = ['archive_photo', 'other'];
