-- Three-tier governance: boards with their chairs, members, quorum and terms of reference; their
-- meetings; and decisions, which are append-only: a decision is superseded, never edited.
create table board (
    id                   uuid primary key,
    force_id             uuid not null references force (id),
    name                 text not null,
    tier                 text not null check (tier in ('CHANGE_BOARD', 'DESIGN_AND_DELIVERY_BOARD', 'PROJECT_BOARD')),
    chair_id             uuid references person (id),
    chair_title          text not null,
    quorum               integer not null check (quorum >= 1),
    terms_of_reference   text not null,
    escalates_to         uuid references board (id),
    initiative_id        uuid references initiative (id),
    version              integer not null,
    unique (force_id, name)
);

create table board_member (
    board_id   uuid not null references board (id) on delete cascade,
    person_id  uuid not null references person (id),
    primary key (board_id, person_id)
);

create table decision (
    id               uuid primary key,
    force_id         uuid not null references force (id),
    reference        text not null unique,
    board_id         uuid not null references board (id),
    meeting_date     date not null,
    initiative_id    uuid references initiative (id),
    subject          text not null,
    outcome          text not null check (outcome in ('APPROVE', 'APPROVE_WITH_CONDITIONS', 'DEFER', 'REJECT', 'STOP',
                                                      'REBASELINE', 'RELEASE_FUNDS', 'CLOSE')),
    rationale        text not null,
    members_present  integer not null,
    quorum           integer not null,
    chair_id         uuid references person (id),
    declarations     text,
    supersedes_id    uuid references decision (id),
    recorded_by      text not null,
    recorded_at      timestamptz not null
);
create index decision_board_idx on decision (board_id, meeting_date);
create index decision_initiative_idx on decision (initiative_id);

create function decision_append_only() returns trigger language plpgsql as $$
begin
    raise exception 'decisions are append-only: record a superseding decision instead of %', tg_op
        using errcode = 'insufficient_privilege';
end;
$$;

create trigger decision_no_update_or_delete
    before update or delete on decision
    for each row execute function decision_append_only();

create table decision_reference_counter (
    force_id  uuid not null references force (id),
    year      integer not null,
    last      integer not null,
    primary key (force_id, year)
);
