-- Triage of ideas: routing to a business area's queue, quality flags for a human to look at, the
-- moderator's answer and outcome, internal notes, and the history of every status change.
create table idea_portal_setting (
    force_id            uuid primary key references force (id),
    response_days       integer not null check (response_days between 1 and 60),
    version             integer not null
);

create table idea_decline_reason (
    id          uuid primary key,
    force_id    uuid not null references force (id),
    code        text not null check (code ~ '^[A-Z][A-Z0-9_]{1,39}$'),
    label       text not null check (length(label) between 1 and 120),
    active      boolean not null,
    position    integer not null,
    unique (force_id, code)
);

create table idea_routing_rule (
    id                 uuid primary key,
    force_id           uuid not null references force (id),
    name               text not null check (length(name) between 1 and 120),
    position           integer not null,
    business_area_id   uuid references organisation_unit (id),
    keywords           text check (length(keywords) <= 1000),
    submitter_unit_id  uuid references organisation_unit (id),
    queue_unit_id      uuid not null references organisation_unit (id),
    active             boolean not null,
    version            integer not null,
    unique (force_id, name)
);

create table idea_flag_term (
    id        uuid primary key,
    force_id  uuid not null references force (id),
    kind      text not null check (kind in ('SENSITIVE', 'MISCONDUCT')),
    term      text not null check (length(term) between 2 and 80),
    unique (force_id, kind, term)
);

alter table idea
    add column queue_unit_id      uuid references organisation_unit (id),
    add column routing_rule_id    uuid references idea_routing_rule (id) on delete set null,
    add column routed_because     text check (length(routed_because) <= 300),
    add column answer             text check (length(answer) <= 4000),
    add column decline_reason_id  uuid references idea_decline_reason (id),
    add column duplicate_of_id    uuid references idea (id),
    add column initiative_id      uuid,
    add column first_response_at  timestamptz,
    add column decided_at         timestamptz,
    add constraint idea_not_own_duplicate check (duplicate_of_id is null or duplicate_of_id <> id);
create index idea_duplicate_of_idx on idea (duplicate_of_id) where duplicate_of_id is not null;
create index idea_queue_idx on idea (force_id, queue_unit_id, status);

create table idea_quality_flag (
    id        uuid primary key,
    idea_id   uuid not null references idea (id),
    kind      text not null check (kind in ('MISSING_PROBLEM', 'PERSONAL_DATA', 'SENSITIVE', 'MISCONDUCT')),
    field     text not null,
    excerpt   text not null check (length(excerpt) <= 300),
    reason    text not null check (length(reason) <= 300),
    raised_at timestamptz not null
);
create index idea_quality_flag_idea_idx on idea_quality_flag (idea_id);

create table idea_note (
    id          uuid primary key,
    idea_id     uuid not null references idea (id),
    author_id   uuid not null references person (id),
    body        text not null check (length(body) between 1 and 2000),
    created_at  timestamptz not null
);
create index idea_note_idea_idx on idea_note (idea_id, created_at);

create table idea_status_change (
    id           uuid primary key,
    idea_id      uuid not null references idea (id),
    from_status  text,
    to_status    text not null,
    actor_id     uuid not null references person (id),
    answer       text check (length(answer) <= 4000),
    changed_at   timestamptz not null
);
create index idea_status_change_idea_idx on idea_status_change (idea_id, changed_at);
