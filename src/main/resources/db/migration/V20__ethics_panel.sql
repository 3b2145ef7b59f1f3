-- Referral to the Ethics Panel (issue #5): the force refers an AI or advanced data analytics system to the panel
-- with its questions, the referral pack is kept as it stood when referred, the panel gives its advice with
-- recommendations, each part marked for publication or withheld, and the force answers each recommendation.

-- The outcomes the panel chooses from: a force names them as it likes; the meaning is what the software relies on.
create table ethics_outcome (
    id         uuid primary key,
    force_id   uuid not null references force (id),
    label      text not null check (length(label) between 1 and 120),
    meaning    text not null check (meaning in ('SUPPORTED', 'SUPPORTED_WITH_RECOMMENDATIONS', 'RESUBMIT', 'NOT_SUPPORTED')),
    active     boolean not null,
    position   integer not null,
    version    integer not null
);
create index ethics_outcome_force_idx on ethics_outcome (force_id, position);

create table ethics_reference_counter (
    force_id  uuid not null references force (id),
    year      integer not null,
    last      integer not null,
    primary key (force_id, year)
);

create table ethics_referral (
    id                    uuid primary key,
    force_id              uuid not null references force (id),
    system_id             uuid not null references ai_system (id),
    reference             text not null,
    kind                  text not null check (kind in ('REFERRAL', 'RE_REFERRAL')),
    question              text not null check (length(question) between 1 and 4000),
    -- the meeting it is for; a re-referral raised by monitoring has none until the panel records when it met
    meeting_on            date,
    monitoring_review_id  uuid,
    referred_by           text not null,
    referred_at           timestamptz not null,
    unique (force_id, reference)
);
create index ethics_referral_system_idx on ethics_referral (system_id, referred_at);
create index ethics_referral_force_idx on ethics_referral (force_id, referred_at);

-- The referral pack as the panel saw it: the register entry and each assurance step, copied at referral time.
create table ethics_pack_entry (
    referral_id  uuid not null references ethics_referral (id),
    position     integer not null,
    section      text not null check (section in ('REGISTER', 'STEP')),
    heading      text not null check (length(heading) between 1 and 200),
    status       text check (length(status) <= 200),
    body         text not null check (length(body) <= 20000),
    primary key (referral_id, position)
);

-- The panel's advice on one referral: a draft until it is given, and fixed once given.
create table ethics_advice (
    referral_id        uuid primary key references ethics_referral (id),
    outcome_id         uuid references ethics_outcome (id),
    summary            text check (length(summary) <= 4000),
    met_on             date,
    summary_published  boolean,
    summary_withheld   text check (summary_withheld in ('SECURITY', 'LAW_ENFORCEMENT', 'PERSONAL_DATA', 'COMMERCIAL', 'HEALTH_AND_SAFETY')),
    given              boolean not null,
    given_by           text,
    given_at           timestamptz,
    version            integer not null,
    updated_by         text not null,
    updated_at         timestamptz not null,
    check (not given or (outcome_id is not null and summary is not null and met_on is not null
        and summary_published is not null and given_by is not null and given_at is not null)),
    check (summary_published is not false or summary_withheld is not null)
);

create table ethics_recommendation (
    id                uuid primary key,
    referral_id       uuid not null references ethics_referral (id),
    position          integer not null,
    text              text not null check (length(text) between 1 and 4000),
    published         boolean,
    withheld          text check (withheld in ('SECURITY', 'LAW_ENFORCEMENT', 'PERSONAL_DATA', 'COMMERCIAL', 'HEALTH_AND_SAFETY')),
    response          text check (response in ('ACCEPTED', 'PARTLY_ACCEPTED', 'NOT_ACCEPTED')),
    response_text     text check (length(response_text) <= 4000),
    responded_by      text,
    responded_at      timestamptz,
    version           integer not null,
    check (published is not false or withheld is not null),
    check ((response is null) = (response_text is null)),
    unique (referral_id, position)
);
create index ethics_recommendation_referral_idx on ethics_recommendation (referral_id, position);
