// The page's own words in both languages; the data's words come from the API in the language it negotiated.

/** @typedef {import('./api.js').Language} Language */

/** How the stream of changes names what happened, and to what kind of record. */
const ACTIONS_ZH = /** @type {Record<string, string>} */ ({ CREATE: '新增', UPDATE: '更新', DELETE: '删除' });
const ACTIONS_EN = /** @type {Record<string, string>} */ ({ CREATE: 'created', UPDATE: 'updated', DELETE: 'deleted' });
const TYPES_ZH = /** @type {Record<string, string>} */ ({
  policy: '政策', benefit: '补贴标准', rule: '申领条件', 'salary-range': '薪资区间', source: '来源', region: '地区',
  'work-type': '工种', occupation: '职业',
});

const TEXTS = {
  'zh-CN': {
    pageTitle: '人工智能训练师职业探索',
    skip: '跳到主要内容',
    tagline: '职业编码',
    digitalTitle: '数字职业(职业分类大典标识为“S”)',
    classificationLabel: '在国家职业分类大典中的位置',
    relatedOccupations: (/** @type {number} */ n) => `相关职业(${n}个)`,
    relations: { SAME_GROUP: '同一小类', RELATED: '相关职业' },
    languageLabel: '语言',
    apiLinks: 'API 文档',
    loading: '正在加载…',
    retry: '重试',
    unreachableTitle: '无法连接到服务',
    unreachableDetail: '请求没有得到回应:',
    sourceLabel: '来源',
    verification: { OFFICIAL: '官方', REPORTED: '报道', UNCONFIRMED: '未证实' },
    levelsHeading: '职业技能等级',
    levelsIntro: '从五级(最低)到一级(最高),每级的培训学时和申报条件。',
    trainingHours: '培训学时',
    conditions: '申报条件',
    noConditions: '资料中没有记录申报条件。',
    levelShort: '级',
    dutiesHeading: '工种与工作内容',
    dutiesIntro: '各个工种,以及按等级筛选的职业功能和工作内容。',
    addedIn: '加入时间',
    workTypesHeading: '工种',
    dutyLevelLabel: '等级',
    allLevels: '全部等级',
    levelOption: (/** @type {number} */ n) => `${n}级`,
    dutiesCount: (/** @type {number} */ n) => `共 ${n} 项`,
    noDuties: '该等级没有记录工作内容。',
    dutyKinds: { DUTY_AREA: '工作领域', MAIN_TASK: '主要工作任务', FUNCTION: '职业功能', WORK_CONTENT: '工作内容' },
    examples: '示例',
    salariesHeading: '薪资范围',
    salariesIntro: '每条是一项薪资数据:最低到最高;无上限的范围画成开口。',
    salaryCaption: (/** @type {string} */ period, /** @type {string} */ currency) => `薪资(${period},${currency})`,
    periods: { MONTH: '每月', YEAR: '每年' },
    statistics: { RANGE: '范围', AVERAGE: '平均', MEDIAN: '中位数' },
    openRange: '以上(无上限)',
    national: '全国',
    referenceYear: '参考年份',
    anyLevel: '不限等级',
    subsidiesHeading: '补贴查询',
    subsidiesIntro: '选择地区、等级和日期,查看当日有效的补贴金额(含上级地区的政策)。',
    regionLabel: '地区',
    anyRegion: '全部地区',
    levelLabel: '等级',
    dateLabel: '日期',
    dateHint: '留空即为今天(北京时间)。',
    find: '查询',
    inForceOn: (/** @type {string} */ d) => `${d} 有效的补贴`,
    searched: '查询的地区',
    noSubsidies: '该日期没有有效的补贴。',
    upTo: '最高',
    uplift: (/** @type {number} */ p) => `补贴标准提高 ${p}%`,
    from: '自',
    until: '至',
    effective: '有效期',
    openEnded: '长期',
    policy: '政策',
    showHistory: '查看历史',
    eligibilityHeading: '我符合补贴条件吗?',
    eligibilityIntro: '填写您的情况,按记录在案的条件估算可以领取哪些技能等级证书补贴、金额多少、何时之前申请。每项条件都注明来源。',
    eligibilityRegionLabel: '参保地区',
    eligibilityRegionHint: '未参保的,选择居住地。',
    chooseRegion: '请选择地区',
    certificateLevelLabel: '证书等级',
    chooseLevel: '请选择等级',
    issuedLabel: '证书颁发日期',
    applyingLabel: '申请日期(选填)',
    insuredLabel: '失业保险累计缴费月数',
    insuredHint: '不清楚可留空,结果会说明哪些项目需要它。',
    statusLabel: '就业状态',
    notStated: '不填写',
    statuses: {
      EMPLOYED: '在职(企业职工)', RECEIVING_UNEMPLOYMENT_BENEFIT: '领取失业保险金', REGISTERED_UNEMPLOYED: '登记失业',
      STUDENT: '在校学生', RETIRED: '退休', CIVIL_SERVANT: '机关事业单位在编人员',
    },
    ageLegend: '年龄条件(选填)',
    ageHint: '有的项目(例如广东省的)有年龄条件:需要出生日期;女性的年龄上限不同时,还需要性别。',
    birthLabel: '出生日期',
    sexLabel: '性别',
    sexes: { MALE: '男', FEMALE: '女' },
    checkEligibility: '查询是否符合条件',
    eligibilityEmpty: '填写上面的表格,然后查询。',
    inputs: {
      region: '参保地区', level: '证书等级', workType: '工种', certificateIssuedOn: '证书颁发日期', applyingOn: '申请日期',
      insuredMonths: '失业保险累计缴费月数', employmentStatus: '就业状态', birthDate: '出生日期', sex: '性别',
      hukouRegion: '户籍所在地区', recentGraduate: '是否为应届毕业生', urgentlyNeededOccupation: '是否属于急需紧缺职业',
      previousSubsidies: '此前领取过的补贴',
    },
    notAsked: '(本表格未询问)',
    outcomes: { ELIGIBLE: '符合条件', INELIGIBLE: '不符合条件', MORE_INFO: '需要更多信息' },
    checkMet: '满足',
    checkNotMet: '不满足',
    checkOpen: '待定',
    given: '填写的情况',
    missing: '缺少',
    sourceSays: '来源的表述',
    applyBy: '申请截止日期',
    taken: '估算采用此结果',
    notTaken: '估算未采用此结果',
    noAward: '没有记录金额',
    amountsOn: (/** @type {string} */ d) => `金额和条件按 ${d}(证书颁发日期)有效的记录`,
    stillNeeded: '还需要',
    upliftNote: (/** @type {number} */ p, /** @type {boolean} */ upTo) => `另有记录(未计入金额):补贴标准${upTo ? '最多' : ''}提高 ${p}%`,
    checksSummary: (/** @type {number} */ n, /** @type {number} */ met, /** @type {number} */ notMet, /** @type {number} */ open) =>
      `核查的条件:${n} 项(满足 ${met},不满足 ${notMet},待定 ${open})`,
    noneEligible: (/** @type {number} */ n) => `所查的 ${n} 个项目都不符合条件。`,
    noPrograms: '没有找到项目。',
    formHasErrors: '请修改标出的项目后再查询。',
    listSeparator: '、',
    historyHeading: '补贴历史',
    historyIntro: '一项政策中某个等级的补贴金额如何随时间变化。',
    policyLabel: '政策',
    noLevel: '不分等级',
    historyCaption: (/** @type {string} */ policy, /** @type {string} */ level) => `${policy}:${level}的金额变化`,
    period: '期间',
    amount: '金额',
    noHistory: '这项政策在该等级没有金额记录。',
    kinds: {
      CERTIFICATE_SUBSIDY: '技能等级证书补贴', SPECIAL_CERTIFICATE_SUBSIDY: '专项能力证书补贴', SUBSIDY_UPLIFT: '补贴上浮',
      TRAINING_SUBSIDY: '培训补贴(不是证书补贴)',
    },
    footer: '数据来自公开来源,每条都注明来源和核实程度。',
    lastChange: (/** @type {string} */ action, /** @type {string} */ type, /** @type {string} */ id,
      /** @type {string} */ at) => `最近一次数据变更:${at},${ACTIONS_ZH[action] ?? action}${TYPES_ZH[type] ?? type} ${id}`,
  },
  en: {
    pageTitle: 'AI Trainer career explorer',
    skip: 'Skip to the main content',
    tagline: 'Occupation code',
    digitalTitle: 'Digital occupation (marked “S” in the national classification)',
    classificationLabel: 'Place in the national occupational classification',
    relatedOccupations: (/** @type {number} */ n) => `${n} related occupations`,
    relations: { SAME_GROUP: 'same minor group', RELATED: 'related' },
    languageLabel: 'Language',
    apiLinks: 'API documentation',
    loading: 'Loading…',
    retry: 'Try again',
    unreachableTitle: 'The service could not be reached',
    unreachableDetail: 'No answer came for',
    sourceLabel: 'Source',
    verification: { OFFICIAL: 'Official', REPORTED: 'Reported', UNCONFIRMED: 'Unconfirmed' },
    levelsHeading: 'Skill levels',
    levelsIntro: 'From level 5 (the lowest) to level 1 (the highest), with training hours and application conditions.',
    trainingHours: 'Training hours',
    conditions: 'Application conditions',
    noConditions: 'No application conditions are recorded.',
    levelShort: 'Level',
    dutiesHeading: 'Work types and duties',
    dutiesIntro: 'The work types, and the occupational functions and work contents by level.',
    addedIn: 'Added',
    workTypesHeading: 'Work types',
    dutyLevelLabel: 'Level',
    allLevels: 'All levels',
    levelOption: (/** @type {number} */ n) => `Level ${n}`,
    dutiesCount: (/** @type {number} */ n) => `${n} ${n === 1 ? 'entry' : 'entries'}`,
    noDuties: 'No duties are recorded for this level.',
    dutyKinds: { DUTY_AREA: 'Duty area', MAIN_TASK: 'Main task', FUNCTION: 'Occupational function', WORK_CONTENT: 'Work content' },
    examples: 'Examples',
    salariesHeading: 'Salary ranges',
    salariesIntro: 'Each bar is one salary figure, from its minimum to its maximum; ranges with no upper bound are drawn open.',
    salaryCaption: (/** @type {string} */ period, /** @type {string} */ currency) => `Salaries (${period}, ${currency})`,
    periods: { MONTH: 'per month', YEAR: 'per year' },
    statistics: { RANGE: 'range', AVERAGE: 'average', MEDIAN: 'median' },
    openRange: 'or more (no upper bound)',
    national: 'National',
    referenceYear: 'Reference year',
    anyLevel: 'Any level',
    subsidiesHeading: 'Subsidy finder',
    subsidiesIntro: 'Pick a region, a level and a date to see the amounts in force that day, including those of the regions above it.',
    regionLabel: 'Region',
    anyRegion: 'All regions',
    levelLabel: 'Level',
    dateLabel: 'Date',
    dateHint: 'Leave empty for today (Beijing time).',
    find: 'Find',
    inForceOn: (/** @type {string} */ d) => `In force on ${d}`,
    searched: 'Regions searched',
    noSubsidies: 'No subsidy is in force on that date.',
    upTo: 'up to',
    uplift: (/** @type {number} */ p) => `subsidy standard raised by ${p}%`,
    from: 'from',
    until: 'until',
    effective: 'In force',
    openEnded: 'open-ended',
    policy: 'Policy',
    showHistory: 'Show history',
    eligibilityHeading: 'Am I eligible?',
    eligibilityIntro: 'Describe your situation to estimate, by the conditions on record, which skill-certificate subsidies you may claim, how much, and by when. Every condition names its source.',
    eligibilityRegionLabel: 'Region where you are insured',
    eligibilityRegionHint: 'Where you live, if you are not insured.',
    chooseRegion: 'Choose a region',
    certificateLevelLabel: 'Certificate level',
    chooseLevel: 'Choose a level',
    issuedLabel: 'Certificate issue date',
    applyingLabel: 'Application date (optional)',
    insuredLabel: 'Months of unemployment insurance',
    insuredHint: 'Leave empty if unsure: the answer says which programs need it.',
    statusLabel: 'Employment status',
    notStated: 'Not stated',
    statuses: {
      EMPLOYED: 'Employed', RECEIVING_UNEMPLOYMENT_BENEFIT: 'Receiving unemployment benefit',
      REGISTERED_UNEMPLOYED: 'Registered unemployed', STUDENT: 'Student', RETIRED: 'Retired',
      CIVIL_SERVANT: 'Civil servant or public institution staff',
    },
    ageLegend: 'For age rules (optional)',
    ageHint: 'Some programs (Guangdong’s, for one) have an age rule: it needs your birth date, and your sex where women have another limit.',
    birthLabel: 'Birth date',
    sexLabel: 'Sex',
    sexes: { MALE: 'Male', FEMALE: 'Female' },
    checkEligibility: 'Check eligibility',
    eligibilityEmpty: 'Fill in the form above, then check.',
    inputs: {
      region: 'Region where you are insured', level: 'Certificate level', workType: 'Work type',
      certificateIssuedOn: 'Certificate issue date', applyingOn: 'Application date',
      insuredMonths: 'Months of unemployment insurance', employmentStatus: 'Employment status', birthDate: 'Birth date',
      sex: 'Sex', hukouRegion: 'Region of household registration (hukou)', recentGraduate: 'Recent graduate or not',
      urgentlyNeededOccupation: 'Urgently needed occupation or not', previousSubsidies: 'Subsidies received before',
    },
    notAsked: '(not asked by this form)',
    outcomes: { ELIGIBLE: 'Eligible', INELIGIBLE: 'Not eligible', MORE_INFO: 'More information needed' },
    checkMet: 'Met',
    checkNotMet: 'Not met',
    checkOpen: 'Open',
    given: 'Given',
    missing: 'Missing',
    sourceSays: 'The source says',
    applyBy: 'Apply by',
    taken: 'Taken by the estimate',
    notTaken: 'Not taken by the estimate',
    noAward: 'No amount recorded',
    amountsOn: (/** @type {string} */ d) => `Amount and conditions as recorded for ${d}, the certificate’s issue date`,
    stillNeeded: 'Still needed',
    upliftNote: (/** @type {number} */ p, /** @type {boolean} */ upTo) => `Also recorded, not added: subsidy standard raised by ${upTo ? 'up to ' : ''}${p}%`,
    checksSummary: (/** @type {number} */ n, /** @type {number} */ met, /** @type {number} */ notMet, /** @type {number} */ open) =>
      `Conditions checked: ${n} (${met} met, ${notMet} not met, ${open} open)`,
    noneEligible: (/** @type {number} */ n) => (n === 1 ? 'Not eligible for the one program found.' : `Not eligible for any of the ${n} programs found.`),
    noPrograms: 'No program found.',
    formHasErrors: 'Correct the fields marked, then check again.',
    listSeparator: ', ',
    historyHeading: 'Benefit history',
    historyIntro: 'How the amount of one policy’s benefit for a level changed over time.',
    policyLabel: 'Policy',
    noLevel: 'No level',
    historyCaption: (/** @type {string} */ policy, /** @type {string} */ level) => `${policy}: amounts for ${level} over time`,
    period: 'Period',
    amount: 'Amount',
    noHistory: 'This policy records no amount for that level.',
    kinds: {
      CERTIFICATE_SUBSIDY: 'Skill-level certificate subsidy', SPECIAL_CERTIFICATE_SUBSIDY: 'Special certificate subsidy',
      SUBSIDY_UPLIFT: 'Subsidy uplift', TRAINING_SUBSIDY: 'Training subsidy (not a certificate subsidy)',
    },
    footer: 'The data comes from public sources; every record names its source and how sure we are of it.',
    lastChange: (/** @type {string} */ action, /** @type {string} */ type, /** @type {string} */ id,
      /** @type {string} */ at) => `Last change to the data: ${at}, ${type} ${id} ${ACTIONS_EN[action] ?? action}`,
  },
};

/** @typedef {typeof TEXTS['en']} Texts */

/**
 * @param {Language} language
 * @returns {Texts}
 */
export function texts(language) {
  return TEXTS[language];
}

/**
 * A money amount in the page's language, such as "¥2,400".
 * @param {Language} language
 * @param {number} amount
 * @param {string} currency
 */
export function money(language, amount, currency) {
  return new Intl.NumberFormat(language, { style: 'currency', currency, maximumFractionDigits: 0 }).format(amount);
}

/**
 * A plain number with grouping, such as "2,400".
 * @param {Language} language
 * @param {number} value
 */
export function number(language, value) {
  return new Intl.NumberFormat(language, { maximumFractionDigits: 0 }).format(value);
}

/**
 * What a benefit gives, in words: an amount ("up to" when it is a ceiling) or a percentage uplift.
 * @param {Language} language
 * @param {{ amount: { amount: number, currency: string } | null, upperLimit: boolean, upliftPercent: number | null }} benefit
 */
export function benefitAmount(language, benefit) {
  const t = texts(language);
  if (benefit.amount) {
    const value = money(language, benefit.amount.amount, benefit.amount.currency);
    return benefit.upperLimit ? `${t.upTo} ${value}` : value;
  }
  return benefit.upliftPercent != null ? t.uplift(benefit.upliftPercent) : '—';
}
