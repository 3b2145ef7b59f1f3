-- Meetings of the boards, the Change Papers that go to them (with the automatic pre-submission checks),
-- what a decision carries beyond V5 (its meeting and paper, options, assessments, gate, funds), and the
-- conditions and actions that follow decisions, tracked to done.
create table board_standing_item (
    board_id  uuid not null references board (id) on delete cascade,
    position  integer not null,
    title     text not null,
    primary key (board_id, position)
);

create table meeting (
    id                uuid primary key,
    force_id          uuid not null references force (id),
    board_id          uuid not null references board (id),
    starts_at         timestamp not null,
    duration_minutes  integer not null check (duration_minutes between 15 and 480),
    location          text not null,
    minutes           text,
    minutes_by        text,
    minutes_at        timestamptz,
    created_by        text not null,
    version           integer not null
);
create index meeting_board_idx on meeting (board_id, starts_at);

create table meeting_attendance (
    meeting_id  uuid not null references meeting (id) on delete cascade,
    person_id   uuid not null references person (id),
    attendance  text not null check (attendance in ('PRESENT', 'APOLOGIES')),
    primary key (meeting_id, person_id)
);

create table paper_reference_counter (
    force_id  uuid not null references force (id),
    year      integer not null,
    last      integer not null,
    primary key (force_id, year)
);

create table paper (
    id                       uuid primary key,
    force_id                 uuid not null references force (id),
    reference                text not null,
    initiative_id            uuid not null references initiative (id),
    kind                     text not null check (kind in ('COMMISSIONING', 'GATE', 'EXCEPTION', 'FINANCIAL_REQUEST', 'CLOSURE')),
    title                    text not null,
    purpose                  text,
    recommendation           text,
    benefits                 text,
    legal_considerations     text,
    ethical_considerations   text,
    evaluation_plan          text,
    processes_personal_data  boolean not null,
    amount_requested         numeric(14, 2),
    exception_report_id      uuid,
    status                   text not null check (status in ('DRAFT', 'RETURNED', 'READY', 'SUBMITTED', 'DECIDED')),
    meeting_id               uuid references meeting (id),
    author                   text not null,
    created_at               timestamptz not null,
    updated_at               timestamptz not null,
    version                  integer not null,
    unique (force_id, reference)
);
create index paper_initiative_idx on paper (initiative_id);
create index paper_meeting_idx on paper (meeting_id);

-- Each run of the automatic checks, kept: the notes sent back to the author stay on record.
create table paper_check_run (
    id             uuid primary key,
    paper_id       uuid not null references paper (id),
    paper_version  integer not null,
    passed         boolean not null,
    run_by         text not null,
    run_at         timestamptz not null
);
create table paper_check_result (
    run_id    uuid not null references paper_check_run (id),
    position  integer not null,
    check_name text not null,
    passed    boolean not null,
    note      text not null,
    primary key (run_id, position)
);

create table declaration_of_interest (
    id           uuid primary key,
    meeting_id   uuid not null references meeting (id),
    paper_id     uuid references paper (id),
    person_id    uuid not null references person (id),
    interest     text not null,
    took_part    boolean not null,
    recorded_by  text not null,
    recorded_at  timestamptz not null
);

alter table decision
    add column meeting_id             uuid references meeting (id),
    add column paper_id               uuid references paper (id),
    add column options_considered     text,
    add column assessments_considered text,
    add column stage_entered          text,
    add column amount_approved        numeric(14, 2),
    add column pilot_conclusion       text check (pilot_conclusion in ('SCALE', 'EXTEND', 'STOP'));
create index decision_paper_idx on decision (paper_id);

create table governance_action (
    id           uuid primary key,
    force_id     uuid not null references force (id),
    board_id     uuid not null references board (id),
    meeting_id   uuid references meeting (id),
    decision_id  uuid references decision (id),
    kind         text not null check (kind in ('ACTION', 'CONDITION')),
    description  text not null,
    owner_id     uuid not null references person (id),
    due_on       date not null,
    done_on      date,
    done_by      text,
    done_note    text,
    created_by   text not null,
    created_at   timestamptz not null,
    version      integer not null
);
create index governance_action_owner_idx on governance_action (force_id, done_on, due_on);

-- References are counted per force, so they are unique per force: a second force's CHG-2026-001 is its own.
alter table initiative drop constraint initiative_reference_key, add constraint initiative_force_reference_key unique (force_id, reference);
alter table decision drop constraint decision_reference_key, add constraint decision_force_reference_key unique (force_id, reference);
