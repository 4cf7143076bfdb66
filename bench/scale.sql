-- 3,000 synthetic counties for the benchmark, each with a county policy and five benefits (levels 5 to 1), under a
-- synthetic province (91) of 40 prefectures: codes 91PP00 and 91PPCC, which GB/T 2260 does not use. Applied by
-- bench/run.sh to a scratch copy of the benchmark database, never to the service's own: it is not a migration.
insert into region (code, parent_code, kind, name_zh, name_en)
values ('910000', 'CN', 'PROVINCE', '基准测试省', 'Benchmark Province');

insert into region (code, parent_code, kind, name_zh, name_en)
select format('91%s00', lpad(p::text, 2, '0')), '910000', 'PREFECTURE', format('基准测试市%s', p),
       format('Benchmark Prefecture %s', p)
from generate_series(1, 40) p;

insert into region (code, parent_code, kind, name_zh, name_en)
select format('91%s%s', lpad(p::text, 2, '0'), lpad(c::text, 2, '0')), format('91%s00', lpad(p::text, 2, '0')),
       'COUNTY', format('基准测试县%s-%s', p, c), format('Benchmark County %s-%s', p, c)
from generate_series(1, 40) p, generate_series(1, 75) c;

insert into policy (slug, title_zh, title_en, category, scope, region_code, effective_from, summary_zh, summary_en,
                    source_id, verification)
select 'bench-county-' || r.code, r.name_zh || '职业技能证书补贴', r.name_en || ' skill-certificate subsidy',
       'SKILL_SUBSIDY', 'COUNTY', r.code, date '2024-01-01', '基准测试用的合成数据。',
       'Synthetic data for the benchmark.', (select id from source where slug = 'seed-article'), 'UNCONFIRMED'
from region r
where r.kind = 'COUNTY' and r.code like '91%';

insert into benefit (public_id, policy_id, level, kind, amount, currency, effective_from, source_id, verification)
select gen_random_uuid(), p.id, l, 'CERTIFICATE_SUBSIDY', 400 * (6 - l), 'CNY', date '2024-01-01', p.source_id,
       'UNCONFIRMED'
from policy p, generate_series(1, 5) l
where p.slug like 'bench-county-%';

analyze;
