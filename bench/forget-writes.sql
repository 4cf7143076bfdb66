-- bench/run.sh, between write rows: deletes the sources the benchmark wrote (bench-…, through the API; pgbench-…,
-- through pgbench), so that every row writes on today's data and not on the growing pile of the rows before it. Each
-- deletion goes into the change log as a deletion by the API would, under the API's write lock, and the new data
-- version is announced: the running service drops them from its snapshot as it would any deletion.
begin;
select pg_advisory_xact_lock(1095324754);
with gone as (
    delete from source where slug like 'bench-%' or slug like 'pgbench-%' returning slug
)
insert into audit_log (author, entity_type, entity_id, action, before, after)
select 'bench', 'source', slug, 'DELETE', '{}', null from gone order by slug;
select pg_notify('aitrainer_data_version', (select max(id) from audit_log)::text);
-- The version the row history records the deletions at, as for a write of the API (not as a migration's).
select set_config('aitrainer.data_version', (select max(id) from audit_log)::text, true);
commit;
