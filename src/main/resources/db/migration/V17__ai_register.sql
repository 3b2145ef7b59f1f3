-- The AI register (issue #5): every AI or algorithmic system requested across the force or suggested by a
-- supplier, its formal assessment on the force's five criteria, the four design principles, who may use it
-- and how its outputs are logged, the information assets it uses, and its status history.
create table ai_system (
    id                        uuid primary key,
    force_id                  uuid not null references force (id),
    reference                 text not null,
    name                      text not null check (length(name) between 1 and 200),
    purpose                   text not null check (length(purpose) between 1 and 4000),
    business_area_id          uuid references organisation_unit (id),
    origin                    text not null check (origin in ('FORCE_REQUEST', 'SUPPLIER_SUGGESTION')),
    supplier_name             text check (length(supplier_name) <= 200),
    supplier_company_number   text check (supplier_company_number ~ '^([0-9]{8}|[A-Z]{2}[0-9]{6})$'),
    procurement_route         text,
    system_type               text not null,
    decision_role             text not null check (decision_role in ('NONE', 'INFORMS', 'MAKES')),
    uses_biometrics           boolean not null,
    initiative_id             uuid,
    approval_sought           text not null check (approval_sought in ('PILOT', 'FULL')),
    status                    text not null,
    owner_id                  uuid references person (id),
    website                   text check (length(website) <= 300),
    contact_email             text check (length(contact_email) <= 254),
    security_standards        text check (length(security_standards) <= 4000),
    data_sources              text check (length(data_sources) <= 4000),
    output_logging            text check (length(output_logging) <= 4000),
    decommissioning_criteria  text check (length(decommissioning_criteria) <= 4000),
    live_since                date,
    classification            text not null,
    version                   integer not null,
    created_by                text not null,
    created_at                timestamptz not null,
    updated_at                timestamptz not null,
    unique (force_id, reference)
);
create index ai_system_force_idx on ai_system (force_id, status);
create index ai_system_initiative_idx on ai_system (initiative_id) where initiative_id is not null;

create table ai_system_status_change (
    id                   uuid primary key,
    system_id            uuid not null references ai_system (id),
    from_status          text,
    to_status            text not null,
    reason               text not null check (length(reason) between 1 and 4000),
    decision_reference   text,
    changed_by           text not null,
    changed_at           timestamptz not null
);
create index ai_system_status_change_idx on ai_system_status_change (system_id, changed_at);

-- One rating per criterion (the five formal criteria and the four design principles); reassessing replaces it,
-- and the audit trail keeps what it was.
create table ai_assessment_rating (
    system_id     uuid not null references ai_system (id),
    criterion     text not null,
    rating        text not null check (rating in ('STRONG', 'ADEQUATE', 'WEAK', 'UNACCEPTABLE')),
    evidence      text not null check (length(evidence) between 1 and 4000),
    assessor_id   uuid not null references person (id),
    assessed_at   timestamptz not null,
    primary key (system_id, criterion)
);

-- Who may use the system and on what conditions: role and attribute-based access.
create table ai_usage_rule (
    id                uuid primary key,
    system_id         uuid not null references ai_system (id),
    role              text not null,
    minimum_vetting   text not null,
    training          text check (length(training) <= 300),
    conditions        text check (length(conditions) <= 2000),
    created_at        timestamptz not null
);
create index ai_usage_rule_idx on ai_usage_rule (system_id);

-- The information assets and processing activities the system uses: a light list until the information
-- asset register and the record of processing arrive.
create table ai_information_asset (
    id             uuid primary key,
    system_id      uuid not null references ai_system (id),
    name           text not null check (length(name) between 1 and 200),
    kind           text not null check (kind in ('INFORMATION_ASSET', 'PROCESSING_ACTIVITY')),
    owner          text not null check (length(owner) between 1 and 200),
    lawful_basis   text not null check (length(lawful_basis) between 1 and 500),
    created_at     timestamptz not null
);
create index ai_information_asset_idx on ai_information_asset (system_id);

-- Board decisions on the initiatives the systems belong to, as the governance module announced them.
create table ai_board_decision (
    decision_id          uuid not null,
    system_id            uuid not null references ai_system (id),
    reference            text not null,
    board_name           text not null,
    outcome              text not null,
    decided_on           date not null,
    paper_reference      text,
    status_after         text,
    primary key (decision_id, system_id)
);
create index ai_board_decision_idx on ai_board_decision (system_id, decided_on);

create table ai_reference_counter (
    force_id  uuid not null references force (id),
    year      integer not null,
    last      integer not null,
    primary key (force_id, year)
);
