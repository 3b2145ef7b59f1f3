-- Testing, validation and continuous monitoring of AI systems (issue #5, seed 000 2.4.2.5): the pre-deployment
-- validation of accuracy, fairness and bias; the post-deployment monitoring plan, its reviews and the reminders
-- sent to owners when a review is due; and the record of a system's decommissioning by a board decision.

-- One validation of a system against thresholds the Ethics Panel or the Change Board set. Re-validation adds
-- another; whether it passed is computed from its results, never typed.
create table ai_validation (
    id                    uuid primary key,
    system_id             uuid not null references ai_system (id),
    test_data             text not null check (length(test_data) between 1 and 4000),
    validated_by          uuid not null references person (id),
    validated_on          date not null,
    thresholds_set_by     text not null check (thresholds_set_by in ('ETHICS_PANEL', 'CHANGE_BOARD')),
    thresholds_reference  text not null check (length(thresholds_reference) between 1 and 300),
    notes                 text check (length(notes) <= 4000),
    passed                boolean not null,
    recorded_by           text not null,
    recorded_at           timestamptz not null
);
create index ai_validation_system_idx on ai_validation (system_id, validated_on desc, recorded_at desc);

-- Its accuracy measures (no characteristic) and its results by group (sex, age band, ethnicity, language...).
create table ai_validation_result (
    validation_id   uuid not null references ai_validation (id),
    position        integer not null,
    characteristic  text check (characteristic in ('SEX', 'AGE', 'ETHNICITY', 'DISABILITY', 'LANGUAGE', 'OTHER')),
    group_name      text check (length(group_name) between 1 and 100),
    measure         text not null check (length(measure) between 1 and 200),
    value           numeric(14, 4) not null,
    direction       text not null check (direction in ('AT_LEAST', 'AT_MOST')),
    threshold       numeric(14, 4) not null,
    unit            text check (length(unit) <= 30),
    within          boolean not null,
    primary key (validation_id, position),
    check ((characteristic is null) = (group_name is null))
);

-- What is watched once the system is in use, how often it is reviewed, by whom, and when the next review is due.
create table ai_monitoring_plan (
    system_id        uuid primary key references ai_system (id),
    frequency        text not null check (frequency in ('MONTHLY', 'QUARTERLY', 'SIX_MONTHLY', 'ANNUALLY')),
    owner_id         uuid not null references person (id),
    first_review_on  date not null,
    next_due_on      date not null,
    version          integer not null,
    created_by       text not null,
    created_at       timestamptz not null,
    updated_at       timestamptz not null
);
create index ai_monitoring_plan_due_idx on ai_monitoring_plan (next_due_on);

create table ai_monitoring_metric (
    system_id  uuid not null references ai_monitoring_plan (system_id),
    position   integer not null,
    name       text not null check (length(name) between 1 and 200),
    direction  text not null check (direction in ('AT_LEAST', 'AT_MOST')),
    threshold  numeric(14, 4) not null,
    unit       text check (length(unit) <= 30),
    primary key (system_id, position)
);

-- Each review held: the due date it answered, what was observed against each metric (the metric as it stood
-- then, so a later change of plan never rewrites history) and the outcome.
create table ai_monitoring_review (
    id           uuid primary key,
    system_id    uuid not null references ai_system (id),
    due_on       date not null,
    reviewed_on  date not null,
    outcome      text not null check (outcome in ('CONTINUE', 'CONTINUE_WITH_ACTIONS', 'SUSPEND_USE', 'REFER_TO_ETHICS_PANEL')),
    notes        text check (length(notes) <= 4000),
    breached     boolean not null,
    reviewer_id  uuid references person (id),
    recorded_by  text not null,
    recorded_at  timestamptz not null
);
create index ai_monitoring_review_idx on ai_monitoring_review (system_id, reviewed_on desc, recorded_at desc);

create table ai_monitoring_observation (
    review_id  uuid not null references ai_monitoring_review (id),
    position   integer not null,
    metric     text not null check (length(metric) between 1 and 200),
    direction  text not null check (direction in ('AT_LEAST', 'AT_MOST')),
    threshold  numeric(14, 4) not null,
    unit       text check (length(unit) <= 30),
    observed   numeric(14, 4) not null,
    within     boolean not null,
    primary key (review_id, position)
);

-- Who was told that a review is due, so that nobody is told twice for the same due date.
create table ai_review_notice (
    system_id  uuid not null references ai_system (id),
    due_on     date not null,
    person_id  uuid not null references person (id),
    told_at    timestamptz not null,
    primary key (system_id, due_on, person_id)
);

-- How a system left service: the board decision, the date, and what happened to its data.
create table ai_decommissioning (
    system_id           uuid primary key references ai_system (id),
    decision_id         uuid not null,
    decision_reference  text not null,
    decommissioned_on   date not null,
    data_outcome        text not null check (data_outcome in ('DELETED', 'ARCHIVED', 'RETAINED', 'TRANSFERRED')),
    data_detail         text not null check (length(data_detail) between 1 and 4000),
    recorded_by         text not null,
    recorded_at         timestamptz not null
);
alter table ai_decommissioning add constraint ai_decommissioning_decision_fk
    foreign key (decision_id, system_id) references ai_board_decision (decision_id, system_id);

-- ShedLock: a scheduled job runs on one application node at a time.
create table shedlock (
    name        varchar(64) not null primary key,
    lock_until  timestamp not null,
    locked_at   timestamp not null,
    locked_by   varchar(255) not null
);
