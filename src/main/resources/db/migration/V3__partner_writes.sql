-- Partner writes: versions for optimistic concurrency, soft deletes where history matters, non-overlapping benefit
-- periods enforced by the database, an audit log that is also the change feed, and stored idempotency keys.

create extension if not exists btree_gist;

alter table policy       add column version bigint not null default 1, add column deleted_at timestamptz;
alter table benefit      add column version bigint not null default 1, add column deleted_at timestamptz;
alter table salary_range add column version bigint not null default 1;
alter table source       add column version bigint not null default 1;
alter table region       add column version bigint not null default 1;

-- The periods of a policy's benefits of one level and kind never overlap. Dates are inclusive; a missing date is
-- open on that side; a benefit not tied to a level counts as level 0 here.
alter table benefit add constraint benefit_periods_do_not_overlap exclude using gist (
    policy_id with =,
    (coalesce(level, 0)) with =,
    kind with =,
    daterange(effective_from, effective_to, '[]') with &&
) where (deleted_at is null);

-- Every committed write appends one row, in the same transaction. Writes take a transaction-scoped advisory lock
-- before they append, so ids grow in commit order and a reader that pages by id never misses or repeats a change.
create table audit_log (
    id          bigint generated always as identity primary key,
    occurred_at timestamptz not null default now(),
    author      text not null check (length(author) between 1 and 255),
    entity_type text not null check (entity_type in ('policy', 'benefit', 'salary-range', 'source', 'region')),
    entity_id   text not null,
    action      text not null check (action in ('CREATE', 'UPDATE', 'DELETE')),
    before      jsonb,
    after       jsonb,
    check ((action = 'CREATE') = (before is null)),
    check ((action = 'DELETE') = (after is null))
);
create index audit_log_entity_idx on audit_log (entity_type, entity_id);

-- A POST with an Idempotency-Key: the first response, replayed for the same key and body within 24 hours.
create table idempotency_key (
    author        text not null,
    key           text not null check (length(key) between 1 and 255),
    request_hash  text not null,
    method        text not null,
    path          text not null,
    status        integer,
    content_type  text,
    location      text,
    body          text,
    created_at    timestamptz not null default now(),
    primary key (author, key)
);
create index idempotency_key_created_idx on idempotency_key (created_at);
