-- The whole read model of the AI Trainer data set.
-- Every text that people read has a zh-CN column (the source language) and an en column.
-- Every fact-bearing row names its source and how sure we are of it (verification).

create table source (
    id           bigint generated always as identity primary key,
    slug         text not null unique check (slug ~ '^[a-z0-9]+(-[a-z0-9]+)*$' and length(slug) <= 80),
    title_zh     text not null,
    title_en     text not null,
    publisher_zh text,
    publisher_en text,
    url          text check (url ~ '^https?://'),
    published_on date,
    accessed_on  date,
    note_zh      text,
    note_en      text
);

create table region (
    code        text primary key check (code = 'CN' or code ~ '^[1-9][0-9]{5}$'),
    parent_code text references region (code),
    kind        text not null check (kind in ('COUNTRY', 'PROVINCE', 'PREFECTURE', 'COUNTY')),
    name_zh     text not null,
    name_en     text not null,
    -- the nation is the only root, and it is the root
    check ((kind = 'COUNTRY') = (parent_code is null)),
    check (parent_code is distinct from code)
);
create index region_parent_idx on region (parent_code);

create table occupation (
    id                   bigint generated always as identity primary key,
    code                 text not null unique check (code ~ '^[0-9]-[0-9]{2}-[0-9]{2}-[0-9]{2}$'),
    name_zh              text not null,
    name_en              text not null,
    source_id            bigint not null references source (id),
    verification         text not null check (verification in ('OFFICIAL', 'REPORTED', 'UNCONFIRMED'))
);

-- Statements about the occupation, each with its own provenance: its definition, creation, standard,
-- working environment, minimum education, career path steps, industries, technology trends and outlook.
create table occupation_statement (
    id            bigint generated always as identity primary key,
    occupation_id bigint not null references occupation (id),
    topic         text not null check (topic in ('DEFINITION', 'CREATION', 'STANDARD', 'ENVIRONMENT', 'EDUCATION',
                                                 'CAREER_PATH', 'INDUSTRY', 'TECHNOLOGY', 'OUTLOOK')),
    position      smallint not null check (position >= 1),
    -- a date or edition the statement fixes, as precise as the source is: '2020-02', '2021', '2021-11'
    as_of         text check (as_of ~ '^[0-9]{4}(-[0-9]{2}(-[0-9]{2})?)?$'),
    text_zh       text not null,
    text_en       text not null,
    source_id     bigint not null references source (id),
    verification  text not null check (verification in ('OFFICIAL', 'REPORTED', 'UNCONFIRMED')),
    unique (occupation_id, topic, position)
);

create table skill_level (
    level              smallint primary key check (level between 1 and 5),
    name_zh            text not null,
    name_en            text not null,
    training_hours     smallint not null check (training_hours > 0),
    -- null where no source confirms the conditions
    conditions_zh      text,
    conditions_en      text,
    source_id          bigint not null references source (id),
    verification       text not null check (verification in ('OFFICIAL', 'REPORTED', 'UNCONFIRMED')),
    check ((conditions_zh is null) = (conditions_en is null))
);

create table work_type (
    id             bigint generated always as identity primary key,
    slug           text not null unique check (slug ~ '^[a-z0-9]+(-[a-z0-9]+)*$' and length(slug) <= 80),
    position       smallint not null unique check (position >= 1),
    name_zh        text not null,
    name_en        text not null,
    description_zh text,
    description_en text,
    source_id      bigint not null references source (id),
    verification   text not null check (verification in ('OFFICIAL', 'REPORTED', 'UNCONFIRMED')),
    check ((description_zh is null) = (description_en is null))
);

-- A duty is a duty area, an occupational function, a work content within a function, or a main task.
create table duty (
    id             bigint generated always as identity primary key,
    slug           text not null unique check (slug ~ '^[a-z0-9]+(-[a-z0-9]+)*$' and length(slug) <= 80),
    kind           text not null check (kind in ('DUTY_AREA', 'FUNCTION', 'WORK_CONTENT', 'MAIN_TASK')),
    parent_id      bigint references duty (id),
    position       smallint not null check (position >= 1),
    name_zh        text not null,
    name_en        text not null,
    description_zh text,
    description_en text,
    examples_zh    text[] not null default '{}',
    examples_en    text[] not null default '{}',
    source_id      bigint not null references source (id),
    verification   text not null check (verification in ('OFFICIAL', 'REPORTED', 'UNCONFIRMED')),
    check (parent_id is distinct from id),
    check ((kind = 'WORK_CONTENT') = (parent_id is not null)),
    check (cardinality(examples_zh) = cardinality(examples_en)),
    check ((description_zh is null) = (description_en is null))
);
create index duty_parent_idx on duty (parent_id);

create table duty_level (
    duty_id bigint not null references duty (id),
    level   smallint not null references skill_level (level),
    primary key (duty_id, level)
);
create index duty_level_level_idx on duty_level (level);

create table duty_work_type (
    duty_id      bigint not null references duty (id),
    work_type_id bigint not null references work_type (id),
    primary key (duty_id, work_type_id)
);
create index duty_work_type_work_type_idx on duty_work_type (work_type_id);

create table salary_range (
    id             bigint generated always as identity primary key,
    public_id      uuid not null unique,
    role_zh        text not null,
    role_en        text not null,
    level          smallint references skill_level (level),
    work_type_id   bigint references work_type (id),
    region_code    text not null references region (code),
    min_amount     numeric(12, 2) not null check (min_amount >= 0),
    -- null: open at the top ("above 10,000")
    max_amount     numeric(12, 2) check (max_amount >= min_amount),
    currency       char(3) not null check (currency ~ '^[A-Z]{3}$'),
    period         text not null check (period in ('MONTH', 'YEAR')),
    statistic      text not null check (statistic in ('RANGE', 'AVERAGE', 'MEDIAN')),
    reference_year smallint check (reference_year between 1990 and 2100),
    note_zh        text,
    note_en        text,
    source_id      bigint not null references source (id),
    verification   text not null check (verification in ('OFFICIAL', 'REPORTED', 'UNCONFIRMED')),
    check ((note_zh is null) = (note_en is null))
);
create index salary_range_level_idx on salary_range (level);
create index salary_range_work_type_idx on salary_range (work_type_id);
create index salary_range_region_idx on salary_range (region_code);

create table policy (
    id              bigint generated always as identity primary key,
    slug            text not null unique check (slug ~ '^[a-z0-9]+(-[a-z0-9]+)*$' and length(slug) <= 80),
    title_zh        text not null,
    title_en        text not null,
    issuer_zh       text,
    issuer_en       text,
    document_number text,
    category        text not null check (category in ('DEVELOPMENT_PLAN', 'SKILL_SUBSIDY', 'TALENT_SUBSIDY', 'HOUSING',
                                                      'TAX_INCENTIVE', 'FUNDING', 'OCCUPATION_CATALOGUE')),
    scope           text not null check (scope in ('NATIONAL', 'PROVINCIAL', 'MUNICIPAL', 'COUNTY')),
    -- null: a summary of many local policies, not tied to one region
    region_code     text references region (code),
    issued_on       date,
    effective_from  date,
    -- inclusive: the last day in force; null: open-ended or not known
    effective_to    date,
    summary_zh      text not null,
    summary_en      text not null,
    eligibility_zh  text,
    eligibility_en  text,
    source_id       bigint not null references source (id),
    verification    text not null check (verification in ('OFFICIAL', 'REPORTED', 'UNCONFIRMED')),
    check (effective_from <= effective_to),
    check ((eligibility_zh is null) = (eligibility_en is null)),
    check ((issuer_zh is null) = (issuer_en is null))
);
create index policy_category_idx on policy (category);
create index policy_scope_idx on policy (scope);
create index policy_region_idx on policy (region_code);
create index policy_effective_idx on policy (effective_from, effective_to);

-- One amount for one period. A change of amount is a new row with its own dates, never an overwrite.
create table benefit (
    id             bigint generated always as identity primary key,
    public_id      uuid not null unique,
    policy_id      bigint not null references policy (id),
    -- null: not tied to one skill level
    level          smallint references skill_level (level),
    kind           text not null check (kind in ('CERTIFICATE_SUBSIDY', 'SPECIAL_CERTIFICATE_SUBSIDY', 'SUBSIDY_UPLIFT')),
    amount         numeric(12, 2) check (amount >= 0),
    currency       char(3) check (currency ~ '^[A-Z]{3}$'),
    -- true: the amount is an upper limit ("up to"), not a fixed sum
    upper_limit    boolean not null default false,
    uplift_percent numeric(5, 2) check (uplift_percent > 0),
    effective_from date,
    -- inclusive: the last day in force; null: open-ended
    effective_to   date,
    conditions_zh  text,
    conditions_en  text,
    source_id      bigint not null references source (id),
    verification   text not null check (verification in ('OFFICIAL', 'REPORTED', 'UNCONFIRMED')),
    check (effective_from <= effective_to),
    check ((amount is null) = (currency is null)),
    check (amount is not null or uplift_percent is not null),
    check ((kind = 'SUBSIDY_UPLIFT') = (uplift_percent is not null)),
    check ((conditions_zh is null) = (conditions_en is null))
);
create index benefit_policy_idx on benefit (policy_id);
create index benefit_level_idx on benefit (level);
create index benefit_effective_idx on benefit (effective_from, effective_to);
