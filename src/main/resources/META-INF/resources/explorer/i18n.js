// The page's own words in both languages; the data's words come from the API in the language it negotiated.

/** @typedef {import('./api.js').Language} Language */

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
