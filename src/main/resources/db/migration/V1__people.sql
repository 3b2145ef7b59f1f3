-- Forces, their organisation units and their people. One installation may serve several forces.
create table force (
    id          uuid primary key,
    code        text not null unique,
    name        text not null,
    version     integer not null
);

create table organisation_unit (
    id          uuid primary key,
    force_id    uuid not null references force (id),
    code        text not null,
    name        text not null,
    kind        text not null check (kind in ('DEPARTMENT', 'LOCAL_POLICING_AREA')),
    version     integer not null,
    unique (force_id, code)
);

create table person (
    id                   uuid primary key,
    force_id             uuid not null references force (id),
    username             text not null unique check (username = lower(username) and length(username) between 2 and 64),
    display_name         text not null check (length(display_name) between 1 and 120),
    email                text,
    job_title            text,
    organisation_unit_id uuid references organisation_unit (id),
    vetting_level        text not null check (vetting_level in ('RV', 'MV', 'CTC', 'SC', 'DV')),
    active               boolean not null,
    password_hash        text,
    oidc_subject         text unique,
    created_at           timestamptz not null,
    updated_at           timestamptz not null,
    version              integer not null
);
create index person_force_idx on person (force_id);

create table person_role (
    person_id uuid not null references person (id) on delete cascade,
    role      text not null,
    primary key (person_id, role)
);

-- Failed sign-ins, kept in the database so that every node behind the load balancer sees them.
create table sign_in_throttle (
    throttle_key    text primary key,
    failures        integer not null,
    window_started  timestamptz not null,
    locked_until    timestamptz
);
