-- The change portfolio: initiatives, the Police and Crime Plan objectives they serve, the business
-- areas they touch, and the configurable thresholds that decide which board governs each.
create table police_crime_plan_objective (
    id        uuid primary key,
    force_id  uuid not null references force (id),
    code      text not null,
    plan      text not null,
    wording   text not null,
    unique (force_id, code)
);

create table governance_threshold (
    force_id         uuid not null references force (id),
    tier             text not null check (tier in ('CHANGE_BOARD', 'DESIGN_AND_DELIVERY_BOARD', 'PROJECT_BOARD')),
    minimum_cost     numeric(14, 2) not null,
    minimum_risk     integer not null check (minimum_risk between 1 and 25),
    version          integer not null,
    primary key (force_id, tier)
);

create table initiative_reference_counter (
    force_id  uuid not null references force (id),
    year      integer not null,
    last      integer not null,
    primary key (force_id, year)
);

create table initiative (
    id                   uuid primary key,
    force_id             uuid not null references force (id),
    reference            text not null unique,
    title                text not null check (length(title) between 1 and 200),
    summary              text not null check (length(summary) between 1 and 4000),
    type                 text not null check (type in ('PROJECT', 'PILOT', 'APPLICATION_CHANGE', 'PROCESS_CHANGE',
                                                       'FUNDING_BID', 'SUPPORTING_ACTIVITY')),
    tier                 text not null check (tier in ('CHANGE_BOARD', 'DESIGN_AND_DELIVERY_BOARD', 'PROJECT_BOARD')),
    stage                text not null,
    sro_id               uuid references person (id),
    project_manager_id   uuid references person (id),
    whole_life_cost      numeric(14, 2),
    risk_score           integer check (risk_score between 1 and 25),
    involves_ai          boolean not null,
    delivery_confidence  text check (delivery_confidence in ('GREEN', 'AMBER', 'RED', 'AMBER_GREEN', 'AMBER_RED')),
    rag_schedule         text check (rag_schedule in ('GREEN', 'AMBER', 'RED')),
    rag_cost             text check (rag_cost in ('GREEN', 'AMBER', 'RED')),
    rag_scope            text check (rag_scope in ('GREEN', 'AMBER', 'RED')),
    rag_benefits         text check (rag_benefits in ('GREEN', 'AMBER', 'RED')),
    rag_risk             text check (rag_risk in ('GREEN', 'AMBER', 'RED')),
    rag_resources        text check (rag_resources in ('GREEN', 'AMBER', 'RED')),
    baseline_start       date,
    baseline_end         date,
    forecast_start       date,
    forecast_end         date,
    actual_start         date,
    actual_end           date,
    classification       text not null check (classification in ('OFFICIAL', 'OFFICIAL_SENSITIVE')),
    source_module        text,
    source_id            text,
    created_at           timestamptz not null,
    updated_at           timestamptz not null,
    version              integer not null,
    unique (source_module, source_id)
);
create index initiative_force_idx on initiative (force_id, stage);

create table initiative_business_area (
    initiative_id         uuid not null references initiative (id) on delete cascade,
    organisation_unit_id  uuid not null references organisation_unit (id),
    primary key (initiative_id, organisation_unit_id)
);

create table initiative_objective (
    initiative_id  uuid not null references initiative (id) on delete cascade,
    objective_id   uuid not null references police_crime_plan_objective (id),
    primary key (initiative_id, objective_id)
);
