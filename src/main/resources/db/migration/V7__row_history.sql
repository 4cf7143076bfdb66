-- Answers as of a past data version. The change log holds each record in the write API's shape, which is not all that
-- an answer shows: a record's stored version (its ETag), and the order of the rows (a record deleted for good and
-- written again would come back last). So every row of the data, as it was stored, is kept from each version on:
-- a past snapshot is read from these rows with the same code that reads the current one.

-- A row's contents from a data version on; null: deleted at that version. The rows of the first version kept (the
-- one this migration finds) are all there; after it, only the rows a version changed.
create table row_history (
    table_name text    not null,
    row_key    jsonb   not null,
    version    bigint  not null,
    row        jsonb,
    -- Written by a migration rather than by the service: answers before such a version cannot be rebuilt, since a
    -- migration changes what an answer shows as well as the data.
    migration  boolean not null default false,
    primary key (table_name, row_key, version)
);
create index row_history_version_idx on row_history (version);
create index row_history_migration_idx on row_history (version) where migration;

comment on table row_history is
    'Every row of the data as stored, from the data version that wrote it on; read to answer as of a past version.';

-- When each change was committed: stamped by the statement that appends the change-log rows, which runs under the
-- write lock just before the commit, so that the stamps follow the versions. Rows from before: their write's start.
alter table audit_log add column committed_at timestamptz;
update audit_log set committed_at = occurred_at;
alter table audit_log alter column committed_at set default clock_timestamp();
alter table audit_log alter column committed_at set not null;
-- The last change-log row of each data version, whose id is the version: the list of versions pages through them,
-- and the version known at an instant is the latest of them committed at or before it.
create index audit_log_versions_idx on audit_log (id) where version is null or version = id;

-- Runs at commit (the triggers are deferred), once for each row event of the transaction in order, so that the last
-- state of a row in a version is what is kept. The service names the version it commits in the setting
-- aitrainer.data_version; a migration does not, and its rows take the latest version in the change log, its own
-- included.
create function record_row_history() returns trigger language plpgsql as $$
declare
    written   bigint := nullif(current_setting('aitrainer.data_version', true), '')::bigint;
    migration boolean := written is null;
    old_row   jsonb;
    new_row   jsonb;
    old_key   jsonb;
    new_key   jsonb;
    k         text;
begin
    if migration then
        written := coalesce((select coalesce(version, id) from audit_log order by id desc limit 1), 0);
    end if;
    if tg_op <> 'INSERT' then
        old_row := to_jsonb(old);
        old_key := '[]';
        foreach k in array tg_argv loop
            old_key := old_key || jsonb_build_array(old_row -> k);
        end loop;
    end if;
    if tg_op <> 'DELETE' then
        new_row := to_jsonb(new);
        new_key := '[]';
        foreach k in array tg_argv loop
            new_key := new_key || jsonb_build_array(new_row -> k);
        end loop;
    end if;
    if old_key is not null and old_key is distinct from new_key then
        insert into row_history (table_name, row_key, version, row, migration)
        values (tg_table_name, old_key, written, null, migration)
        on conflict (table_name, row_key, version) do update set row = null, migration = excluded.migration;
    end if;
    if new_key is not null then
        insert into row_history (table_name, row_key, version, row, migration)
        values (tg_table_name, new_key, written, new_row, migration)
        on conflict (table_name, row_key, version) do update set row = excluded.row, migration = excluded.migration;
    end if;
    return null;
end $$;

-- Every table of the data, with its key. A table added later needs its trigger too (a test checks it).
do $$
declare
    tracked record;
    first_version bigint := coalesce((select coalesce(version, id) from audit_log order by id desc limit 1), 0);
begin
    for tracked in select * from (values
            ('skill_level', array['level']),
            ('occupation', array['id']),
            ('occupation_statement', array['id']),
            ('classification_step', array['id']),
            ('related_occupation', array['id']),
            ('work_type', array['id']),
            ('duty', array['id']),
            ('duty_level', array['duty_id', 'level']),
            ('duty_work_type', array['duty_id', 'work_type_id']),
            ('source', array['id']),
            ('region', array['code']),
            ('policy', array['id']),
            ('benefit', array['id']),
            ('eligibility_rule', array['id']),
            ('salary_range', array['id'])) as t (name, keys)
    loop
        execute format(
            'insert into row_history (table_name, row_key, version, row, migration) '
                || 'select %L, (select jsonb_agg(to_jsonb(t) -> k order by n) '
                || 'from unnest(%L::text[]) with ordinality as c (k, n)), %s, to_jsonb(t), true from %I t',
            tracked.name, tracked.keys, first_version, tracked.name);
        execute format(
            'create constraint trigger %I after insert or update or delete on %I deferrable initially deferred '
                || 'for each row execute function record_row_history(%s)',
            tracked.name || '_history', tracked.name,
            (select string_agg(quote_literal(k), ', ') from unnest(tracked.keys) k));
    end loop;
end $$;
