-- The data version each change was published in. A write that changes several records (a batch, a delete that takes
-- its children along, a migration) commits them together, and the data version it makes is its last change-log row's
-- id: every row of the write shares that version. The change feed shows it, so that a partner can tell which changes
-- came in together. A row whose version is null (a migration's, unless it sets it) was published in its own id.
alter table audit_log add column version bigint check (version >= id);

comment on column audit_log.version is
    'The data version this change was published in: the id of the last change-log row of its transaction; null: its own id.';

-- The history: the rows of one write have one author and one commit time (now() is the transaction's start); the
-- rows of a data migration are one transaction too.
update audit_log a
set version = w.version
from (select id, max(id) over (partition by author, occurred_at) as version from audit_log) w
where w.id = a.id and w.version <> a.id;
