-- The Improvement and Innovation Portal: ideas from any member of staff, searchable by meaning
-- (full-text) and by spelling (trigram similarity).
create extension if not exists pg_trgm;

create table idea_reference_counter (
    force_id  uuid not null references force (id),
    year      integer not null,
    last      integer not null,
    primary key (force_id, year)
);

create table idea (
    id                     uuid primary key,
    force_id               uuid not null references force (id),
    reference              text not null,
    title                  text not null check (length(title) between 1 and 150),
    problem                text check (length(problem) <= 4000),
    proposed_change        text check (length(proposed_change) <= 4000),
    expected_benefit       text check (length(expected_benefit) <= 2000),
    hours_saved_per_month  integer check (hours_saved_per_month between 0 and 1000000),
    money_saved_per_year   numeric(14, 2) check (money_saved_per_year >= 0),
    business_area_id       uuid references organisation_unit (id),
    submitter_id           uuid not null references person (id),
    anonymous              boolean not null,
    classification         text not null check (classification in ('OFFICIAL', 'OFFICIAL_SENSITIVE')),
    status                 text not null check (status in ('DRAFT', 'SUBMITTED', 'IN_TRIAGE', 'NEEDS_MORE_INFORMATION',
                                                         'UNDER_ASSESSMENT', 'SHORTLISTED', 'APPROVED', 'DECLINED',
                                                         'DUPLICATE', 'ALREADY_BEING_DONE', 'IMPLEMENTED_LOCALLY')),
    form_token             uuid not null unique,
    created_at             timestamptz not null,
    submitted_at           timestamptz,
    updated_at             timestamptz not null,
    version                integer not null,
    search                 tsvector generated always as (
                               setweight(to_tsvector('english', title), 'A')
                               || setweight(to_tsvector('english', coalesce(problem, '')), 'B')
                               || setweight(to_tsvector('english', coalesce(proposed_change, '')), 'C')
                               || setweight(to_tsvector('english', coalesce(expected_benefit, '')), 'D')) stored,
    unique (force_id, reference)
);
create index idea_search_idx on idea using gin (search);
create index idea_title_trgm_idx on idea using gin (title gin_trgm_ops);
create index idea_force_status_idx on idea (force_id, status, submitted_at desc);
create index idea_submitter_idx on idea (submitter_id, updated_at desc);
