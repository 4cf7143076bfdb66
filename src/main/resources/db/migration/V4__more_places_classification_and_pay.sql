-- Added 2026-12-01 to the fact sheet: twelve more places, the occupation's place in the 2022 national
-- classification, a third work type and more pay reports. Every fact comes from shared/seed/FACTS.md with the source
-- and verification it gives there; nothing is invented. Records that a new source refines (the Guangzhou 2024
-- catalogue, Guangdong's eligibility, the Hubei source's address) are corrected in place, not duplicated.
--
-- Partners sync through the change feed, so this migration appends an audit row for every record it adds or changes,
-- with the record in the shape the API's own writes record (the write API's shape with its id; for work types and
-- the occupation, which only migrations change, the shape of the data-set export).
--
-- How the new facts are shaped:
-- - A percentage uplift is a SUBSIDY_UPLIFT benefit of its level (null where the source names no level).
-- - Xiamen's amounts are a training subsidy: the new benefit kind TRAINING_SUBSIDY, which is never a certificate
--   subsidy and must not be added to one.
-- - A policy holds one amount per level and kind on any day (the exclusion constraint of V3). Where a source gives a
--   second set of amounts for the same levels on the same days (Chengdu's shortage occupations, Xiamen's key
--   occupations), that set is a policy of its own, named after the occupations it is for.
-- - Yangzhou's 2019-2020 amounts end on 2020-12-31. Its government page of May 2023 does not say since when its
--   amounts apply (nor on which day of May it was published), so they count from the first day of that month.

-- =====================================================================================================================
-- Schema
-- =====================================================================================================================

-- A training subsidy helps pay for a course; it is not paid for a certificate.
alter table benefit drop constraint benefit_kind_check;
alter table benefit add constraint benefit_kind_check check (kind in ('CERTIFICATE_SUBSIDY',
    'SPECIAL_CERTIFICATE_SUBSIDY', 'SUBSIDY_UPLIFT', 'TRAINING_SUBSIDY'));

-- Statements about the occupation's place in the national classification.
alter table occupation_statement drop constraint occupation_statement_topic_check;
alter table occupation_statement add constraint occupation_statement_topic_check check (topic in ('DEFINITION',
    'CREATION', 'STANDARD', 'ENVIRONMENT', 'EDUCATION', 'CAREER_PATH', 'INDUSTRY', 'TECHNOLOGY', 'OUTLOOK',
    'CLASSIFICATION'));

-- When a work type was added, as precisely as its source gives it: '2021' for the 2021 standard's, '2024-07-31'.
alter table work_type add column added_in text check (added_in ~ '^[0-9]{4}(-[0-9]{2}(-[0-9]{2})?)?$');

-- Work types and the occupation change only through migrations; their changes are in the feed too.
alter table audit_log drop constraint audit_log_entity_type_check;
alter table audit_log add constraint audit_log_entity_type_check check (entity_type in ('policy', 'benefit',
    'salary-range', 'source', 'region', 'work-type', 'occupation'));

-- The path of an occupation in the national classification: major group, middle group, minor group, occupation.
create table classification_step (
    id            bigint generated always as identity primary key,
    occupation_id bigint not null references occupation (id),
    position      smallint not null check (position between 1 and 4),
    kind          text not null check (kind in ('MAJOR_GROUP', 'MIDDLE_GROUP', 'MINOR_GROUP', 'OCCUPATION')),
    code          text not null,
    name_zh       text not null,
    name_en       text not null,
    -- the classification's "S" mark of a digital occupation; only occupations have it
    digital       boolean,
    source_id     bigint not null references source (id),
    verification  text not null check (verification in ('OFFICIAL', 'REPORTED', 'UNCONFIRMED')),
    unique (occupation_id, position),
    check (position = case kind when 'MAJOR_GROUP' then 1 when 'MIDDLE_GROUP' then 2 when 'MINOR_GROUP' then 3
                                else 4 end),
    check (code ~ case kind when 'MAJOR_GROUP' then '^[1-8]$' when 'MIDDLE_GROUP' then '^[1-8]-[0-9]{2}$'
                            when 'MINOR_GROUP' then '^[1-8]-[0-9]{2}-[0-9]{2}$'
                            else '^[1-8]-[0-9]{2}-[0-9]{2}-[0-9]{2}$' end),
    check ((kind = 'OCCUPATION') = (digital is not null))
);

-- Other occupations of the classification: those of the same minor group, and those related to it elsewhere.
create table related_occupation (
    id            bigint generated always as identity primary key,
    occupation_id bigint not null references occupation (id),
    position      smallint not null check (position >= 1),
    code          text not null check (code ~ '^[1-8]-[0-9]{2}-[0-9]{2}-[0-9]{2}$'),
    name_zh       text not null,
    name_en       text not null,
    digital       boolean not null,
    relation      text not null check (relation in ('SAME_GROUP', 'RELATED')),
    note_zh       text,
    note_en       text,
    source_id     bigint not null references source (id),
    verification  text not null check (verification in ('OFFICIAL', 'REPORTED', 'UNCONFIRMED')),
    unique (occupation_id, position),
    unique (occupation_id, code),
    check ((note_zh is null) = (note_en is null))
);
create index classification_step_occupation_idx on classification_step (occupation_id);
create index related_occupation_occupation_idx on related_occupation (occupation_id);

-- =====================================================================================================================
-- Records as the change feed carries them (temporary functions, gone when the migration's session ends)
-- =====================================================================================================================

create function pg_temp.texts(zh text, en text) returns jsonb language sql immutable as $$
    select case when zh is null then null else jsonb_build_object('zh-CN', zh, 'en', en) end
$$;

create function pg_temp.source_slug(id bigint) returns text language sql stable as $$
    select slug from source where source.id = source_slug.id
$$;

-- SourceInput
create function pg_temp.source_record(s source) returns jsonb language sql stable as $$
    select jsonb_build_object('id', s.slug, 'title', pg_temp.texts(s.title_zh, s.title_en),
        'publisher', pg_temp.texts(s.publisher_zh, s.publisher_en), 'url', s.url, 'publishedOn', s.published_on,
        'accessedOn', s.accessed_on, 'note', pg_temp.texts(s.note_zh, s.note_en))
$$;

-- RegionInput
create function pg_temp.region_record(r region) returns jsonb language sql stable as $$
    select jsonb_build_object('code', r.code, 'parentCode', r.parent_code, 'kind', r.kind,
        'name', pg_temp.texts(r.name_zh, r.name_en))
$$;

-- PolicyInput
create function pg_temp.policy_record(p policy) returns jsonb language sql stable as $$
    select jsonb_build_object('id', p.slug, 'title', pg_temp.texts(p.title_zh, p.title_en),
        'issuer', pg_temp.texts(p.issuer_zh, p.issuer_en), 'documentNumber', p.document_number,
        'category', p.category, 'scope', p.scope, 'region', p.region_code, 'issuedOn', p.issued_on,
        'effectiveFrom', p.effective_from, 'effectiveTo', p.effective_to,
        'summary', pg_temp.texts(p.summary_zh, p.summary_en),
        'eligibility', pg_temp.texts(p.eligibility_zh, p.eligibility_en),
        'sourceId', pg_temp.source_slug(p.source_id), 'verification', p.verification)
$$;

-- PolicyWrites.BenefitRecord: the benefit's ids and its BenefitInput; amounts without trailing zeros
create function pg_temp.benefit_record(b benefit) returns jsonb language sql stable as $$
    select jsonb_build_object('id', b.public_id, 'policyId', (select slug from policy where id = b.policy_id),
        'level', b.level, 'kind', b.kind, 'amount', trim_scale(b.amount), 'currency', b.currency::text,
        'upperLimit', b.upper_limit, 'upliftPercent', trim_scale(b.uplift_percent),
        'effectiveFrom', b.effective_from, 'effectiveTo', b.effective_to,
        'conditions', pg_temp.texts(b.conditions_zh, b.conditions_en),
        'sourceId', pg_temp.source_slug(b.source_id), 'verification', b.verification)
$$;

-- SalaryRangeWrites.SalaryRangeRecord: the salary range's id and its SalaryRangeInput
create function pg_temp.salary_range_record(s salary_range) returns jsonb language sql stable as $$
    select jsonb_build_object('id', s.public_id, 'role', pg_temp.texts(s.role_zh, s.role_en), 'level', s.level,
        'workType', (select slug from work_type where id = s.work_type_id), 'region', s.region_code,
        'min', jsonb_build_object('amount', trim_scale(s.min_amount), 'currency', s.currency::text),
        'max', case when s.max_amount is null then null
                    else jsonb_build_object('amount', trim_scale(s.max_amount), 'currency', s.currency::text) end,
        'period', s.period, 'statistic', s.statistic, 'referenceYear', s.reference_year,
        'note', pg_temp.texts(s.note_zh, s.note_en),
        'sourceId', pg_temp.source_slug(s.source_id), 'verification', s.verification)
$$;

-- DatasetExport.WorkTypeExport
create function pg_temp.work_type_record(w work_type) returns jsonb language sql stable as $$
    select jsonb_build_object('id', w.slug, 'name', pg_temp.texts(w.name_zh, w.name_en),
        'description', pg_temp.texts(w.description_zh, w.description_en), 'position', w.position,
        'addedIn', w.added_in, 'sourceId', pg_temp.source_slug(w.source_id), 'verification', w.verification)
$$;

-- DatasetExport.OccupationExport: statements by topic (in the order of StatementTopic) and position
create function pg_temp.occupation_record(o occupation) returns jsonb language sql stable as $$
    select jsonb_build_object('code', o.code, 'name', pg_temp.texts(o.name_zh, o.name_en),
        'sourceId', pg_temp.source_slug(o.source_id), 'verification', o.verification,
        'digital', coalesce((select digital from classification_step
                             where occupation_id = o.id and kind = 'OCCUPATION'), false),
        'classification', coalesce((select jsonb_agg(jsonb_build_object('kind', c.kind, 'code', c.code,
                'name', pg_temp.texts(c.name_zh, c.name_en), 'digital', c.digital,
                'sourceId', pg_temp.source_slug(c.source_id), 'verification', c.verification) order by c.position)
            from classification_step c where c.occupation_id = o.id), '[]'),
        'relatedOccupations', coalesce((select jsonb_agg(jsonb_build_object('code', r.code,
                'name', pg_temp.texts(r.name_zh, r.name_en), 'digital', r.digital, 'relation', r.relation,
                'note', pg_temp.texts(r.note_zh, r.note_en),
                'sourceId', pg_temp.source_slug(r.source_id), 'verification', r.verification) order by r.position)
            from related_occupation r where r.occupation_id = o.id), '[]'),
        'statements', coalesce((select jsonb_agg(jsonb_build_object('topic', s.topic, 'position', s.position,
                'asOf', s.as_of, 'text', pg_temp.texts(s.text_zh, s.text_en),
                'sourceId', pg_temp.source_slug(s.source_id), 'verification', s.verification)
                order by array_position(array['DEFINITION', 'CREATION', 'STANDARD', 'ENVIRONMENT', 'EDUCATION',
                    'CAREER_PATH', 'INDUSTRY', 'TECHNOLOGY', 'OUTLOOK', 'CLASSIFICATION'], s.topic), s.position)
            from occupation_statement s where s.occupation_id = o.id), '[]'))
$$;

-- What this migration changes: the records as they were before (for UPDATE rows), and what existed before it (so
-- that everything else it touches is a CREATE).
create temporary table v4_before (entity_type text, entity_id text, before jsonb, primary key (entity_type, entity_id));
create temporary table v4_existing as
    select 'source' as entity_type, slug as entity_id from source
    union all select 'region', code from region
    union all select 'work-type', slug from work_type
    union all select 'policy', slug from policy
    union all select 'benefit', public_id::text from benefit
    union all select 'salary-range', public_id::text from salary_range;

-- =====================================================================================================================
-- Sources
-- =====================================================================================================================
insert into source (slug, title_zh, title_en, publisher_zh, publisher_en, url, published_on, accessed_on, note_zh, note_en)
values
    ('gd-measures-repost',
     '《广东省职业技能培训补贴管理办法》全文(转载)',
     'Guangdong Province Administrative Measures for Vocational Skill Training Subsidies, full text (repost)',
     null, null,
     'https://btfans.org/?show=1718', null, null,
     '办法全文的转载,未注明日期。',
     'A repost of the full text; undated.'),
    ('gd-catalogue-2025-repost',
     '关于《广东省职业技能提升补贴(指导)标准目录(2025年版)》的文章(转载)',
     'On the Guangdong guiding catalogue of skill-improvement subsidy standards (2025 edition) (repost)',
     null, null,
     'https://ailegou9.cn/zyjn/27328.html', null, null,
     '转载文章,部分字符为乱码,未注明日期。',
     'A repost, with some characters garbled; undated.'),
    ('zhanjiang-hrss',
     '湛江市政府网站关于技能提升补贴的页面',
     'Zhanjiang government page on the skill-improvement subsidy',
     '湛江市人民政府', 'Zhanjiang Municipal People''s Government',
     'https://zhanjiang.gov.cn/bmzsk/jysb/content/post_1529146.html', null, null,
     '页面未注明日期。',
     'The page is undated.'),
    ('yangzhou-gov-2023-05',
     '扬州市政府服务页面(2023年5月)',
     'Yangzhou government service page (May 2023)',
     '扬州市人民政府', 'Yangzhou Municipal People''s Government',
     'https://yangzhou.gov.cn/yangzhou/zskqyfw/202305/6cf1f2f932d9477496c360c2e67a46b4.shtml', null, null,
     '页面发布于2023年5月,具体日期未记录。',
     'Published in May 2023; the day is not recorded.'),
    ('peoples-daily-2019-01-25',
     '人民网关于扬州放宽技能提升补贴申领条件的报道(转载)',
     'People''s Daily Online on Yangzhou relaxing the skill-improvement subsidy (repost)',
     '人民网', 'People''s Daily Online (people.com.cn)',
     'https://jlmjwl.com/html/yz/10615911_1.html', date '2019-01-25', null,
     '转载于 jlmjwl.com。',
     'Reposted on jlmjwl.com.'),
    ('nanfang-daily-2024',
     '南方日报关于广东人工智能训练师和广州2024年目录的报道(转载)',
     'Nanfang Daily on AI trainers in Guangdong and Guangzhou''s 2024 catalogue (repost)',
     '南方日报', 'Nanfang Daily',
     'https://zhsme.org.cn/news/getNewsByNewsId?newsId=17946e00-d5e5-4b6d-9eab-6d9adc9dd4a0', null, null,
     '转载于 zhsme.org.cn,具体日期未记录。',
     'Reposted on zhsme.org.cn; the day is not recorded.'),
    ('chinanews-2025-03-26',
     '中国新闻网关于上海人工智能训练师培训的报道(转载)',
     'China News Service on AI Trainer training in Shanghai (repost)',
     '中国新闻社', 'China News Service',
     'https://m.55883801.com/cj/jjgc/2025-03-26/1623167.html', date '2025-03-26', null,
     '转载于 55883801.com。',
     'Reposted on 55883801.com.'),
    ('cctv-2024-08-03',
     '央视《焦点访谈》关于2024年7月31日发布的新职业的报道(转载)',
     'CCTV Focus Report (焦点访谈) on the new occupations of 2024-07-31 (repost)',
     '中央广播电视总台', 'China Media Group (CCTV)',
     'https://hrbtv.net/folder963/2024-08-03/934099.html', date '2024-08-03', null,
     '转载于 hrbtv.net。',
     'Reposted on hrbtv.net.'),
    ('dadian-2022-table',
     '《中华人民共和国职业分类大典(2022年版)》分类体系表(公开仓库中的副本)',
     'Classification table of the Occupational Classification of the People''s Republic of China (2022 edition), copy in a public repository',
     null, null,
     'https://github.com/Optima-Chat/china-jobs', null, null,
     '官方分类体系表的副本,见该仓库 data/职业分类大典_2022_分类体系表.pdf 第34页。',
     'A copy of the official classification table: data/职业分类大典_2022_分类体系表.pdf in the repository, page 34.'),
    ('camp-dadian-2022',
     '关于《中华人民共和国职业分类大典(2022年版)》的文章',
     'Article on the 2022 edition of the Occupational Classification of the People''s Republic of China',
     null, null,
     'https://camp.net.cn/new/benyuan/918.html', null, null,
     '刊载于 camp.net.cn。',
     'Published on camp.net.cn.'),
    ('hunan-repost',
     '湖南省技能提升补贴标准(转载)',
     'Hunan province-wide skill-improvement subsidy amounts (repost)',
     null, null,
     'https://senbk.com/techan/217482.html', null, null,
     '2022年的转载文章,具体日期未记录。',
     'A repost of 2022; the day is not recorded.'),
    ('taiyuan-repost',
     '太原市技能提升补贴(转载)',
     'Taiyuan skill-improvement subsidy (repost)',
     null, null,
     'https://yzzsnet.com/techan/85822.html', date '2020-07-20', null,
     '引用 rsj.taiyuan.gov.cn/doc/2020/07/20/993930.shtml。',
     'Cites rsj.taiyuan.gov.cn/doc/2020/07/20/993930.shtml.'),
    ('lvliang-repost',
     '吕梁市紧缺职业技能提升补贴(转载)',
     'Lüliang shortage-occupation skill subsidy (repost)',
     null, null,
     'https://lvshidaquan.com/falvwenda/92bcpsghbp.html', null, null,
     '转载文章,未注明日期。',
     'A repost; undated.'),
    ('changshu-repost',
     '常熟市技能补贴(转载)',
     'Changshu skill subsidy (repost)',
     null, null,
     'https://m.watu.cn/newsinfo/info_227375.html', date '2019-10-22', null,
     '转载文章。',
     'A repost.'),
    ('chengdu-repost',
     '成都市技能提升补贴标准(广告转载)',
     'Chengdu skill-improvement subsidy amounts (advertisement repost)',
     null, null,
     'https://m.bestb2b.com/business_170949249.htm', null, null,
     '广告中的转载,未注明日期。',
     'A repost inside an advertisement; undated.'),
    ('xiamen-repost',
     '厦门市职业培训补贴(转载)',
     'Xiamen training subsidy (repost)',
     null, null,
     'https://mngood.com/xmjzz/xmhk/23425.html', null, null,
     '转载文章,未注明日期。',
     'A repost; undated.'),
    ('sz-tv-2025-04-01',
     '深圳电视台报道的论坛转载(2025年4月1日)',
     'Forum repost of a Shenzhen TV report (2025-04-01)',
     null, null,
     'https://f30872w196.goho.co/thread-1731858-1-1.html', date '2025-04-01', null,
     '论坛转载。',
     'A forum repost.'),
    ('xuhui-labour-brand',
     '关于上海徐汇“AI训练师”劳务品牌的英文转载文章',
     'English repost on Shanghai Xuhui''s "AI Trainer" labour brand',
     null, null,
     'https://digitalphablet.com/news/china-boosts-youth-jobs-by-expanding-ai-trainer-and-new-labor-brands', null, null,
     '英文文章,未注明日期;这里的英文依据原文,中文为本项目的翻译。',
     'An English article, undated; here the English follows the source and the Chinese is our translation.'),
    ('zixiangxian-repost',
     '自象限关于数据标注招聘的文章(转载)',
     'Repost of a 自象限 (Zixiangxian) article on data-annotation hiring',
     null, null,
     'https://theventurebank.com/it/5950284.html', null, null,
     '转载文章,未注明日期。',
     'A repost; undated.'),
    ('cdhao-careers',
     'cdhao.com 上的职业介绍文章',
     'Career article on cdhao.com',
     null, null,
     'https://cdhao.com/628027.html', null, null,
     '未注明日期。',
     'Undated.');

-- Refinements of sources already served: the Hubei repost's full address, and the address of the Xinhua summary.
insert into v4_before
select 'source', s.slug, pg_temp.source_record(s) from source s
where s.slug in ('hubei-2024-catalogue', 'xinhua-2026-01-25');

update source
set version = version + 1,
    url = 'https://wxredian.com/art?id=d41e3e01b611fffd2fbd97469d2a68f2',
    note_zh = '转载于 wxredian.com。',
    note_en = 'Reposted on wxredian.com.'
where slug = 'hubei-2024-catalogue';

update source
set version = version + 1,
    title_zh = '新华社关于上海人工智能训练师的报道(摘要)',
    title_en = 'Xinhua on AI trainers in Shanghai (summary)',
    url = 'https://reportify.cn/news/1212879365529014272',
    note_zh = '链接指向报道的摘要(reportify.cn)。',
    note_en = 'The link points to a summary of the report (reportify.cn).'
where slug = 'xinhua-2026-01-25';

-- =====================================================================================================================
-- Regions (GB/T 2260; parents before children)
-- =====================================================================================================================
insert into region (code, parent_code, kind, name_zh, name_en)
values ('320000', 'CN', 'PROVINCE', '江苏省', 'Jiangsu Province'),
       ('430000', 'CN', 'PROVINCE', '湖南省', 'Hunan Province'),
       ('140000', 'CN', 'PROVINCE', '山西省', 'Shanxi Province'),
       ('510000', 'CN', 'PROVINCE', '四川省', 'Sichuan Province'),
       ('350000', 'CN', 'PROVINCE', '福建省', 'Fujian Province');

insert into region (code, parent_code, kind, name_zh, name_en)
values ('320500', '320000', 'PREFECTURE', '苏州市', 'Suzhou'),
       ('321000', '320000', 'PREFECTURE', '扬州市', 'Yangzhou'),
       ('440800', '440000', 'PREFECTURE', '湛江市', 'Zhanjiang'),
       ('140100', '140000', 'PREFECTURE', '太原市', 'Taiyuan'),
       ('141100', '140000', 'PREFECTURE', '吕梁市', 'Lüliang'),
       ('510100', '510000', 'PREFECTURE', '成都市', 'Chengdu'),
       ('350200', '350000', 'PREFECTURE', '厦门市', 'Xiamen');

insert into region (code, parent_code, kind, name_zh, name_en)
values ('320581', '320500', 'COUNTY', '常熟市', 'Changshu');

-- =====================================================================================================================
-- Work types: the 2021 standard's two, dated by it; the third, added on 2024-07-31
-- =====================================================================================================================
insert into v4_before
select 'work-type', w.slug, pg_temp.work_type_record(w) from work_type w;

update work_type set added_in = '2021' where slug in ('data-annotator', 'ai-algorithm-tester');

insert into work_type (slug, position, name_zh, name_en, description_zh, description_en, added_in, source_id,
                       verification)
values ('ai-digital-human-trainer', 3, '人工智能数字人训练师', 'AI Digital-Human Trainer',
        '2024年7月31日,人力资源社会保障部发布19个新职业和一批新工种,人工智能数字人训练师作为人工智能训练师职业的新工种加入:这是它的加入日期,也是2021年版国家职业技能标准没有列出它的原因。该工种训练由人工智能驱动的数字人,如主播、导览和客服。',
        'On 2024-07-31 the Ministry of Human Resources and Social Security (MOHRSS) announced 19 new occupations and new work types, and AI digital-human trainer was added as a work type of the AI Trainer occupation: that is the date it was added, and why the 2021 standard does not list it. It trains AI-driven digital humans, such as streamers, guides and customer-service agents.',
        '2024-07-31', (select id from source where slug = 'cctv-2024-08-03'), 'REPORTED');

alter table work_type alter column added_in set not null;

-- =====================================================================================================================
-- The occupation: its place in the 2022 classification, its digital mark, the occupations beside it, and more
-- statements
-- =====================================================================================================================
insert into v4_before
select 'occupation', o.code, pg_temp.occupation_record(o) from occupation o where o.code = '4-04-05-05';

insert into classification_step (occupation_id, position, kind, code, name_zh, name_en, digital, source_id,
                                 verification)
select o.id, step.position, step.kind, step.code, step.name_zh, step.name_en, step.digital,
       (select id from source where slug = 'dadian-2022-table'), 'OFFICIAL'
from occupation o,
     (values (1, 'MAJOR_GROUP', '4', '社会生产服务和生活服务人员',
              'Social production service and life service personnel', null::boolean),
             (2, 'MIDDLE_GROUP', '4-04', '信息传输、软件和信息技术服务人员',
              'Information transmission, software and information technology service personnel', null),
             (3, 'MINOR_GROUP', '4-04-05', '软件和信息技术服务人员',
              'Software and information technology service personnel', null),
             (4, 'OCCUPATION', '4-04-05-05', '人工智能训练师', 'Artificial Intelligence Trainer', true))
         as step (position, kind, code, name_zh, name_en, digital)
where o.code = '4-04-05-05';

insert into related_occupation (occupation_id, position, code, name_zh, name_en, digital, relation, note_zh, note_en,
                                source_id, verification)
select o.id, related.position, related.code, related.name_zh, related.name_en, related.digital, related.relation,
       related.note_zh, related.note_en, (select id from source where slug = 'dadian-2022-table'), 'OFFICIAL'
from occupation o,
     (values (1, '4-04-05-01', '计算机程序设计员', 'Computer programmer', true, 'SAME_GROUP', null, null),
             (2, '4-04-05-02', '计算机软件测试员', 'Computer software tester', true, 'SAME_GROUP', null, null),
             (3, '4-04-05-03', '呼叫中心服务员', 'Call centre service worker', false, 'SAME_GROUP', null, null),
             (4, '4-04-05-04', '数据库运行管理员', 'Database operation administrator', true, 'SAME_GROUP', null, null),
             (5, '4-04-05-06', '区块链应用操作员', 'Blockchain application operator', true, 'SAME_GROUP', null, null),
             (6, '4-04-05-07', '服务机器人应用技术员', 'Service robot application technician', true, 'SAME_GROUP',
              null, null),
             (7, '4-04-05-08', '电子数据取证分析师', 'Electronic data forensics analyst', true, 'SAME_GROUP', null,
              null),
             (8, '4-04-05-09', '信息系统适配验证师', 'Information system adaptation and verification engineer', true,
              'SAME_GROUP', null, null),
             (9, '4-04-05-10', '数字孪生应用技术员', 'Digital twin application technician', true, 'SAME_GROUP', null,
              null),
             (10, '4-04-05-11', '虚拟现实产品设计师', 'Virtual reality product designer', true, 'SAME_GROUP', null,
              null),
             (11, '2-02-38-01', '人工智能工程技术人员', 'Artificial intelligence engineering technician', true,
              'RELATED',
              '属于2-02-38 数字技术工程技术人员;在其2021年版国家职业技能标准中,编码为2-02-10-09。',
              'In 2-02-38, digital technology engineering technicians; its own 2021 standard gave it the code 2-02-10-09.'))
         as related (position, code, name_zh, name_en, digital, relation, note_zh, note_en)
where o.code = '4-04-05-05';

insert into occupation_statement (occupation_id, topic, position, as_of, text_zh, text_en, source_id, verification)
values
    ((select id from occupation where code = '4-04-05-05'), 'CLASSIFICATION', 1, '2022-09-27',
     '《中华人民共和国职业分类大典(2022年版)》于2022年9月27日通过,其中标注了97个数字职业(标识为“S”)。',
     'The 2022 edition of the Occupational Classification of the People''s Republic of China was adopted on 2022-09-27; it marks 97 digital occupations with "S".',
     (select id from source where slug = 'camp-dadian-2022'), 'REPORTED'),
    ((select id from occupation where code = '4-04-05-05'), 'CLASSIFICATION', 2, '2022',
     '在2022年版分类体系表中,数据标注员不是单独的职业,而是人工智能训练师(4-04-05-05)的一个工种。',
     'In the 2022 classification table, data annotator (数据标注员) is not an occupation of its own: it is a work type of AI Trainer (4-04-05-05).',
     (select id from source where slug = 'dadian-2022-table'), 'OFFICIAL'),
    ((select id from occupation where code = '4-04-05-05'), 'OUTLOOK', 5, null,
     '上海徐汇“AI训练师”劳务品牌已帮助1600余人就业。',
     'Shanghai Xuhui''s "AI Trainer" labour brand has placed more than 1,600 people in jobs.',
     (select id from source where slug = 'xuhui-labour-brand'), 'REPORTED'),
    ((select id from occupation where code = '4-04-05-05'), 'OUTLOOK', 6, '2025',
     '一家招聘平台数据显示,2025年春节后,数据标注岗位数量同比增长56%。',
     'One recruiting platform saw data-annotation job postings up 56% year on year after the 2025 Spring Festival.',
     (select id from source where slug = 'sz-tv-2025-04-01'), 'REPORTED');

-- =====================================================================================================================
-- Salary ranges
-- =====================================================================================================================
insert into salary_range (public_id, role_zh, role_en, level, work_type_id, region_code, min_amount, max_amount,
                          currency, period, statistic, reference_year, note_zh, note_en, source_id, verification)
values
    ('5a1a0000-0000-4000-8000-000000000006',
     '人工智能训练师(上海徐汇“AI训练师”劳务品牌)', 'AI trainer (Shanghai Xuhui "AI Trainer" labour brand)',
     null, null, '310000', 150000, 200000, 'CNY', 'YEAR', 'MEDIAN', null,
     '徐汇区劳务品牌从业者的年薪中位数,在15万至20万元之间。',
     'The median annual pay of the Xuhui district labour brand''s trainers: between 150,000 and 200,000 yuan.',
     (select id from source where slug = 'xuhui-labour-brand'), 'REPORTED'),
    ('5a1a0000-0000-4000-8000-000000000007',
     '化学数据标注员(上海徐汇“AI训练师”劳务品牌)', 'Chemistry data annotator (Shanghai Xuhui "AI Trainer" labour brand)',
     null, null, '310000', 13000, 13000, 'CNY', 'MONTH', 'RANGE', null,
     '月薪约13000元。',
     'About 13,000 yuan a month.',
     (select id from source where slug = 'xuhui-labour-brand'), 'REPORTED'),
    ('5a1a0000-0000-4000-8000-000000000008',
     '从事数据标注的人工智能训练师(深圳)', 'AI trainers doing annotation (Shenzhen)',
     null, null, '440300', 6000, 19000, 'CNY', 'MONTH', 'RANGE', null,
     '一家培训学校负责人所说。',
     'As the head of a training school put it.',
     (select id from source where slug = 'sz-tv-2025-04-01'), 'REPORTED'),
    ('5a1a0000-0000-4000-8000-000000000009',
     '经猎头招聘的大厂数据标注员', 'Big-tech data annotators hired through headhunters',
     null, null, 'CN', 10000, 20000, 'CNY', 'MONTH', 'RANGE', null,
     null, null,
     (select id from source where slug = 'zixiangxian-repost'), 'REPORTED'),
    ('5a1a0000-0000-4000-8000-000000000010',
     '人工智能训练师(入门)', 'AI trainer (entry level)',
     null, null, 'CN', 4000, 6000, 'CNY', 'MONTH', 'RANGE', null,
     null, null,
     (select id from source where slug = 'cdhao-careers'), 'UNCONFIRMED'),
    ('5a1a0000-0000-4000-8000-000000000011',
     '人工智能训练师(资深专家)', 'AI trainer (senior expert)',
     null, null, 'CN', 30000, null, 'CNY', 'MONTH', 'RANGE', null,
     '月薪3万元以上。',
     '30,000 yuan a month or more.',
     (select id from source where slug = 'cdhao-careers'), 'UNCONFIRMED');

-- =====================================================================================================================
-- Policies: corrections of records already served
-- =====================================================================================================================
insert into v4_before
select 'policy', p.slug, pg_temp.policy_record(p) from policy p
where p.slug in ('guangdong-skill-training-subsidy-measures', 'guangzhou-urgent-occupations-2024',
                 'local-skill-subsidies')
  and p.deleted_at is null;

-- The full text of the Guangdong measures: who may claim, and that each city sets its own shortage uplift.
update policy
set version = version + 1,
    summary_zh = '补贴标准按省级目录执行;列入当地紧缺职业目录的职业,三级及以上补贴最高可上浮30%,具体比例由各市确定。',
    summary_en = 'Subsidy amounts follow a provincial catalogue; for occupations in the local shortage catalogue, subsidies for level 3 and above may be raised by up to 30%, at a rate each city sets.',
    eligibility_zh = '年满16周岁至60周岁(男性)或55周岁(女性);具有广东户籍,或在广东参加社会保险,或在广东进行失业登记;机关事业单位在编人员、全日制在校学生和离退休人员除外;所取证书须列入省级目录;自证书核发之日起12个月内申请。',
    eligibility_en = 'Aged 16 to 60 (men) or 55 (women); a Guangdong hukou, or social insurance in Guangdong, or unemployment registration there; not civil-service staff on the payroll, full-time students or pensioners; the certificate must be in the provincial catalogue; apply within 12 months of its issue.',
    source_id = (select id from source where slug = 'gd-measures-repost')
where slug = 'guangdong-skill-training-subsidy-measures' and deleted_at is null;

-- The Guangzhou catalogue by its name, from the report that names it.
update policy
set version = version + 1,
    title_zh = '广州企业紧缺急需职业(工种)目录(2024年)',
    title_en = 'Guangzhou catalogue of occupations (work types) urgently needed by enterprises (2024)',
    summary_zh = '人工智能训练师被列入《广州企业紧缺急需职业(工种)目录(2024年)》;深圳、珠海和佛山当时正计划将其列入本地目录。',
    summary_en = 'AI Trainer is listed in the Guangzhou catalogue of occupations (work types) urgently needed by enterprises (2024); Shenzhen, Zhuhai and Foshan were then planning to list it.',
    source_id = (select id from source where slug = 'nanfang-daily-2024')
where slug = 'guangzhou-urgent-occupations-2024' and deleted_at is null;

-- The seed article's unconfirmed 3,600 yuan and Guangdong's 2025 catalogue (below) may be the same figure.
update policy
set version = version + 1,
    summary_zh = '不同地区根据职业等级,按相应标准给予1000元至3600元不等的职业技能补贴。其中3600元这一数字未经证实;《广东省职业技能提升补贴(指导)标准目录(2025年版)》中A类职业的补贴为1000元至3600元(同样未经证实),可能就是它的出处。',
    summary_en = 'Depending on the skill level, different places give vocational skill subsidies ranging from 1,000 to 3,600 yuan. The 3,600-yuan figure is unconfirmed; Guangdong''s 2025 catalogue of skill-improvement subsidy standards gives class-A occupations 1,000 to 3,600 yuan (also unconfirmed), which may be where it comes from.'
where slug = 'local-skill-subsidies' and deleted_at is null;

-- =====================================================================================================================
-- Policies: new
-- =====================================================================================================================
insert into policy (slug, title_zh, title_en, issuer_zh, issuer_en, document_number, category, scope, region_code,
                    issued_on, effective_from, effective_to, summary_zh, summary_en, eligibility_zh, eligibility_en,
                    source_id, verification)
values
    ('guangdong-skill-subsidy-catalogue-2025',
     '广东省职业技能提升补贴(指导)标准目录(2025年版)',
     'Guangdong guiding catalogue of skill-improvement subsidy standards (2025 edition)',
     null, null, null, 'SKILL_SUBSIDY', 'PROVINCIAL', '440000',
     null, null, null,
     '2025年版目录收录510个职业(2023年版为426个),新增14个数字职业;A类职业(238个)的补贴标准为1000元至3600元。源文章所说的“3600元”可能就出自这里,两者可能是同一个数字。',
     'The 2025 edition lists 510 occupations (426 in the 2023 edition) and adds 14 digital occupations; class A (238 occupations) is subsidised at 1,000 to 3,600 yuan. The seed article''s "3,600 yuan" may come from here: the two may be the same figure.',
     null, null,
     (select id from source where slug = 'gd-catalogue-2025-repost'), 'UNCONFIRMED'),
    ('zhanjiang-skill-improvement-subsidy',
     '湛江市失业保险技能提升补贴', 'Zhanjiang unemployment-insurance skill-improvement subsidy',
     null, null, null, 'SKILL_SUBSIDY', 'MUNICIPAL', '440800',
     null, null, null,
     '五级、四级、三级证书分别补贴1000元、1500元、2000元;省级目录定有补贴标准的,按省级目录执行;列入当地紧缺职业目录的三级证书上浮30%。',
     'Levels 5, 4 and 3: 1,000, 1,500 and 2,000 yuan; where the provincial catalogue sets an amount, that amount applies; level-3 certificates in local shortage occupations get 30% more.',
     null, null,
     (select id from source where slug = 'zhanjiang-hrss'), 'OFFICIAL'),
    ('shanghai-urgent-high-skill-occupations-2024',
     '上海市紧缺急需高技能职业目录(2024年)', 'Shanghai catalogue of urgently needed high-skill occupations (2024)',
     null, null, null, 'OCCUPATION_CATALOGUE', 'PROVINCIAL', '310000',
     null, null, null,
     '2024年,人工智能训练师被列入上海市紧缺急需高技能职业目录。据2025年3月26日的报道,某培训中心首个三级(高级)社会培训班有41名学员。',
     'In 2024 AI Trainer was listed in Shanghai''s catalogue of urgently needed high-skill occupations. According to a report of 2025-03-26, the first level-3 (senior) class for the public at one training centre had 41 students.',
     null, null,
     (select id from source where slug = 'chinanews-2025-03-26'), 'REPORTED'),
    ('shanghai-subsidy-catalogue-key-item',
     '上海市补贴目录重点支持项目:人工智能训练师', 'Shanghai subsidy catalogue: AI Trainer as a key supported item',
     null, null, null, 'SKILL_SUBSIDY', 'PROVINCIAL', '310000',
     null, null, null,
     '据2026年1月25日的报道,上海人工智能训练师的补贴标准上浮30%,并被列为补贴目录的重点支持项目;培训约三成为理论、七成为实操。这次上浮可能就是2024年12月重点产业技能提升试点通知中的30%。',
     'According to a report of 2026-01-25, Shanghai raised the AI Trainer subsidy by 30% and made it a key supported item of its subsidy catalogue; training is about 30% theory and 70% practice. The rise may be the 30% of the key-industry skills pilot notice of December 2024.',
     null, null,
     (select id from source where slug = 'xinhua-2026-01-25'), 'REPORTED'),
    ('yangzhou-skill-improvement-subsidy',
     '扬州市技能提升补贴', 'Yangzhou skill-improvement subsidy',
     null, null, null, 'SKILL_SUBSIDY', 'MUNICIPAL', '321000',
     null, null, null,
     '据人民网2019年1月25日的报道,2019年1月1日至2020年12月31日,扬州将申领所需的失业保险缴费年限由3年放宽至1年,五级、四级、三级证书分别补贴1000元、1500元、2000元,列入紧缺职业目录的上浮30%(以培训和鉴定费用为限)。据扬州市政府2023年5月的服务页面,初级、中级证书分别补贴1000元、1500元,专项能力证书1000元,培训合格证书500元,列入紧缺职业目录的上浮30%。',
     'According to People''s Daily Online of 2019-01-25, from 2019-01-01 to 2020-12-31 Yangzhou relaxed the unemployment-insurance contributions needed from 3 years to 1, and paid 1,000, 1,500 and 2,000 yuan for level 5, 4 and 3 certificates, 30% more for shortage occupations (within the training and assessment cost). According to the Yangzhou government''s service page of May 2023, junior and intermediate certificates get 1,000 and 1,500 yuan, a special certificate 1,000 yuan and a training certificate 500 yuan, with 30% more for shortage occupations.',
     null, null,
     (select id from source where slug = 'yangzhou-gov-2023-05'), 'OFFICIAL'),
    ('changshu-skill-subsidy',
     '常熟市职业技能补贴', 'Changshu vocational skill subsidy',
     null, null, null, 'SKILL_SUBSIDY', 'COUNTY', '320581',
     null, null, null,
     '据2019年10月22日的转载文章,五级、四级、三级证书分别补贴1000元、1500元、2000元;列入当地紧缺职业目录的上浮30%。',
     'According to a repost of 2019-10-22, level 5, 4 and 3 certificates get 1,000, 1,500 and 2,000 yuan; local shortage occupations get 30% more.',
     null, null,
     (select id from source where slug = 'changshu-repost'), 'REPORTED'),
    ('hunan-skill-improvement-subsidy',
     '湖南省技能提升补贴', 'Hunan skill-improvement subsidy',
     null, null, null, 'SKILL_SUBSIDY', 'PROVINCIAL', '430000',
     null, null, null,
     '据2022年的转载文章,湖南全省统一标准:五级、四级、三级证书分别补贴1000元、1500元、2000元;列入省级紧缺职业目录的上浮10%。',
     'According to a repost of 2022, one standard for the whole province: level 5, 4 and 3 certificates get 1,000, 1,500 and 2,000 yuan; provincial shortage occupations get 10% more.',
     null, null,
     (select id from source where slug = 'hunan-repost'), 'REPORTED'),
    ('taiyuan-skill-improvement-subsidy',
     '太原市技能提升补贴', 'Taiyuan skill-improvement subsidy',
     null, null, null, 'SKILL_SUBSIDY', 'MUNICIPAL', '140100',
     date '2020-07-20', null, null,
     '据转载文章引用的太原市2020年7月20日的网页,五级、四级、三级证书分别补贴1000元、1500元、2000元;紧缺职业上浮20%。',
     'According to the Taiyuan page of 2020-07-20 that a repost cites, level 5, 4 and 3 certificates get 1,000, 1,500 and 2,000 yuan; shortage occupations get 20% more.',
     null, null,
     (select id from source where slug = 'taiyuan-repost'), 'REPORTED'),
    ('lvliang-shortage-occupation-skill-subsidy',
     '吕梁市紧缺职业技能提升补贴', 'Lüliang skill-improvement subsidy for shortage occupations',
     null, null, null, 'SKILL_SUBSIDY', 'MUNICIPAL', '141100',
     null, null, null,
     '紧缺职业的补贴标准上浮30%:五级、四级、三级证书分别为1300元、1950元、2600元。',
     'Shortage occupations get 30% more: 1,300, 1,950 and 2,600 yuan for level 5, 4 and 3 certificates.',
     null, null,
     (select id from source where slug = 'lvliang-repost'), 'REPORTED'),
    ('chengdu-skill-improvement-subsidy',
     '成都市技能提升补贴', 'Chengdu skill-improvement subsidy',
     null, null, null, 'SKILL_SUBSIDY', 'MUNICIPAL', '510100',
     null, null, null,
     '五级、四级、三级证书分别补贴1000元、1500元、2000元。紧缺职业的金额另见“成都市紧缺职业技能提升补贴”。',
     'Level 5, 4 and 3 certificates get 1,000, 1,500 and 2,000 yuan. For shortage occupations, see the Chengdu skill-improvement subsidy for shortage occupations.',
     null, null,
     (select id from source where slug = 'chengdu-repost'), 'REPORTED'),
    ('chengdu-shortage-occupation-skill-improvement-subsidy',
     '成都市紧缺职业技能提升补贴', 'Chengdu skill-improvement subsidy for shortage occupations',
     null, null, null, 'SKILL_SUBSIDY', 'MUNICIPAL', '510100',
     null, null, null,
     '紧缺职业的五级、四级、三级证书分别补贴1100元、1800元、2500元,代替一般职业的1000元、1500元、2000元。',
     'For shortage occupations, level 5, 4 and 3 certificates get 1,100, 1,800 and 2,500 yuan, instead of the usual 1,000, 1,500 and 2,000 yuan.',
     null, null,
     (select id from source where slug = 'chengdu-repost'), 'REPORTED'),
    ('xiamen-vocational-training-subsidy',
     '厦门市职业培训补贴', 'Xiamen vocational training subsidy',
     null, null, null, 'SKILL_SUBSIDY', 'MUNICIPAL', '350200',
     null, null, null,
     '这是培训补贴,不是证书补贴:五级至一级分别为700元、1000元、1500元、2000元、3000元;紧缺职业上浮20%。重点职业上浮30%,另见“厦门市重点职业培训补贴上浮”。',
     'A training subsidy, not a certificate subsidy: 700, 1,000, 1,500, 2,000 and 3,000 yuan for levels 5 to 1; shortage occupations get 20% more. Key occupations get 30% more: see the Xiamen training subsidy uplift for key occupations.',
     null, null,
     (select id from source where slug = 'xiamen-repost'), 'REPORTED'),
    ('xiamen-key-occupation-training-subsidy',
     '厦门市重点职业培训补贴上浮', 'Xiamen training subsidy uplift for key occupations',
     null, null, null, 'SKILL_SUBSIDY', 'MUNICIPAL', '350200',
     null, null, null,
     '重点职业的培训补贴(不是证书补贴)上浮30%。',
     'Key occupations get 30% more of the training subsidy (not a certificate subsidy).',
     null, null,
     (select id from source where slug = 'xiamen-repost'), 'REPORTED'),
    ('hangzhou-one-exam-two-certificates-pilot',
     '杭州市人工智能训练师“一考双证”试点', 'Hangzhou "one exam, two certificates" pilot for AI trainers',
     null, null, null, 'SKILL_SUBSIDY', 'MUNICIPAL', '330100',
     null, null, null,
     '杭州在“去年下半年”(报道未注明日期)启动人工智能训练师“一考双证”试点:参加培训并通过考试后,可获得企业证书和职业技能等级证书,并可享受技能补贴、获得居住积分。该报道引用央视财经。',
     'Hangzhou started the AI Trainer "one exam, two certificates" pilot in "the second half of last year" (the report is undated): after the training and the exam, an enterprise certificate and the skill-level certificate, with skill subsidies and residence points. The report quotes CCTV Finance.',
     null, null,
     (select id from source where slug = 'hubei-2024-catalogue'), 'REPORTED');

-- =====================================================================================================================
-- Benefits: corrections of Guangdong's uplifts, now read in the full text of the measures
-- =====================================================================================================================
insert into v4_before
select 'benefit', b.public_id::text, pg_temp.benefit_record(b) from benefit b
where b.public_id in ('b0000000-0000-4000-8000-000000000009', 'b0000000-0000-4000-8000-000000000010',
                      'b0000000-0000-4000-8000-000000000011')
  and b.deleted_at is null;

update benefit
set version = version + 1,
    conditions_zh = '适用于列入当地紧缺职业目录的职业;基础补贴标准按省级目录执行;上浮比例由各市确定,最高30%。',
    conditions_en = 'For occupations in the local shortage catalogue; base amounts follow the provincial catalogue; each city sets the rate, up to 30%.',
    source_id = (select id from source where slug = 'gd-measures-repost')
where public_id in ('b0000000-0000-4000-8000-000000000009', 'b0000000-0000-4000-8000-000000000010',
                    'b0000000-0000-4000-8000-000000000011')
  and deleted_at is null;

-- =====================================================================================================================
-- Benefits: new (amounts per certificate in CNY unless the kind says otherwise)
-- =====================================================================================================================
insert into benefit (public_id, policy_id, level, kind, amount, currency, upper_limit, uplift_percent,
                     effective_from, effective_to, conditions_zh, conditions_en, source_id, verification)
select b.public_id::uuid, (select id from policy where slug = b.policy), b.level, b.kind, b.amount,
       case when b.amount is null then null else 'CNY' end, false, b.uplift_percent,
       b.effective_from, b.effective_to, b.conditions_zh, b.conditions_en,
       (select id from source where slug = b.source), b.verification
from (values
    -- Zhanjiang
    ('b0000000-0000-4000-8000-000000000020', 'zhanjiang-skill-improvement-subsidy', 5::smallint,
     'CERTIFICATE_SUBSIDY', 1000::numeric, null::numeric, null::date, null::date,
     '省级目录定有补贴标准的,按省级目录执行。', 'Where the provincial catalogue sets an amount, that amount applies.',
     'zhanjiang-hrss', 'OFFICIAL'),
    ('b0000000-0000-4000-8000-000000000021', 'zhanjiang-skill-improvement-subsidy', 4, 'CERTIFICATE_SUBSIDY',
     1500, null, null, null,
     '省级目录定有补贴标准的,按省级目录执行。', 'Where the provincial catalogue sets an amount, that amount applies.',
     'zhanjiang-hrss', 'OFFICIAL'),
    ('b0000000-0000-4000-8000-000000000022', 'zhanjiang-skill-improvement-subsidy', 3, 'CERTIFICATE_SUBSIDY',
     2000, null, null, null,
     '省级目录定有补贴标准的,按省级目录执行。', 'Where the provincial catalogue sets an amount, that amount applies.',
     'zhanjiang-hrss', 'OFFICIAL'),
    ('b0000000-0000-4000-8000-000000000023', 'zhanjiang-skill-improvement-subsidy', 3, 'SUBSIDY_UPLIFT',
     null, 30, null, null,
     '适用于列入当地紧缺职业目录的职业。', 'For occupations in the local shortage catalogue.',
     'zhanjiang-hrss', 'OFFICIAL'),
    -- Yangzhou, 2019-01-01 to 2020-12-31 (People's Daily Online)
    ('b0000000-0000-4000-8000-000000000024', 'yangzhou-skill-improvement-subsidy', 5, 'CERTIFICATE_SUBSIDY',
     1000, null, date '2019-01-01', date '2020-12-31',
     '此期间失业保险缴费满1年(原为3年)即可申领。',
     'In this period one year of unemployment-insurance contributions (instead of three) was enough to claim.',
     'peoples-daily-2019-01-25', 'REPORTED'),
    ('b0000000-0000-4000-8000-000000000025', 'yangzhou-skill-improvement-subsidy', 4, 'CERTIFICATE_SUBSIDY',
     1500, null, date '2019-01-01', date '2020-12-31',
     '此期间失业保险缴费满1年(原为3年)即可申领。',
     'In this period one year of unemployment-insurance contributions (instead of three) was enough to claim.',
     'peoples-daily-2019-01-25', 'REPORTED'),
    ('b0000000-0000-4000-8000-000000000026', 'yangzhou-skill-improvement-subsidy', 3, 'CERTIFICATE_SUBSIDY',
     2000, null, date '2019-01-01', date '2020-12-31',
     '此期间失业保险缴费满1年(原为3年)即可申领。',
     'In this period one year of unemployment-insurance contributions (instead of three) was enough to claim.',
     'peoples-daily-2019-01-25', 'REPORTED'),
    ('b0000000-0000-4000-8000-000000000027', 'yangzhou-skill-improvement-subsidy', null, 'SUBSIDY_UPLIFT',
     null, 30, date '2019-01-01', date '2020-12-31',
     '适用于列入紧缺职业目录的职业,以培训和鉴定费用为限。',
     'For occupations in the shortage catalogue, within the training and assessment cost.',
     'peoples-daily-2019-01-25', 'REPORTED'),
    -- Yangzhou, its government page of May 2023 (from the first of that month: the page does not say since when)
    ('b0000000-0000-4000-8000-000000000028', 'yangzhou-skill-improvement-subsidy', 5, 'CERTIFICATE_SUBSIDY',
     1000, null, date '2023-05-01', null,
     '初级证书(五级)。页面发布于2023年5月,未说明自何时起执行,此处自该月1日起计。',
     'Junior (初级) certificate, level 5. The page of May 2023 does not say since when; counted from the first of that month.',
     'yangzhou-gov-2023-05', 'OFFICIAL'),
    ('b0000000-0000-4000-8000-000000000029', 'yangzhou-skill-improvement-subsidy', 4, 'CERTIFICATE_SUBSIDY',
     1500, null, date '2023-05-01', null,
     '中级证书(四级)。页面发布于2023年5月,未说明自何时起执行,此处自该月1日起计。',
     'Intermediate (中级) certificate, level 4. The page of May 2023 does not say since when; counted from the first of that month.',
     'yangzhou-gov-2023-05', 'OFFICIAL'),
    ('b0000000-0000-4000-8000-000000000030', 'yangzhou-skill-improvement-subsidy', null,
     'SPECIAL_CERTIFICATE_SUBSIDY', 1000, null, date '2023-05-01', null,
     '专项能力证书。页面发布于2023年5月,未说明自何时起执行,此处自该月1日起计。',
     'A special certificate. The page of May 2023 does not say since when; counted from the first of that month.',
     'yangzhou-gov-2023-05', 'OFFICIAL'),
    ('b0000000-0000-4000-8000-000000000031', 'yangzhou-skill-improvement-subsidy', null, 'TRAINING_SUBSIDY',
     500, null, date '2023-05-01', null,
     '培训合格证书(培训补贴,不是技能等级证书补贴)。页面发布于2023年5月,未说明自何时起执行,此处自该月1日起计。',
     'A training certificate (a training subsidy, not a skill-level certificate subsidy). The page of May 2023 does not say since when; counted from the first of that month.',
     'yangzhou-gov-2023-05', 'OFFICIAL'),
    ('b0000000-0000-4000-8000-000000000032', 'yangzhou-skill-improvement-subsidy', null, 'SUBSIDY_UPLIFT',
     null, 30, date '2023-05-01', null,
     '适用于列入紧缺职业目录的职业。页面发布于2023年5月,未说明自何时起执行,此处自该月1日起计。',
     'For occupations in the shortage catalogue. The page of May 2023 does not say since when; counted from the first of that month.',
     'yangzhou-gov-2023-05', 'OFFICIAL'),
    -- Changshu
    ('b0000000-0000-4000-8000-000000000033', 'changshu-skill-subsidy', 5, 'CERTIFICATE_SUBSIDY',
     1000, null, null, null, null, null, 'changshu-repost', 'REPORTED'),
    ('b0000000-0000-4000-8000-000000000034', 'changshu-skill-subsidy', 4, 'CERTIFICATE_SUBSIDY',
     1500, null, null, null, null, null, 'changshu-repost', 'REPORTED'),
    ('b0000000-0000-4000-8000-000000000035', 'changshu-skill-subsidy', 3, 'CERTIFICATE_SUBSIDY',
     2000, null, null, null, null, null, 'changshu-repost', 'REPORTED'),
    ('b0000000-0000-4000-8000-000000000036', 'changshu-skill-subsidy', null, 'SUBSIDY_UPLIFT',
     null, 30, null, null,
     '适用于列入当地紧缺职业目录的职业。', 'For occupations in the local shortage catalogue.',
     'changshu-repost', 'REPORTED'),
    -- Hunan
    ('b0000000-0000-4000-8000-000000000037', 'hunan-skill-improvement-subsidy', 5, 'CERTIFICATE_SUBSIDY',
     1000, null, null, null, '全省统一标准。', 'One standard for the whole province.', 'hunan-repost', 'REPORTED'),
    ('b0000000-0000-4000-8000-000000000038', 'hunan-skill-improvement-subsidy', 4, 'CERTIFICATE_SUBSIDY',
     1500, null, null, null, '全省统一标准。', 'One standard for the whole province.', 'hunan-repost', 'REPORTED'),
    ('b0000000-0000-4000-8000-000000000039', 'hunan-skill-improvement-subsidy', 3, 'CERTIFICATE_SUBSIDY',
     2000, null, null, null, '全省统一标准。', 'One standard for the whole province.', 'hunan-repost', 'REPORTED'),
    ('b0000000-0000-4000-8000-000000000040', 'hunan-skill-improvement-subsidy', null, 'SUBSIDY_UPLIFT',
     null, 10, null, null,
     '适用于列入省级紧缺职业目录的职业。', 'For occupations in the provincial shortage catalogue.',
     'hunan-repost', 'REPORTED'),
    -- Taiyuan
    ('b0000000-0000-4000-8000-000000000041', 'taiyuan-skill-improvement-subsidy', 5, 'CERTIFICATE_SUBSIDY',
     1000, null, null, null, null, null, 'taiyuan-repost', 'REPORTED'),
    ('b0000000-0000-4000-8000-000000000042', 'taiyuan-skill-improvement-subsidy', 4, 'CERTIFICATE_SUBSIDY',
     1500, null, null, null, null, null, 'taiyuan-repost', 'REPORTED'),
    ('b0000000-0000-4000-8000-000000000043', 'taiyuan-skill-improvement-subsidy', 3, 'CERTIFICATE_SUBSIDY',
     2000, null, null, null, null, null, 'taiyuan-repost', 'REPORTED'),
    ('b0000000-0000-4000-8000-000000000044', 'taiyuan-skill-improvement-subsidy', null, 'SUBSIDY_UPLIFT',
     null, 20, null, null,
     '适用于紧缺职业。', 'For shortage occupations.', 'taiyuan-repost', 'REPORTED'),
    -- Lüliang: the shortage-occupation amounts are amounts of their own (30% above the usual ones), not an uplift
    ('b0000000-0000-4000-8000-000000000045', 'lvliang-shortage-occupation-skill-subsidy', 5, 'CERTIFICATE_SUBSIDY',
     1300, null, null, null,
     '适用于紧缺职业,已含30%的上浮。', 'For shortage occupations; the 30% rise is included.',
     'lvliang-repost', 'REPORTED'),
    ('b0000000-0000-4000-8000-000000000046', 'lvliang-shortage-occupation-skill-subsidy', 4, 'CERTIFICATE_SUBSIDY',
     1950, null, null, null,
     '适用于紧缺职业,已含30%的上浮。', 'For shortage occupations; the 30% rise is included.',
     'lvliang-repost', 'REPORTED'),
    ('b0000000-0000-4000-8000-000000000047', 'lvliang-shortage-occupation-skill-subsidy', 3, 'CERTIFICATE_SUBSIDY',
     2600, null, null, null,
     '适用于紧缺职业,已含30%的上浮。', 'For shortage occupations; the 30% rise is included.',
     'lvliang-repost', 'REPORTED'),
    -- Chengdu: the usual amounts, then those for shortage occupations, in a policy of their own
    ('b0000000-0000-4000-8000-000000000048', 'chengdu-skill-improvement-subsidy', 5, 'CERTIFICATE_SUBSIDY',
     1000, null, null, null, null, null, 'chengdu-repost', 'REPORTED'),
    ('b0000000-0000-4000-8000-000000000049', 'chengdu-skill-improvement-subsidy', 4, 'CERTIFICATE_SUBSIDY',
     1500, null, null, null, null, null, 'chengdu-repost', 'REPORTED'),
    ('b0000000-0000-4000-8000-000000000050', 'chengdu-skill-improvement-subsidy', 3, 'CERTIFICATE_SUBSIDY',
     2000, null, null, null, null, null, 'chengdu-repost', 'REPORTED'),
    ('b0000000-0000-4000-8000-000000000051', 'chengdu-shortage-occupation-skill-improvement-subsidy', 5,
     'CERTIFICATE_SUBSIDY', 1100, null, null, null,
     '适用于紧缺职业,代替一般职业的1000元。', 'For shortage occupations, instead of the usual 1,000 yuan.',
     'chengdu-repost', 'REPORTED'),
    ('b0000000-0000-4000-8000-000000000052', 'chengdu-shortage-occupation-skill-improvement-subsidy', 4,
     'CERTIFICATE_SUBSIDY', 1800, null, null, null,
     '适用于紧缺职业,代替一般职业的1500元。', 'For shortage occupations, instead of the usual 1,500 yuan.',
     'chengdu-repost', 'REPORTED'),
    ('b0000000-0000-4000-8000-000000000053', 'chengdu-shortage-occupation-skill-improvement-subsidy', 3,
     'CERTIFICATE_SUBSIDY', 2500, null, null, null,
     '适用于紧缺职业,代替一般职业的2000元。', 'For shortage occupations, instead of the usual 2,000 yuan.',
     'chengdu-repost', 'REPORTED'),
    -- Xiamen: a training subsidy, never to be added to a certificate subsidy
    ('b0000000-0000-4000-8000-000000000054', 'xiamen-vocational-training-subsidy', 5, 'TRAINING_SUBSIDY',
     700, null, null, null,
     '培训补贴,不是证书补贴。', 'A training subsidy, not a certificate subsidy.', 'xiamen-repost', 'REPORTED'),
    ('b0000000-0000-4000-8000-000000000055', 'xiamen-vocational-training-subsidy', 4, 'TRAINING_SUBSIDY',
     1000, null, null, null,
     '培训补贴,不是证书补贴。', 'A training subsidy, not a certificate subsidy.', 'xiamen-repost', 'REPORTED'),
    ('b0000000-0000-4000-8000-000000000056', 'xiamen-vocational-training-subsidy', 3, 'TRAINING_SUBSIDY',
     1500, null, null, null,
     '培训补贴,不是证书补贴。', 'A training subsidy, not a certificate subsidy.', 'xiamen-repost', 'REPORTED'),
    ('b0000000-0000-4000-8000-000000000057', 'xiamen-vocational-training-subsidy', 2, 'TRAINING_SUBSIDY',
     2000, null, null, null,
     '培训补贴,不是证书补贴。', 'A training subsidy, not a certificate subsidy.', 'xiamen-repost', 'REPORTED'),
    ('b0000000-0000-4000-8000-000000000058', 'xiamen-vocational-training-subsidy', 1, 'TRAINING_SUBSIDY',
     3000, null, null, null,
     '培训补贴,不是证书补贴。', 'A training subsidy, not a certificate subsidy.', 'xiamen-repost', 'REPORTED'),
    ('b0000000-0000-4000-8000-000000000059', 'xiamen-vocational-training-subsidy', null, 'SUBSIDY_UPLIFT',
     null, 20, null, null,
     '紧缺职业的培训补贴上浮20%。', 'Shortage occupations: 20% more of the training subsidy.',
     'xiamen-repost', 'REPORTED'),
    ('b0000000-0000-4000-8000-000000000060', 'xiamen-key-occupation-training-subsidy', null, 'SUBSIDY_UPLIFT',
     null, 30, null, null,
     '重点职业的培训补贴上浮30%。', 'Key occupations: 30% more of the training subsidy.',
     'xiamen-repost', 'REPORTED'),
    -- Shanghai, reported on 2026-01-25
    ('b0000000-0000-4000-8000-000000000061', 'shanghai-subsidy-catalogue-key-item', null, 'SUBSIDY_UPLIFT',
     null, 30, null, null,
     '可能与2024年12月重点产业技能提升试点通知中的30%是同一次上浮:不要两者都加。',
     'May be the same rise as the 30% of the key-industry skills pilot notice of December 2024: do not add both.',
     'xinhua-2026-01-25', 'REPORTED'))
    as b (public_id, policy, level, kind, amount, uplift_percent, effective_from, effective_to, conditions_zh,
          conditions_en, source, verification);

-- =====================================================================================================================
-- The change feed: one row per record added or changed, in the order a partner can apply them (what is referred to
-- before what refers to it), each record as it is now
-- =====================================================================================================================
create function pg_temp.record_changes(kind text, changed jsonb[], ids text[]) returns void language sql as $$
    insert into audit_log (author, entity_type, entity_id, action, before, after)
    select 'migration V4', kind, c.id, case when b.before is null then 'CREATE' else 'UPDATE' end, b.before, c.after
    from unnest(ids, changed) with ordinality as c (id, after, n)
    left join v4_before b on b.entity_type = kind and b.entity_id = c.id
    where b.before is not null
       or not exists (select 1 from v4_existing e where e.entity_type = kind and e.entity_id = c.id)
    order by c.n
$$;

select pg_temp.record_changes('source', array_agg(pg_temp.source_record(s) order by s.id),
                              array_agg(s.slug order by s.id)) from source s;
select pg_temp.record_changes('region', array_agg(pg_temp.region_record(r) order by d.depth, r.code),
                              array_agg(r.code order by d.depth, r.code))
from region r cross join lateral (select array_position(array['COUNTRY', 'PROVINCE', 'PREFECTURE', 'COUNTY'],
                                                          r.kind)) as d (depth);
select pg_temp.record_changes('work-type', array_agg(pg_temp.work_type_record(w) order by w.position),
                              array_agg(w.slug order by w.position)) from work_type w;
insert into audit_log (author, entity_type, entity_id, action, before, after)
select 'migration V4', 'occupation', o.code, 'UPDATE', b.before, pg_temp.occupation_record(o)
from occupation o join v4_before b on b.entity_type = 'occupation' and b.entity_id = o.code;
select pg_temp.record_changes('policy', array_agg(pg_temp.policy_record(p) order by p.id),
                              array_agg(p.slug order by p.id)) from policy p;
select pg_temp.record_changes('benefit', array_agg(pg_temp.benefit_record(b) order by b.id),
                              array_agg(b.public_id::text order by b.id)) from benefit b;
select pg_temp.record_changes('salary-range', array_agg(pg_temp.salary_range_record(s) order by s.id),
                              array_agg(s.public_id::text order by s.id)) from salary_range s;
