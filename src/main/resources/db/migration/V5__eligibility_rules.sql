-- Added 2026-12-07 to the fact sheet: who may claim the unemployment-insurance skill-improvement subsidy (技能提升补贴,
-- paid from the unemployment-insurance fund), and how its conditions changed over time. Every fact comes from
-- shared/seed/FACTS.md with the source and verification it gives there; nothing is invented. A condition that no
-- source states is not a rule. The Chinese text of a rule is the fact; the English is our translation.
--
-- Partners sync through the change feed, so this migration appends an audit row for every record it adds, with the
-- record in the shape the API's own writes record (the write API's shape with its id). It changes no record; it adds
-- one benefit, the Shenzhen repost's level-3 amount for 2025, beside the seed article's.
--
-- How the new facts are shaped:
-- - A condition is an eligibility rule of its policy: one kind, the one parameter the kind needs, its own period,
--   source and verification. A rule with no benefit concerns every benefit of its policy (all of them here).
-- - Rules count by the certificate's issue date: a rule's period is the period of the certificates it is for, as the
--   Yangzhou case shows (new rates for certificates issued from 2019, the old ones for 2018 certificates).
-- - The national rules over time: the 2017 notice's conditions (人社部发〔2017〕40号, as Guangming Daily and a repost give
--   them) from 2017-01-01; 36 months' contributions until 2018-12-31; the relaxation to 12 months from 2019-01-01.
--   The relaxation's sources (a Zhongwei government page; 人社部发〔2022〕23号, which continued it) give no end, so
--   both of its rows end on 2023-12-31, the day before the rules of the 2024 notice (人社部发〔2024〕40号) take over.
--   The 2017 conditions the 2024 notice restates (who may claim, each occupation and level once) end then too; the
--   certificate date and the levels (5, 4 and 3) run on to 2024-12-31, and the levels are recorded again for 2025
--   (from 2025-04-14), so that no rule at all is recorded for the gap between the two notices: an estimate for a
--   certificate of those days says that the national rule for it is not known, rather than judging it on the
--   certificate date and level alone.
-- - Where two sources state the same rule for the same days (the 12-month relaxation in 2022 and 2023), both rows are
--   kept, each with its own source.
-- - No national rule is recorded after 2025-12-31: no national notice for 2026 was found, and an estimate for a later
--   certificate says that the national rule for it is not known. Nor is any national rule of who may claim, how long
--   one must be insured or how often one may claim recorded for certificates of 2025-01-01 to 2025-04-13: the 2024
--   notice ran to 2024-12-31 and 人社部发〔2025〕18号 takes effect on 2025-04-14.
-- - In 2024 and 2025 the 12 months' contributions are asked of enterprise employees only (applies_to EMPLOYED):
--   people receiving unemployment-insurance benefit (领取失业保险金人员) may claim without them.
-- - 2025's "one subsidy per person per year, plus up to 2 more for urgently needed (急需紧缺) occupations" is
--   max_count 1 and max_count_urgent 3. That students (在校学生) may not claim in 2025 is read in a Chizhou (Anhui)
--   answer on the national notice, and recorded as a national rule with that source.
-- - 国办发〔2019〕24号 (already a source) is not cited for the 36-to-12-month change: no text of it we read shows that
--   clause.
-- - Not rules of a person: the province's fund holding at least a year of reserves (2024), and amounts that may lean
--   towards local shortage occupations (2017).
-- - Guangdong's "certificate in the provincial catalogue" condition is not a rule here: no source says whether AI
--   Trainer is in that catalogue. Its other conditions (age, residence or insurance, status, applying within 12 months)
--   are rules of the Guangdong measures, in force from 2023-08-15 to 2025-12-31 as the measures are. Women must be
--   below 55, men below 60 (max_age_female, max_age).
-- - A local policy paid under the national scheme (or under the Guangdong measures) has a SCHEME rule naming it: the
--   scheme's conditions apply on top of the local ones. Shenzhen's hukou, local insurance, registered-unemployed or
--   recent-graduate condition is a PLACE rule of its own.
-- - Anhui's and Ningxia's 2025 amounts are not loaded: neither region is in the data. Ningxia's forwarding of the 2025
--   notice is listed as a source all the same.
-- - Levels 2 and 1 (技师, 高级技师) are outside the national scheme: its LEVELS rule lists 5, 4 and 3 only.
--
-- Flyway may run several migrations in one session, where V4's temporary functions still exist: the ones this
-- migration shares with V4 are created with "or replace", with the same definitions.

-- =====================================================================================================================
-- Schema
-- =====================================================================================================================

-- Two sources may give different amounts for the same level, kind and days: both records are kept, each with its
-- source. One source still gives one amount per policy, level, kind and day.
alter table benefit drop constraint benefit_periods_do_not_overlap;
alter table benefit add constraint benefit_periods_do_not_overlap exclude using gist (
    policy_id with =,
    (coalesce(level, 0)) with =,
    kind with =,
    source_id with =,
    daterange(effective_from, effective_to, '[]') with &&
) where (deleted_at is null);

-- Rules change through the write API and migrations; their changes are in the feed too.
alter table audit_log drop constraint audit_log_entity_type_check;
alter table audit_log add constraint audit_log_entity_type_check check (entity_type in ('policy', 'benefit',
    'salary-range', 'source', 'region', 'work-type', 'occupation', 'rule'));

-- Who may claim a policy's benefits, and on what conditions. Each row is one condition with the one parameter its kind
-- needs; the period is that of the certificates it is for (the date that counts is the certificate's issue date).
create table eligibility_rule (
    id               bigint generated always as identity primary key,
    public_id        uuid not null unique,
    policy_id        bigint not null references policy (id),
    -- set: the rule concerns that one benefit only; null: every benefit of the policy
    benefit_id       bigint references benefit (id),
    kind             text not null check (kind in ('MIN_INSURED_MONTHS', 'CERTIFICATE_ISSUED_FROM',
                                                   'APPLY_WITHIN_MONTHS', 'LEVELS', 'CLAIMANT_STATUS',
                                                   'EXCLUDED_STATUS', 'AGE_RANGE', 'PLACE', 'ONCE_PER_LEVEL',
                                                   'MAX_PER_YEAR', 'NO_LOWER_AFTER_HIGHER', 'NOT_COMBINED_WITH',
                                                   'SCHEME')),
    -- MIN_INSURED_MONTHS, APPLY_WITHIN_MONTHS
    months           smallint check (months > 0),
    -- CERTIFICATE_ISSUED_FROM
    issued_from      date,
    -- LEVELS
    levels           smallint[] check (cardinality(levels) > 0 and levels <@ '{1,2,3,4,5}'),
    -- CLAIMANT_STATUS (only these may claim), EXCLUDED_STATUS (these may not)
    statuses         text[] check (cardinality(statuses) > 0 and statuses <@ array['EMPLOYED',
                         'RECEIVING_UNEMPLOYMENT_BENEFIT', 'REGISTERED_UNEMPLOYED', 'STUDENT', 'RETIRED',
                         'CIVIL_SERVANT']),
    -- the claimant statuses the rule is for; null: everyone
    applies_to       text[] check (cardinality(applies_to) > 0 and applies_to <@ array['EMPLOYED',
                         'RECEIVING_UNEMPLOYMENT_BENEFIT', 'REGISTERED_UNEMPLOYED', 'STUDENT', 'RETIRED',
                         'CIVIL_SERVANT']),
    -- AGE_RANGE: at least min_age, and below max_age (below max_age_female for women where set), on the application date
    min_age          smallint check (min_age >= 0),
    max_age          smallint check (max_age > 0),
    max_age_female   smallint check (max_age_female > 0),
    -- PLACE: any of these, in the policy's region
    place_bases      text[] check (cardinality(place_bases) > 0 and place_bases <@ array['INSURED', 'HUKOU',
                         'REGISTERED_UNEMPLOYED', 'RECENT_GRADUATE']),
    -- MAX_PER_YEAR: per person per calendar year; max_count_urgent for certificates of urgently needed occupations
    max_count        smallint check (max_count > 0),
    max_count_urgent smallint,
    -- NOT_COMBINED_WITH: a benefit kind not also received for the same certificate
    excluded_kind    text check (excluded_kind in ('CERTIFICATE_SUBSIDY', 'SPECIAL_CERTIFICATE_SUBSIDY',
                                                   'SUBSIDY_UPLIFT', 'TRAINING_SUBSIDY')),
    -- SCHEME: claims under this policy are paid under that policy's scheme, whose conditions apply too
    scheme_policy_id bigint references policy (id),
    -- inclusive: in force for certificates issued in this period; null: open on that side
    effective_from   date,
    effective_to     date,
    text_zh          text not null,
    text_en          text not null,
    source_id        bigint not null references source (id),
    verification     text not null check (verification in ('OFFICIAL', 'REPORTED', 'UNCONFIRMED')),
    version          bigint not null default 1,
    deleted_at       timestamptz,
    check (effective_from <= effective_to),
    check (min_age < max_age),
    check (min_age < max_age_female),
    check (max_count_urgent is null or max_count_urgent >= max_count),
    check (scheme_policy_id is distinct from policy_id),
    -- each kind has its parameter
    constraint eligibility_rule_parameter_check check (case kind
        when 'MIN_INSURED_MONTHS' then months is not null
        when 'APPLY_WITHIN_MONTHS' then months is not null
        when 'CERTIFICATE_ISSUED_FROM' then issued_from is not null
        when 'LEVELS' then levels is not null
        when 'CLAIMANT_STATUS' then statuses is not null
        when 'EXCLUDED_STATUS' then statuses is not null
        when 'AGE_RANGE' then min_age is not null or max_age is not null
        when 'PLACE' then place_bases is not null
        when 'MAX_PER_YEAR' then max_count is not null
        when 'NOT_COMBINED_WITH' then excluded_kind is not null
        when 'SCHEME' then scheme_policy_id is not null
        else true end)
);
create index eligibility_rule_policy_idx on eligibility_rule (policy_id);
create index eligibility_rule_benefit_idx on eligibility_rule (benefit_id);
create index eligibility_rule_scheme_idx on eligibility_rule (scheme_policy_id);

-- =====================================================================================================================
-- Records as the change feed carries them (temporary functions, gone when the migration's session ends)
-- =====================================================================================================================

create or replace function pg_temp.texts(zh text, en text) returns jsonb language sql immutable as $$
    select case when zh is null then null else jsonb_build_object('zh-CN', zh, 'en', en) end
$$;

create or replace function pg_temp.source_slug(id bigint) returns text language sql stable as $$
    select slug from source where source.id = source_slug.id
$$;

-- BenefitRules.BenefitRecord: the benefit's ids and its BenefitInput; amounts without trailing zeros (as in V4)
create or replace function pg_temp.benefit_record(b benefit) returns jsonb language sql stable as $$
    select jsonb_build_object('id', b.public_id, 'policyId', (select slug from policy where id = b.policy_id),
        'level', b.level, 'kind', b.kind, 'amount', trim_scale(b.amount), 'currency', b.currency::text,
        'upperLimit', b.upper_limit, 'upliftPercent', trim_scale(b.uplift_percent),
        'effectiveFrom', b.effective_from, 'effectiveTo', b.effective_to,
        'conditions', pg_temp.texts(b.conditions_zh, b.conditions_en),
        'sourceId', pg_temp.source_slug(b.source_id), 'verification', b.verification)
$$;

-- SourceInput
create or replace function pg_temp.source_record(s source) returns jsonb language sql stable as $$
    select jsonb_build_object('id', s.slug, 'title', pg_temp.texts(s.title_zh, s.title_en),
        'publisher', pg_temp.texts(s.publisher_zh, s.publisher_en), 'url', s.url, 'publishedOn', s.published_on,
        'accessedOn', s.accessed_on, 'note', pg_temp.texts(s.note_zh, s.note_en))
$$;

-- The rule's record: its ids and its input; every key present, null where unset
create or replace function pg_temp.rule_record(r eligibility_rule) returns jsonb language sql stable as $$
    select jsonb_build_object('id', r.public_id, 'policyId', (select slug from policy where id = r.policy_id),
        'kind', r.kind, 'benefitId', (select public_id from benefit where id = r.benefit_id),
        'months', r.months, 'issuedFrom', r.issued_from, 'levels', r.levels, 'statuses', r.statuses,
        'appliesTo', r.applies_to, 'minAge', r.min_age, 'maxAge', r.max_age, 'maxAgeFemale', r.max_age_female,
        'placeBases', r.place_bases, 'maxCount', r.max_count, 'maxCountUrgent', r.max_count_urgent,
        'excludedKind', r.excluded_kind, 'schemeId', (select slug from policy where id = r.scheme_policy_id),
        'effectiveFrom', r.effective_from, 'effectiveTo', r.effective_to,
        'text', pg_temp.texts(r.text_zh, r.text_en),
        'sourceId', pg_temp.source_slug(r.source_id), 'verification', r.verification)
$$;

-- One rule, by the slugs of its policy, scheme and source; parameters by name, the rest null. A slug that names
-- nothing leaves a required column null, and the insert fails.
create or replace function pg_temp.add_rule(public_id uuid, policy text, kind text, text_zh text, text_en text,
        source text, verification text, effective_from date default null, effective_to date default null,
        months integer default null, issued_from date default null, levels smallint[] default null,
        statuses text[] default null, applies_to text[] default null, min_age integer default null,
        max_age integer default null, max_age_female integer default null, place_bases text[] default null,
        max_count integer default null, max_count_urgent integer default null, excluded_kind text default null,
        scheme text default null) returns void language sql as $$
    insert into eligibility_rule (public_id, policy_id, kind, months, issued_from, levels, statuses, applies_to,
                                  min_age, max_age, max_age_female, place_bases, max_count, max_count_urgent,
                                  excluded_kind, scheme_policy_id, effective_from, effective_to, text_zh, text_en,
                                  source_id, verification)
    values (add_rule.public_id,
            (select p.id from policy p where p.slug = add_rule.policy and p.deleted_at is null),
            add_rule.kind, add_rule.months, add_rule.issued_from, add_rule.levels, add_rule.statuses,
            add_rule.applies_to, add_rule.min_age, add_rule.max_age, add_rule.max_age_female, add_rule.place_bases,
            add_rule.max_count, add_rule.max_count_urgent, add_rule.excluded_kind,
            (select p.id from policy p where p.slug = add_rule.scheme and p.deleted_at is null),
            add_rule.effective_from, add_rule.effective_to, add_rule.text_zh, add_rule.text_en,
            (select s.id from source s where s.slug = add_rule.source), add_rule.verification)
$$;

-- What existed before this migration, so that the feed lists only what it adds.
create temporary table v5_existing_sources as select id from source;

-- =====================================================================================================================
-- Sources
-- =====================================================================================================================
insert into source (slug, title_zh, title_en, publisher_zh, publisher_en, url, published_on, accessed_on, note_zh, note_en)
values
    ('mohrss-2017-40-repost',
     '《关于失业保险支持参保职工提升职业技能有关问题的通知》(人社部发〔2017〕40号)问答(转载)',
     'Notice on unemployment insurance supporting insured employees in improving their vocational skills (Ren She Bu Fa [2017] No. 40), question and answer (repost)',
     '人力资源社会保障部、财政部',
     'Ministry of Human Resources and Social Security (MOHRSS) and Ministry of Finance (MOF)',
     'https://wap.manyoumao.com/ask/383878.html', date '2017-05-18', date '2026-12-07',
     '通知于2017年5月18日公布;此为问答形式的转载。文号据词条页面 uianet.net/dictionary/b4664215.html。与人社部发〔2024〕40号是两份不同的文件。',
     'The notice was announced on 2017-05-18; this is a question-and-answer repost. The document number is as given on a dictionary page, uianet.net/dictionary/b4664215.html. Not to be confused with Ren She Bu Fa [2024] No. 40, a different document.'),
    ('zhongwei-hrss-2020-12-25',
     '中卫市人力资源和社会保障局政府网页(2020年12月25日)',
     'Zhongwei (Ningxia) human resources and social security bureau, government page of 2020-12-25',
     '中卫市人力资源和社会保障局', 'Zhongwei Human Resources and Social Security Bureau (Ningxia)',
     'https://nxzw.gov.cn', date '2020-12-25', date '2026-12-07',
     'nxzw.gov.cn 上的页面 t20201225_2539574,完整地址未记录,链接指向该网站。页面称缴费要求由36个月放宽至12个月是全国性的调整,但其依据的国家文件未找到。',
     'Page t20201225_2539574 on nxzw.gov.cn; its full address was not recorded, so the link is the site''s. The page states the relaxation from 36 to 12 months as a national change; the national document behind it was not found.'),
    ('mohrss-2022-23-repost',
     '人社部发〔2022〕23号:继续实施缴费12个月即可申领的放宽政策(转载)',
     'Ren She Bu Fa [2022] No. 23, on continuing the 12-month relaxation (repost)',
     null, null,
     'https://m.senbk.com/jiaoyu/bb9d31f3e66957bb21583e0d7074f562.html', null, date '2026-12-07',
     '转载文章,日期未记录。',
     'A repost; its date is not recorded.'),
    ('mohrss-2024-40',
     '人社部发〔2024〕40号全文(转载)及人力资源社会保障部微信公众号2024年5月28日的文章(转载)',
     'Ren She Bu Fa [2024] No. 40, full text (repost), and MOHRSS''s WeChat account of 2024-05-28 (repost)',
     null, null,
     'https://m12333.cn/policy/mdrmb.html', null, date '2026-12-07',
     '文件于2024年5月印发,具体日期未记录。人力资源社会保障部微信公众号2024年5月28日的文章转载于 jdzjycyw.com/News/42BBE702-00F0-42C2-9389-5C379015A5A5。与人社部发〔2017〕40号是两份不同的文件。',
     'Issued in May 2024; the day is not recorded. MOHRSS''s WeChat article of 2024-05-28 is reposted at jdzjycyw.com/News/42BBE702-00F0-42C2-9389-5C379015A5A5. Not to be confused with Ren She Bu Fa [2017] No. 40, a different document.'),
    ('mohrss-2025-18',
     '人社部发〔2025〕18号及新华社2025年4月22日的报道(转载)',
     'Ren She Bu Fa [2025] No. 18, and Xinhua of 2025-04-22 (repost)',
     null, null,
     'https://dzb.zzrbnews.com/news/77761.html', date '2025-04-21', date '2026-12-07',
     '文件自2025年4月14日起施行,2025年4月21日印发;新华社2025年4月22日作了报道。另见 tax.vip/web/laws/detail-1745197627733553.html。',
     'In force from 2025-04-14, issued on 2025-04-21; Xinhua reported it on 2025-04-22. Also at tax.vip/web/laws/detail-1745197627733553.html.'),
    ('chizhou-qa-2025-09-11',
     '池州市就业创业服务中心问答(2025年9月11日,转载)',
     'Chizhou (Anhui) employment and entrepreneurship service centre, question and answer of 2025-09-11 (repost)',
     '池州市就业创业服务中心', 'Chizhou Employment and Entrepreneurship Service Centre (Anhui)',
     'https://1renshi.com/news/100142.html', date '2025-09-11', date '2026-12-07',
     '转载于 1renshi.com。',
     'Reposted on 1renshi.com.'),
    ('ningxia-2025',
     '宁夏对人社部发〔2025〕18号的转发',
     'Ningxia''s forwarding of Ren She Bu Fa [2025] No. 18',
     null, null,
     'https://hrlib.ciic-cloud.cn/news/info?id=01jz7nb89m5gggyfm43g30fq6q', null, date '2026-12-07',
     '2025年,具体日期未记录;刊载于 hrlib.ciic-cloud.cn。',
     'Of 2025; the day is not recorded. Published on hrlib.ciic-cloud.cn.');

-- =====================================================================================================================
-- Rules: the national unemployment-insurance skill-improvement subsidy (by the certificate's issue date)
-- =====================================================================================================================

-- The 2017 notice (人社部发〔2017〕40号)
select pg_temp.add_rule('e0000000-0000-4000-8000-000000000001', 'unemployment-insurance-skill-subsidy-2017',
    'CERTIFICATE_ISSUED_FROM', issued_from => '2017-01-01',
    effective_from => '2017-01-01', effective_to => '2024-12-31',
    text_zh => '适用于2017年1月1日起取得的职业技能证书。',
    text_en => 'For skill certificates obtained from 2017-01-01.',
    source => 'gmrb-2017-05-21', verification => 'REPORTED');
select pg_temp.add_rule('e0000000-0000-4000-8000-000000000002', 'unemployment-insurance-skill-subsidy-2017',
    'MIN_INSURED_MONTHS', months => 36,
    effective_from => '2017-01-01', effective_to => '2018-12-31',
    text_zh => '累计缴纳失业保险费36个月及以上。',
    text_en => 'At least 36 months of cumulative unemployment-insurance contributions.',
    source => 'mohrss-2017-40-repost', verification => 'REPORTED');
select pg_temp.add_rule('e0000000-0000-4000-8000-000000000003', 'unemployment-insurance-skill-subsidy-2017',
    'CLAIMANT_STATUS', statuses => '{EMPLOYED}',
    effective_from => '2017-01-01', effective_to => '2023-12-31',
    text_zh => '申领对象为参加失业保险的企业职工。',
    text_en => 'Claimants are enterprise employees insured in unemployment insurance.',
    source => 'mohrss-2017-40-repost', verification => 'REPORTED');
select pg_temp.add_rule('e0000000-0000-4000-8000-000000000004', 'unemployment-insurance-skill-subsidy-2017',
    'APPLY_WITHIN_MONTHS', months => 12,
    effective_from => '2017-01-01', effective_to => '2023-12-31',
    text_zh => '自取得职业技能证书之日起12个月内申请。',
    text_en => 'Apply within 12 months of the certificate''s issue.',
    source => 'gmrb-2017-05-21', verification => 'REPORTED');
select pg_temp.add_rule('e0000000-0000-4000-8000-000000000005', 'unemployment-insurance-skill-subsidy-2017',
    'ONCE_PER_LEVEL',
    effective_from => '2017-01-01', effective_to => '2023-12-31',
    text_zh => '同一职业(工种)同一等级只能享受一次技能提升补贴。',
    text_en => 'Each occupation (work type) and level is subsidised once.',
    source => 'mohrss-2017-40-repost', verification => 'REPORTED');
select pg_temp.add_rule('e0000000-0000-4000-8000-000000000006', 'unemployment-insurance-skill-subsidy-2017',
    'LEVELS', levels => '{5,4,3}',
    effective_from => '2017-01-01', effective_to => '2024-12-31',
    text_zh => '补贴限于初级、中级、高级证书(五级、四级、三级)。',
    text_en => 'Junior (初级), intermediate (中级) and senior (高级) certificates only: levels 5, 4 and 3.',
    source => 'gmrb-2017-05-21', verification => 'REPORTED');

-- The relaxation to 12 months (its sources give no end: it ends the day before the 2024 notice's rules)
select pg_temp.add_rule('e0000000-0000-4000-8000-000000000007', 'unemployment-insurance-skill-subsidy-2017',
    'MIN_INSURED_MONTHS', months => 12,
    effective_from => '2019-01-01', effective_to => '2023-12-31',
    text_zh => '自2019年1月1日起,申领所需的失业保险缴费由36个月放宽至12个月。',
    text_en => 'From 2019-01-01, the unemployment-insurance contributions needed are relaxed from 36 months to 12.',
    source => 'zhongwei-hrss-2020-12-25', verification => 'REPORTED');
select pg_temp.add_rule('e0000000-0000-4000-8000-000000000008', 'unemployment-insurance-skill-subsidy-2017',
    'MIN_INSURED_MONTHS', months => 12,
    effective_from => '2022-01-01', effective_to => '2023-12-31',
    text_zh => '人社部发〔2022〕23号继续执行缴费12个月即可申领的放宽政策。',
    text_en => 'Ren She Bu Fa [2022] No. 23 continues the relaxation: 12 months of contributions are enough.',
    source => 'mohrss-2022-23-repost', verification => 'REPORTED');

-- 2024 (人社部发〔2024〕40号)
select pg_temp.add_rule('e0000000-0000-4000-8000-000000000009', 'unemployment-insurance-skill-subsidy-2017',
    'CLAIMANT_STATUS', statuses => '{EMPLOYED,RECEIVING_UNEMPLOYMENT_BENEFIT}',
    effective_from => '2024-01-01', effective_to => '2024-12-31',
    text_zh => '申领对象为参加失业保险的企业职工和领取失业保险金人员。',
    text_en => 'Claimants are enterprise employees insured in unemployment insurance, or people receiving unemployment-insurance benefit (领取失业保险金人员).',
    source => 'mohrss-2024-40', verification => 'REPORTED');
select pg_temp.add_rule('e0000000-0000-4000-8000-000000000010', 'unemployment-insurance-skill-subsidy-2017',
    'MIN_INSURED_MONTHS', months => 12, applies_to => '{EMPLOYED}',
    effective_from => '2024-01-01', effective_to => '2024-12-31',
    text_zh => '企业职工须参加失业保险满1年。',
    text_en => 'Enterprise employees must have been insured for at least 1 year.',
    source => 'mohrss-2024-40', verification => 'REPORTED');
select pg_temp.add_rule('e0000000-0000-4000-8000-000000000011', 'unemployment-insurance-skill-subsidy-2017',
    'MAX_PER_YEAR', max_count => 3,
    effective_from => '2024-01-01', effective_to => '2024-12-31',
    text_zh => '每人每年最多享受3次技能提升补贴。',
    text_en => 'At most 3 skill-improvement subsidies per person per year.',
    source => 'mohrss-2024-40', verification => 'REPORTED');
select pg_temp.add_rule('e0000000-0000-4000-8000-000000000012', 'unemployment-insurance-skill-subsidy-2017',
    'ONCE_PER_LEVEL',
    effective_from => '2024-01-01', effective_to => '2024-12-31',
    text_zh => '同一职业(工种)同一等级只能享受一次技能提升补贴。',
    text_en => 'Each occupation (work type) and level is subsidised once.',
    source => 'mohrss-2024-40', verification => 'REPORTED');
select pg_temp.add_rule('e0000000-0000-4000-8000-000000000013', 'unemployment-insurance-skill-subsidy-2017',
    'NOT_COMBINED_WITH', excluded_kind => 'TRAINING_SUBSIDY',
    effective_from => '2024-01-01', effective_to => '2024-12-31',
    text_zh => '技能提升补贴和职业培训补贴不得重复享受。',
    text_en => 'The skill-improvement subsidy and the vocational-training subsidy may not both be received.',
    source => 'mohrss-2024-40', verification => 'REPORTED');
select pg_temp.add_rule('e0000000-0000-4000-8000-000000000014', 'unemployment-insurance-skill-subsidy-2017',
    'NO_LOWER_AFTER_HIGHER',
    effective_from => '2024-01-01', effective_to => '2024-12-31',
    text_zh => '已按某职业(工种)较高等级证书享受补贴的,不得再按该职业(工种)较低等级证书申领。',
    text_en => 'After the subsidy for a higher-level certificate of an occupation (work type), none for a lower level of it.',
    source => 'mohrss-2024-40', verification => 'REPORTED');

-- 2025, from 2025-04-14 (人社部发〔2025〕18号); students: the Chizhou answer on it
select pg_temp.add_rule('e0000000-0000-4000-8000-000000000015', 'unemployment-insurance-skill-subsidy-2017',
    'CLAIMANT_STATUS', statuses => '{EMPLOYED,RECEIVING_UNEMPLOYMENT_BENEFIT}',
    effective_from => '2025-04-14', effective_to => '2025-12-31',
    text_zh => '与2024年相同,申领对象为参加失业保险的企业职工和领取失业保险金人员。',
    text_en => 'As in 2024, claimants are enterprise employees insured in unemployment insurance, or people receiving unemployment-insurance benefit (领取失业保险金人员).',
    source => 'mohrss-2025-18', verification => 'REPORTED');
select pg_temp.add_rule('e0000000-0000-4000-8000-000000000016', 'unemployment-insurance-skill-subsidy-2017',
    'MIN_INSURED_MONTHS', months => 12, applies_to => '{EMPLOYED}',
    effective_from => '2025-04-14', effective_to => '2025-12-31',
    text_zh => '与2024年相同,企业职工须参加失业保险满1年。',
    text_en => 'As in 2024, enterprise employees must have been insured for at least 1 year.',
    source => 'mohrss-2025-18', verification => 'REPORTED');
select pg_temp.add_rule('e0000000-0000-4000-8000-000000000017', 'unemployment-insurance-skill-subsidy-2017',
    'EXCLUDED_STATUS', statuses => '{STUDENT}',
    effective_from => '2025-04-14', effective_to => '2025-12-31',
    text_zh => '在校学生不属于申领对象。',
    text_en => 'Students (在校学生) may not claim.',
    source => 'chizhou-qa-2025-09-11', verification => 'REPORTED');
select pg_temp.add_rule('e0000000-0000-4000-8000-000000000018', 'unemployment-insurance-skill-subsidy-2017',
    'MAX_PER_YEAR', max_count => 1, max_count_urgent => 3,
    effective_from => '2025-04-14', effective_to => '2025-12-31',
    text_zh => '每人每年可享受1次技能提升补贴;取得急需紧缺职业(工种)证书的,每年最多可再增加2次。',
    text_en => 'One skill-improvement subsidy per person per year, plus up to 2 more for certificates of urgently needed (急需紧缺) occupations.',
    source => 'mohrss-2025-18', verification => 'REPORTED');
select pg_temp.add_rule('e0000000-0000-4000-8000-000000000036', 'unemployment-insurance-skill-subsidy-2017',
    'LEVELS', levels => '{5,4,3}',
    effective_from => '2025-04-14', effective_to => '2025-12-31',
    text_zh => '补贴限于初级、中级、高级证书(五级、四级、三级)。',
    text_en => 'Junior (初级), intermediate (中级) and senior (高级) certificates only: levels 5, 4 and 3.',
    source => 'mohrss-2025-18', verification => 'REPORTED');

-- =====================================================================================================================
-- Rules: local policies
-- =====================================================================================================================

-- Yangzhou
select pg_temp.add_rule('e0000000-0000-4000-8000-000000000019', 'yangzhou-skill-improvement-subsidy',
    'SCHEME', scheme => 'unemployment-insurance-skill-subsidy-2017',
    text_zh => '扬州的技能提升补贴即国家的失业保险技能提升补贴,国家规定的条件同样适用。',
    text_en => 'Yangzhou''s skill-improvement subsidy is the national unemployment-insurance skill-improvement subsidy: the national conditions apply too.',
    source => 'peoples-daily-2019-01-25', verification => 'REPORTED');
select pg_temp.add_rule('e0000000-0000-4000-8000-000000000020', 'yangzhou-skill-improvement-subsidy',
    'MIN_INSURED_MONTHS', months => 12,
    effective_from => '2019-01-01', effective_to => '2020-12-31',
    text_zh => '2019年1月1日至2020年12月31日,申领所需的失业保险缴费年限由3年放宽至1年。',
    text_en => 'From 2019-01-01 to 2020-12-31, the unemployment-insurance contributions needed are relaxed from 3 years to 1.',
    source => 'peoples-daily-2019-01-25', verification => 'REPORTED');

-- Zhanjiang: the national scheme, with the Guangdong catalogue's amounts where it sets one
select pg_temp.add_rule('e0000000-0000-4000-8000-000000000021', 'zhanjiang-skill-improvement-subsidy',
    'SCHEME', scheme => 'unemployment-insurance-skill-subsidy-2017',
    text_zh => '湛江发放的是失业保险技能提升补贴,国家规定的条件同样适用。',
    text_en => 'Zhanjiang pays the unemployment-insurance skill-improvement subsidy: the national conditions apply too.',
    source => 'zhanjiang-hrss', verification => 'OFFICIAL');
select pg_temp.add_rule('e0000000-0000-4000-8000-000000000022', 'zhanjiang-skill-improvement-subsidy',
    'SCHEME', scheme => 'guangdong-skill-training-subsidy-measures',
    text_zh => '省级目录定有补贴标准的,按省级目录执行。',
    text_en => 'Where the provincial catalogue sets an amount, that amount applies.',
    source => 'zhanjiang-hrss', verification => 'OFFICIAL');

-- Guangdong (the measures' period; the catalogue condition is not a rule: no source says whether AI Trainer is in it)
select pg_temp.add_rule('e0000000-0000-4000-8000-000000000023', 'guangdong-skill-training-subsidy-measures',
    'SCHEME', scheme => 'unemployment-insurance-skill-subsidy-2017',
    effective_from => '2023-08-15', effective_to => '2025-12-31',
    text_zh => '广东的技能提升补贴即国家的失业保险技能提升补贴,国家规定的条件同样适用。',
    text_en => 'Guangdong''s skill-improvement subsidy is the national unemployment-insurance skill-improvement subsidy: the national conditions apply too.',
    source => 'gd-measures-repost', verification => 'REPORTED');
select pg_temp.add_rule('e0000000-0000-4000-8000-000000000024', 'guangdong-skill-training-subsidy-measures',
    'AGE_RANGE', min_age => 16, max_age => 60, max_age_female => 55,
    effective_from => '2023-08-15', effective_to => '2025-12-31',
    text_zh => '年满16周岁至60周岁(男性)或55周岁(女性)。',
    text_en => 'Aged 16 to 60 (men) or 55 (women).',
    source => 'gd-measures-repost', verification => 'REPORTED');
select pg_temp.add_rule('e0000000-0000-4000-8000-000000000025', 'guangdong-skill-training-subsidy-measures',
    'PLACE', place_bases => '{HUKOU,INSURED,REGISTERED_UNEMPLOYED}',
    effective_from => '2023-08-15', effective_to => '2025-12-31',
    text_zh => '具有广东户籍,或在广东参加社会保险,或在广东进行失业登记。',
    text_en => 'A Guangdong hukou, or social insurance in Guangdong, or unemployment registration there.',
    source => 'gd-measures-repost', verification => 'REPORTED');
select pg_temp.add_rule('e0000000-0000-4000-8000-000000000026', 'guangdong-skill-training-subsidy-measures',
    'EXCLUDED_STATUS', statuses => '{CIVIL_SERVANT,STUDENT,RETIRED}',
    effective_from => '2023-08-15', effective_to => '2025-12-31',
    text_zh => '机关事业单位在编人员、全日制在校学生和离退休人员除外。',
    text_en => 'Not civil-service staff on the payroll, full-time students or pensioners.',
    source => 'gd-measures-repost', verification => 'REPORTED');
select pg_temp.add_rule('e0000000-0000-4000-8000-000000000027', 'guangdong-skill-training-subsidy-measures',
    'APPLY_WITHIN_MONTHS', months => 12,
    effective_from => '2023-08-15', effective_to => '2025-12-31',
    text_zh => '自证书核发之日起12个月内申请。',
    text_en => 'Apply within 12 months of the certificate''s issue.',
    source => 'gd-measures-repost', verification => 'REPORTED');

-- Shenzhen
select pg_temp.add_rule('e0000000-0000-4000-8000-000000000028', 'shenzhen-skill-certificate-subsidy',
    'SCHEME', scheme => 'guangdong-skill-training-subsidy-measures',
    text_zh => '深圳的职业技能证书补贴同时适用广东省职业技能培训补贴管理办法的条件。',
    text_en => 'The conditions of the Guangdong measures on vocational skill training subsidies apply to Shenzhen''s skill-certificate subsidy too.',
    source => 'sz-repost-cdhao', verification => 'REPORTED');
select pg_temp.add_rule('e0000000-0000-4000-8000-000000000029', 'shenzhen-skill-certificate-subsidy',
    'SCHEME', scheme => 'unemployment-insurance-skill-subsidy-2017',
    text_zh => '深圳的职业技能证书补贴即国家的失业保险技能提升补贴,国家规定的条件同样适用。',
    text_en => 'Shenzhen''s skill-certificate subsidy is the national unemployment-insurance skill-improvement subsidy: the national conditions apply too.',
    source => 'sz-repost-cdhao', verification => 'REPORTED');
select pg_temp.add_rule('e0000000-0000-4000-8000-000000000030', 'shenzhen-skill-certificate-subsidy',
    'PLACE', place_bases => '{HUKOU,INSURED,REGISTERED_UNEMPLOYED,RECENT_GRADUATE}',
    text_zh => '本地户籍、本地社保、登记失业人员或应届毕业生。',
    text_en => 'A local hukou, local social insurance, registered unemployed persons or recent graduates.',
    source => 'sz-repost-cdhao', verification => 'REPORTED');

-- Other places whose 技能提升补贴 is the national scheme
select pg_temp.add_rule('e0000000-0000-4000-8000-000000000031', 'hunan-skill-improvement-subsidy',
    'SCHEME', scheme => 'unemployment-insurance-skill-subsidy-2017',
    text_zh => '湖南的技能提升补贴即国家的失业保险技能提升补贴,国家规定的条件同样适用。',
    text_en => 'Hunan''s skill-improvement subsidy is the national unemployment-insurance skill-improvement subsidy: the national conditions apply too.',
    source => 'hunan-repost', verification => 'REPORTED');
select pg_temp.add_rule('e0000000-0000-4000-8000-000000000032', 'taiyuan-skill-improvement-subsidy',
    'SCHEME', scheme => 'unemployment-insurance-skill-subsidy-2017',
    text_zh => '太原的技能提升补贴即国家的失业保险技能提升补贴,国家规定的条件同样适用。',
    text_en => 'Taiyuan''s skill-improvement subsidy is the national unemployment-insurance skill-improvement subsidy: the national conditions apply too.',
    source => 'taiyuan-repost', verification => 'REPORTED');
select pg_temp.add_rule('e0000000-0000-4000-8000-000000000033', 'lvliang-shortage-occupation-skill-subsidy',
    'SCHEME', scheme => 'unemployment-insurance-skill-subsidy-2017',
    text_zh => '吕梁紧缺职业的技能提升补贴即国家的失业保险技能提升补贴,国家规定的条件同样适用。',
    text_en => 'Lüliang''s skill-improvement subsidy for shortage occupations is the national unemployment-insurance skill-improvement subsidy: the national conditions apply too.',
    source => 'lvliang-repost', verification => 'REPORTED');
select pg_temp.add_rule('e0000000-0000-4000-8000-000000000034', 'chengdu-skill-improvement-subsidy',
    'SCHEME', scheme => 'unemployment-insurance-skill-subsidy-2017',
    text_zh => '成都的技能提升补贴即国家的失业保险技能提升补贴,国家规定的条件同样适用。',
    text_en => 'Chengdu''s skill-improvement subsidy is the national unemployment-insurance skill-improvement subsidy: the national conditions apply too.',
    source => 'chengdu-repost', verification => 'REPORTED');
select pg_temp.add_rule('e0000000-0000-4000-8000-000000000035', 'chengdu-shortage-occupation-skill-improvement-subsidy',
    'SCHEME', scheme => 'unemployment-insurance-skill-subsidy-2017',
    text_zh => '成都紧缺职业的技能提升补贴即国家的失业保险技能提升补贴,国家规定的条件同样适用。',
    text_en => 'Chengdu''s skill-improvement subsidy for shortage occupations is the national unemployment-insurance skill-improvement subsidy: the national conditions apply too.',
    source => 'chengdu-repost', verification => 'REPORTED');

-- =====================================================================================================================
-- Shenzhen's level 3 in 2025, as the repost gives it
-- =====================================================================================================================

-- The repost gives 1,000 / 1,500 / 2,400 for levels 5 / 4 / 3 as in force in 2025; V2 kept its level-3 figure only
-- as the seed article's amount from 2025-03-01. The two sources differ before that day (the seed article: 2,000), so
-- the repost's 2,400 is a record of its own for the whole of 2025, beside the seed article's two.
insert into benefit (public_id, policy_id, level, kind, amount, currency, upper_limit, effective_from, effective_to,
                     conditions_zh, conditions_en, source_id, verification)
select 'b0000000-0000-4000-8000-000000000062', p.id, 3, 'CERTIFICATE_SUBSIDY', 2400, 'CNY', false, '2025-01-01',
       '2025-12-31', '转载称2025年执行;种子文章称2025年2月28日前为2000元。',
       'Reported as in force in 2025; the seed article gives 2,000 yuan until 2025-02-28.',
       (select id from source where slug = 'sz-repost-cdhao'), 'REPORTED'
from policy p where p.slug = 'shenzhen-skill-certificate-subsidy';

-- =====================================================================================================================
-- The change feed: one row per record added, in the order a partner can apply them (sources before the rules that
-- cite them), each record as it is now
-- =====================================================================================================================
insert into audit_log (author, entity_type, entity_id, action, before, after)
select 'migration V5', 'source', s.slug, 'CREATE', null, pg_temp.source_record(s)
from source s
where not exists (select 1 from v5_existing_sources e where e.id = s.id)
order by s.id;

insert into audit_log (author, entity_type, entity_id, action, before, after)
select 'migration V5', 'benefit', b.public_id::text, 'CREATE', null, pg_temp.benefit_record(b)
from benefit b
where b.public_id = 'b0000000-0000-4000-8000-000000000062';

insert into audit_log (author, entity_type, entity_id, action, before, after)
select 'migration V5', 'rule', r.public_id::text, 'CREATE', null, pg_temp.rule_record(r)
from eligibility_rule r
order by r.id;
