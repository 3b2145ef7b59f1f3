-- The RAID log of each initiative (risks, issues, assumptions, dependencies) and its change impact on
-- the force's business areas month by month. Items are closed or resolved, never deleted.

-- References such as R-001 are per initiative and per kind (R, I, A, D), never reused.
create table raid_reference_counter (
    initiative_id  uuid not null references initiative (id) on delete cascade,
    kind           text not null check (kind in ('R', 'I', 'A', 'D')),
    last           integer not null,
    primary key (initiative_id, kind)
);

create table raid_risk (
    id                    uuid primary key,
    initiative_id         uuid not null references initiative (id) on delete cascade,
    reference             text not null,
    cause                 text not null check (length(cause) between 1 and 1000),
    event                 text not null check (length(event) between 1 and 1000),
    effect                text not null check (length(effect) between 1 and 1000),
    inherent_probability  integer not null check (inherent_probability between 1 and 5),
    inherent_impact       integer not null check (inherent_impact between 1 and 5),
    residual_probability  integer not null check (residual_probability between 1 and 5),
    residual_impact       integer not null check (residual_impact between 1 and 5),
    owner_id              uuid not null references person (id),
    response              text not null check (response in ('AVOID', 'REDUCE', 'FALLBACK', 'TRANSFER', 'SHARE', 'ACCEPT')),
    proximity             text not null check (proximity in ('IMMINENT', 'WITHIN_3_MONTHS', 'WITHIN_6_MONTHS',
                                                             'BEYOND_6_MONTHS')),
    escalated             boolean not null,
    escalated_to          text,
    escalation_reason     text check (length(escalation_reason) between 1 and 1000),
    status                text not null check (status in ('OPEN', 'CLOSED')),
    created_at            timestamptz not null,
    updated_at            timestamptz not null,
    version               integer not null,
    unique (initiative_id, reference),
    -- A response lowers a risk or leaves it as it is; it never raises it.
    check (residual_probability * residual_impact <= inherent_probability * inherent_impact),
    check (escalated = (escalation_reason is not null) and escalated = (escalated_to is not null))
);

create table raid_issue (
    id             uuid primary key,
    initiative_id  uuid not null references initiative (id) on delete cascade,
    reference      text not null,
    description    text not null check (length(description) between 1 and 2000),
    impact         text not null check (length(impact) between 1 and 2000),
    owner_id       uuid not null references person (id),
    priority       text not null check (priority in ('LOW', 'MEDIUM', 'HIGH')),
    status         text not null check (status in ('OPEN', 'IN_HAND', 'RESOLVED')),
    resolution     text check (length(resolution) between 1 and 2000),
    created_at     timestamptz not null,
    updated_at     timestamptz not null,
    version        integer not null,
    unique (initiative_id, reference),
    check (status <> 'RESOLVED' or resolution is not null)
);

create table raid_assumption (
    id             uuid primary key,
    initiative_id  uuid not null references initiative (id) on delete cascade,
    reference      text not null,
    statement      text not null check (length(statement) between 1 and 2000),
    owner_id       uuid not null references person (id),
    validated      boolean not null,
    validation     text check (length(validation) between 1 and 2000),
    created_at     timestamptz not null,
    updated_at     timestamptz not null,
    version        integer not null,
    unique (initiative_id, reference),
    check (not validated or validation is not null)
);

-- On another initiative of the same force, or on an external or national programme: exactly one.
create table raid_dependency (
    id                       uuid primary key,
    initiative_id            uuid not null references initiative (id) on delete cascade,
    reference                text not null,
    depends_on_initiative_id uuid references initiative (id),
    external_programme       text check (length(external_programme) between 1 and 200),
    needed                   text not null check (length(needed) between 1 and 1000),
    needed_by                date not null,
    status                   text not null check (status in ('AWAITED', 'MET', 'LATE')),
    created_at               timestamptz not null,
    updated_at               timestamptz not null,
    version                  integer not null,
    unique (initiative_id, reference),
    check ((depends_on_initiative_id is null) <> (external_programme is null)),
    check (depends_on_initiative_id is null or depends_on_initiative_id <> initiative_id)
);
create index raid_dependency_provider_idx on raid_dependency (depends_on_initiative_id);

-- Months are stored as their first day.
create table change_impact (
    id                    uuid primary key,
    initiative_id         uuid not null references initiative (id) on delete cascade,
    organisation_unit_id  uuid not null references organisation_unit (id),
    severity              text not null check (severity in ('LOW', 'MEDIUM', 'HIGH')),
    from_month            date not null check (extract(day from from_month) = 1),
    to_month              date not null check (extract(day from to_month) = 1),
    created_at            timestamptz not null,
    updated_at            timestamptz not null,
    version               integer not null,
    check (to_month >= from_month)
);
create index change_impact_initiative_idx on change_impact (initiative_id);
create index change_impact_months_idx on change_impact (organisation_unit_id, from_month, to_month);

create table change_impact_way (
    change_impact_id  uuid not null references change_impact (id) on delete cascade,
    kind              text not null check (kind in ('PROCESS', 'SYSTEMS', 'TRAINING', 'CULTURE')),
    primary key (change_impact_id, kind)
);
