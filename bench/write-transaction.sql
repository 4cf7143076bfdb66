-- pgbench: what the service writes for a partner's creation of a source, as one transaction of plain SQL: the source
-- row, its change-log row, the stored response of its Idempotency-Key, the announcement of the new data version, and
-- (at the commit, by the database's trigger) the source's row in the row history.
-- The bench row "pgbench: a source's creation" runs it on as many clients as the API's write row has connections.
\set n random(1, 1000000000)
begin;
insert into source (slug, title_zh, title_en, url, published_on, accessed_on)
    values ('pgbench-' || :client_id || '-' || :n || '-' || txid_current(), '基准测试来源', 'A source written by the benchmark',
            'https://example.org/pgbench', date '2025-01-01', date '2025-06-01');
insert into audit_log (id, version, author, entity_type, entity_id, action, after) overriding system value
    select taken.id, taken.id, 'pgbench', 'source', 'pgbench-' || :client_id || '-' || :n, 'CREATE',
           '{"id":"pgbench","title":{"zh-CN":"基准测试来源","en":"A source written by the benchmark"}}'
    from (select nextval(pg_get_serial_sequence('audit_log', 'id')) as id) taken;
insert into idempotency_key (author, key, request_hash, method, path, status, content_type, location, body)
    values ('pgbench', 'pgbench-' || :client_id || '-' || :n || '-' || txid_current(), 'hash', 'POST', '/api/v1/sources', 201,
            'application/json', '/api/v1/sources/pgbench', '{"id":"pgbench"}');
select pg_notify('aitrainer_data_version', (select max(id) from audit_log)::text);
-- The version the row history records the source at, named as the service names it.
select set_config('aitrainer.data_version', currval(pg_get_serial_sequence('audit_log', 'id'))::text, true);
commit;
