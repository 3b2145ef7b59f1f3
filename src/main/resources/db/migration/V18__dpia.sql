-- Data protection impact assessments (issue #5), following the ICO's seven steps. A screening decides whether a
-- full DPIA is needed and is kept whatever it concludes; each screening is a new row, never changed. A DPIA is
-- versioned: version 1, 2, ... of one system; at most one draft at a time; a signed-off version is never changed
-- again (a new version supersedes it), which the triggers below enforce whatever the application does.
create table dpia_screening (
    id                     uuid primary key,
    system_id              uuid not null references ai_system (id),
    number                 integer not null check (number >= 1),
    law_enforcement        boolean not null,
    new_technology         boolean not null,
    systematic_monitoring  boolean not null,
    large_scale_sensitive  boolean not null,
    significant_decisions  boolean not null,
    vulnerable_people      boolean not null,
    data_matching          boolean not null,
    invisible_processing   boolean not null,
    biometric_genetic      boolean not null,
    tracking               boolean not null,
    harm_or_denial         boolean not null,
    full_dpia_required     boolean not null,
    reason                 text check (length(reason) <= 4000),
    screened_by            text not null,
    screened_by_name       text not null,
    screened_at            timestamptz not null,
    unique (system_id, number),
    -- the reason is what the screening keeps when it concludes no full DPIA is needed
    check (full_dpia_required or length(reason) >= 1)
);

create table dpia (
    id                          uuid primary key,
    system_id                   uuid not null references ai_system (id),
    number                      integer not null check (number >= 1),
    status                      text not null check (status in ('DRAFT', 'SIGNED_OFF')),
    based_on                    uuid references dpia (id),
    need                        text check (length(need) <= 10000),
    nature                      text check (length(nature) <= 10000),
    scope                       text check (length(scope) <= 10000),
    context                     text check (length(context) <= 10000),
    purposes                    text check (length(purposes) <= 10000),
    consultation                text check (length(consultation) <= 10000),
    necessity                   text check (length(necessity) <= 10000),
    lawful_bases                text[] not null default '{}',
    sensitive_conditions        text[] not null default '{}',
    measures_approved_by        text check (length(measures_approved_by) <= 300),
    residual_risks_approved_by  text check (length(residual_risks_approved_by) <= 300),
    dpo_advice                  text check (length(dpo_advice) <= 10000),
    advice_followed             boolean,
    overruled_reasons           text check (length(overruled_reasons) <= 4000),
    review_date                 date,
    signed_off_by               text,
    signed_off_name             text,
    signed_off_at               timestamptz,
    version                     integer not null,
    created_by                  text not null,
    created_at                  timestamptz not null,
    updated_at                  timestamptz not null,
    unique (system_id, number),
    check (status = 'DRAFT' or (signed_off_by is not null and signed_off_at is not null and dpo_advice is not null
        and advice_followed is not null and review_date is not null and measures_approved_by is not null
        and residual_risks_approved_by is not null and (advice_followed or overruled_reasons is not null)))
);
create unique index dpia_one_draft_idx on dpia (system_id) where status = 'DRAFT';

-- Steps 5 and 6: each risk, the ICO matrix's overall level, the measure against it and what is left.
create table dpia_risk (
    id                uuid primary key,
    dpia_id           uuid not null references dpia (id),
    position          integer not null,
    description       text not null check (length(description) between 1 and 4000),
    likelihood        text not null check (likelihood in ('REMOTE', 'POSSIBLE', 'PROBABLE')),
    severity          text not null check (severity in ('MINIMAL', 'SIGNIFICANT', 'SEVERE')),
    overall           text not null check (overall in ('LOW', 'MEDIUM', 'HIGH')),
    measure           text check (length(measure) <= 4000),
    effect            text check (effect in ('ELIMINATED', 'REDUCED', 'ACCEPTED')),
    residual          text check (residual in ('LOW', 'MEDIUM', 'HIGH')),
    measure_approved  boolean,
    unique (dpia_id, position)
);
create index dpia_risk_idx on dpia_risk (dpia_id, position);

create function dpia_signed_off_is_final() returns trigger language plpgsql as $$
begin
    if old.status = 'SIGNED_OFF' then
        raise exception 'DPIA % version % is signed off: start a new version instead', old.system_id, old.number
            using errcode = 'insufficient_privilege';
    end if;
    if tg_op = 'DELETE' then
        return old;
    end if;
    return new;
end;
$$;
create trigger dpia_signed_off_no_change before update or delete on dpia
    for each row execute function dpia_signed_off_is_final();

create function dpia_risk_of_signed_off_is_final() returns trigger language plpgsql as $$
declare
    frozen boolean := false;
begin
    if tg_op in ('UPDATE', 'DELETE') then
        frozen := exists (select 1 from dpia d where d.id = old.dpia_id and d.status = 'SIGNED_OFF');
    end if;
    if tg_op in ('INSERT', 'UPDATE') and not frozen then
        frozen := exists (select 1 from dpia d where d.id = new.dpia_id and d.status = 'SIGNED_OFF');
    end if;
    if frozen then
        raise exception 'The risks of a signed-off DPIA cannot change' using errcode = 'insufficient_privilege';
    end if;
    if tg_op = 'DELETE' then
        return old;
    end if;
    return new;
end;
$$;
create trigger dpia_risk_signed_off_no_change before insert or update or delete on dpia_risk
    for each row execute function dpia_risk_of_signed_off_is_final();

create function dpia_screening_is_kept() returns trigger language plpgsql as $$
begin
    raise exception 'A DPIA screening is kept as it was made: screen again instead' using errcode = 'insufficient_privilege';
end;
$$;
create trigger dpia_screening_no_change before update or delete on dpia_screening
    for each row execute function dpia_screening_is_kept();
