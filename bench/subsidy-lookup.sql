-- pgbench: the subsidy lookup as one SQL statement (region chain, level, date, most local first, one page), with a
-- region, level and date drawn at random as the distinct-URL row draws them.
\set r random(0, :regions - 1)
\set l random(1, 5)
\set d random(0, 3000)
with recursive chain(code, parent_code, hops) as (
    (select code, parent_code, 0 from region order by code offset :r limit 1)
    union all
    select g.code, g.parent_code, c.hops + 1 from region g join chain c on g.code = c.parent_code where c.hops < 10
)
select b.public_id, p.slug, p.title_zh, r.code, r.name_zh, b.level, b.kind, b.amount, b.currency, b.upper_limit,
       b.uplift_percent, b.effective_from, b.effective_to, b.conditions_zh, s.slug, s.title_zh, s.url, b.verification
from benefit b
join policy p on p.id = b.policy_id and p.deleted_at is null
join region r on r.code = p.region_code
join chain c on c.code = r.code
join source s on s.id = b.source_id
where b.deleted_at is null
  and (coalesce(p.effective_from, p.issued_on) is null or coalesce(p.effective_from, p.issued_on) <= date '2019-01-01' + :d)
  and (p.effective_to is null or date '2019-01-01' + :d <= p.effective_to)
  and (b.effective_from is null or b.effective_from <= date '2019-01-01' + :d)
  and (b.effective_to is null or date '2019-01-01' + :d <= b.effective_to)
  and (b.level = :l or b.level is null)
order by c.hops, b.level desc nulls last, b.id
limit 20;
