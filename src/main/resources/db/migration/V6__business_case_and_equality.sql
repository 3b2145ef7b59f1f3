-- An initiative's business case and its live equality analysis. Both are versioned: every save is a
-- new row with the next version number, and the database refuses to change or remove a saved version.
-- Staff Associations Network feedback is an append-only log beside the analysis.
create table business_case (
    id                 uuid primary key,
    force_id           uuid not null references force (id),
    initiative_id      uuid not null references initiative (id),
    version            integer not null check (version >= 1),
    strategic_case     text not null check (length(strategic_case) between 1 and 8000),
    economic_case      text check (length(economic_case) between 1 and 8000),
    commercial_case    text check (length(commercial_case) between 1 and 8000),
    financial_case     text check (length(financial_case) between 1 and 8000),
    management_case    text check (length(management_case) between 1 and 8000),
    capital_one_off    numeric(14, 2) not null check (capital_one_off >= 0),
    capital_recurring  numeric(14, 2) not null check (capital_recurring >= 0),
    revenue_one_off    numeric(14, 2) not null check (revenue_one_off >= 0),
    revenue_recurring  numeric(14, 2) not null check (revenue_recurring >= 0),
    years              integer not null check (years between 1 and 20),
    -- For reports in SQL; the application works the same total out in WholeLifeCost.
    whole_life_cost    numeric(16, 2) generated always as
                           (capital_one_off + revenue_one_off + (capital_recurring + revenue_recurring) * years) stored,
    funding_source     text not null check (funding_source in ('FORCE_BUDGET', 'RESERVES', 'NATIONAL_FUND',
                                                               'POLICE_AND_CRIME_COMMISSIONER', 'PARTNERSHIP', 'OTHER')),
    funding_detail     text check (length(funding_detail) between 1 and 500),
    saved_by           text not null,
    saved_at           timestamptz not null,
    unique (initiative_id, version)
);

create table business_case_option (
    business_case_id  uuid not null references business_case (id),
    position          integer not null check (position >= 0),
    title             text not null check (length(title) between 1 and 200),
    description       text not null check (length(description) between 1 and 2000),
    whole_life_cost   numeric(14, 2) not null check (whole_life_cost >= 0),
    preferred         boolean not null,
    primary key (business_case_id, position)
);
create unique index business_case_one_preferred_option on business_case_option (business_case_id) where preferred;

create table equality_analysis (
    id                        uuid primary key,
    force_id                  uuid not null references force (id),
    initiative_id             uuid not null references initiative (id),
    version                   integer not null check (version >= 1),
    status                    text not null check (status in ('SCREENING', 'FULL_ANALYSIS', 'SIGNED_OFF')),
    eliminate_discrimination  text check (length(eliminate_discrimination) between 1 and 4000),
    advance_equality          text check (length(advance_equality) between 1 and 4000),
    foster_good_relations     text check (length(foster_good_relations) between 1 and 4000),
    review_due                date,
    signed_off_by_id          uuid references person (id),
    signed_off_by             text,
    signed_off_at             timestamptz,
    saved_by                  text not null,
    saved_at                  timestamptz not null,
    unique (initiative_id, version),
    check ((status = 'SIGNED_OFF') = (review_due is not null and signed_off_by_id is not null and signed_off_at is not null))
);

create table equality_impact (
    equality_analysis_id  uuid not null references equality_analysis (id),
    characteristic        text not null check (characteristic in ('AGE', 'DISABILITY', 'GENDER_REASSIGNMENT',
                              'MARRIAGE_AND_CIVIL_PARTNERSHIP', 'PREGNANCY_AND_MATERNITY', 'RACE', 'RELIGION_OR_BELIEF',
                              'SEX', 'SEXUAL_ORIENTATION')),
    rating                text not null check (rating in ('POSITIVE', 'NEUTRAL', 'NEGATIVE', 'UNKNOWN')),
    evidence              text check (length(evidence) between 1 and 2000),
    mitigation            text check (length(mitigation) between 1 and 2000),
    primary key (equality_analysis_id, characteristic),
    check (rating = 'UNKNOWN' or evidence is not null),
    check (rating <> 'NEGATIVE' or mitigation is not null)
);

create table staff_association_feedback (
    id                uuid primary key,
    force_id          uuid not null references force (id),
    initiative_id     uuid not null references initiative (id),
    analysis_version  integer not null,
    association       text not null check (length(association) between 1 and 150),
    received_on       date not null,
    feedback          text not null check (length(feedback) between 1 and 4000),
    recorded_by       text not null,
    recorded_at       timestamptz not null
);
create index staff_association_feedback_initiative_idx on staff_association_feedback (initiative_id, received_on);

create function portfolio_version_append_only() returns trigger language plpgsql as $$
begin
    raise exception '% keeps every saved version: save a new version instead of %', tg_table_name, tg_op
        using errcode = 'insufficient_privilege';
end;
$$;

do $$
declare
    versioned text;
begin
    foreach versioned in array array['business_case', 'business_case_option', 'equality_analysis', 'equality_impact',
                                     'staff_association_feedback'] loop
        execute format('create trigger %I before update or delete on %I '
                       'for each row execute function portfolio_version_append_only()',
                       versioned || '_no_update_or_delete', versioned);
    end loop;
end;
$$;
