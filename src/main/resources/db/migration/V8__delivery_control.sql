-- Delivery control: milestones, the tolerances a board sets, the money, monthly status reports and
-- exception reports. Status reports and exception reports are append-only: a correction is a new
-- version, and the board's answer to an exception is a row of its own.
create table milestone (
    id             uuid primary key,
    initiative_id  uuid not null references initiative (id),
    title          text not null check (length(title) between 1 and 200),
    baseline_date  date not null,
    forecast_date  date not null,
    actual_date    date,
    created_at     timestamptz not null,
    updated_at     timestamptz not null,
    version        integer not null
);
create index milestone_initiative_idx on milestone (initiative_id, baseline_date);

create table initiative_tolerance (
    initiative_id  uuid primary key references initiative (id),
    time_days      integer check (time_days between 0 and 3650),
    cost_amount    numeric(14, 2) check (cost_amount >= 0),
    cost_percent   integer check (cost_percent between 0 and 100),
    maximum_risk   integer check (maximum_risk between 1 and 25),
    scope          text check (length(scope) <= 1000),
    quality        text check (length(quality) <= 1000),
    benefits       text check (length(benefits) <= 1000),
    updated_at     timestamptz not null,
    version        integer not null
);

-- The decision that approved the budget belongs to governance: kept by id and reference, without a
-- foreign key, so the portfolio's tables never depend on the governance module's.
create table initiative_finance (
    initiative_id                 uuid primary key references initiative (id),
    requested                     numeric(14, 2) check (requested >= 0),
    approved                      numeric(14, 2) check (approved >= 0),
    approved_by_decision_id       uuid,
    approved_by_decision_reference text,
    spent                         numeric(14, 2) check (spent >= 0),
    forecast_outturn              numeric(14, 2) check (forecast_outturn >= 0),
    updated_at                    timestamptz not null,
    version                       integer not null,
    check ((approved is null) = (approved_by_decision_id is null)
           and (approved is null) = (approved_by_decision_reference is null))
);

create function delivery_record_append_only() returns trigger language plpgsql as $$
begin
    raise exception '% rows are append-only: record a new version instead of %', tg_table_name, tg_op
        using errcode = 'insufficient_privilege';
end;
$$;

create table status_report (
    id                   uuid primary key,
    initiative_id        uuid not null references initiative (id),
    period               date not null check (extract(day from period) = 1),
    version_number       integer not null check (version_number >= 1),
    delivery_confidence  text not null check (delivery_confidence in ('GREEN', 'AMBER', 'RED', 'AMBER_GREEN', 'AMBER_RED')),
    rag_schedule         text not null check (rag_schedule in ('GREEN', 'AMBER', 'RED')),
    rag_cost             text not null check (rag_cost in ('GREEN', 'AMBER', 'RED')),
    rag_scope            text not null check (rag_scope in ('GREEN', 'AMBER', 'RED')),
    rag_benefits         text not null check (rag_benefits in ('GREEN', 'AMBER', 'RED')),
    rag_risk             text not null check (rag_risk in ('GREEN', 'AMBER', 'RED')),
    rag_resources        text not null check (rag_resources in ('GREEN', 'AMBER', 'RED')),
    narrative            text not null check (length(narrative) between 1 and 4000),
    key_risks            text check (length(key_risks) <= 2000),
    decisions_needed     text check (length(decisions_needed) <= 2000),
    scope_forecast       text not null check (scope_forecast in ('WITHIN', 'WILL_BREACH')),
    quality_forecast     text not null check (quality_forecast in ('WITHIN', 'WILL_BREACH')),
    benefits_forecast    text not null check (benefits_forecast in ('WITHIN', 'WILL_BREACH')),
    risk_score_forecast  integer check (risk_score_forecast between 1 and 25),
    submitted_by         text not null,
    submitted_at         timestamptz not null,
    unique (initiative_id, period, version_number)
);

create trigger status_report_no_update_or_delete
    before update or delete on status_report
    for each row execute function delivery_record_append_only();

create table exception_report (
    id               uuid primary key,
    initiative_id    uuid not null references initiative (id),
    tolerance        text not null check (tolerance in ('TIME', 'COST', 'SCOPE', 'QUALITY', 'BENEFITS', 'RISK')),
    forecast         text not null check (length(forecast) between 1 and 1000),
    tolerance_limit  text not null check (length(tolerance_limit) between 1 and 1000),
    cause            text not null check (length(cause) between 1 and 4000),
    options          text not null check (length(options) between 1 and 4000),
    recommendation   text not null check (length(recommendation) between 1 and 4000),
    addressed_to     text not null check (addressed_to in ('CHANGE_BOARD', 'DESIGN_AND_DELIVERY_BOARD', 'PROJECT_BOARD')),
    raised_by        text not null,
    raised_on        date not null,
    raised_at        timestamptz not null
);
create index exception_report_initiative_idx on exception_report (initiative_id, raised_on);

create trigger exception_report_no_update_or_delete
    before update or delete on exception_report
    for each row execute function delivery_record_append_only();

-- The board's answer to an exception report: one per report, recorded by governance, never changed.
create table exception_report_decision (
    exception_report_id  uuid primary key references exception_report (id),
    decision_id          uuid not null,
    decision_reference   text not null check (length(decision_reference) between 1 and 40),
    recorded_by          text not null,
    recorded_at          timestamptz not null
);

create trigger exception_report_decision_no_update_or_delete
    before update or delete on exception_report_decision
    for each row execute function delivery_record_append_only();
