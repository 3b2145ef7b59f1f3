-- Scoring of ideas under assessment (module prioritisation): each assessor's one current scoring per idea with
-- RICE, ICE, WSJF, MoSCoW and the force's weighted scoring matrix; a model is either complete or absent.
-- A force's criteria, weights and disagreement thresholds are created with defaults when first needed.
create table prioritisation_setting (
    force_id       uuid primary key references force (id),
    matrix_points  integer not null check (matrix_points between 1 and 100),
    ice_points     integer not null check (ice_points between 1 and 9),
    rice_percent   integer not null check (rice_percent between 1 and 1000),
    wsjf_percent   integer not null check (wsjf_percent between 1 and 1000),
    moscow_steps   integer not null check (moscow_steps between 1 and 3),
    updated_at     timestamptz not null,
    version        integer not null
);

create table scoring_criterion (
    force_id  uuid not null references prioritisation_setting (force_id),
    position  integer not null,
    name      text not null check (length(name) between 1 and 80),
    weight    integer not null check (weight between 1 and 100),
    primary key (force_id, position)
);

create table idea_score (
    id               uuid primary key,
    force_id         uuid not null references force (id),
    idea_id          uuid not null references idea (id),
    assessor_id      uuid not null references person (id),
    rice_reach       integer check (rice_reach between 0 and 10000000),
    rice_impact      numeric(3, 2) check (rice_impact in (0.25, 0.5, 1, 2, 3)),
    rice_confidence  integer check (rice_confidence in (50, 80, 100)),
    rice_effort      numeric(5, 1) check (rice_effort > 0 and rice_effort <= 1000),
    ice_impact       integer check (ice_impact between 1 and 10),
    ice_confidence   integer check (ice_confidence between 1 and 10),
    ice_ease         integer check (ice_ease between 1 and 10),
    wsjf_value       integer check (wsjf_value in (1, 2, 3, 5, 8, 13, 20)),
    wsjf_time        integer check (wsjf_time in (1, 2, 3, 5, 8, 13, 20)),
    wsjf_risk        integer check (wsjf_risk in (1, 2, 3, 5, 8, 13, 20)),
    wsjf_size        integer check (wsjf_size in (1, 2, 3, 5, 8, 13, 20)),
    moscow           text check (moscow in ('MUST', 'SHOULD', 'COULD', 'WONT')),
    rationale        text check (length(rationale) <= 2000),
    created_at       timestamptz not null,
    updated_at       timestamptz not null,
    version          integer not null,
    unique (idea_id, assessor_id),
    constraint idea_score_rice_whole check (num_nulls(rice_reach, rice_impact, rice_confidence, rice_effort) in (0, 4)),
    constraint idea_score_ice_whole check (num_nulls(ice_impact, ice_confidence, ice_ease) in (0, 3)),
    constraint idea_score_wsjf_whole check (num_nulls(wsjf_value, wsjf_time, wsjf_risk, wsjf_size) in (0, 4))
);
create index idea_score_force_idx on idea_score (force_id, idea_id);

-- The matrix as the assessor rated it: each criterion with the weight it had then, so a later change of
-- criteria never rewrites a score already given.
create table idea_score_rating (
    score_id   uuid not null references idea_score (id) on delete cascade,
    position   integer not null,
    criterion  text not null check (length(criterion) between 1 and 80),
    weight     integer not null check (weight between 1 and 100),
    rating     integer not null check (rating between 1 and 5),
    primary key (score_id, position)
);
