-- The tamper-evident audit trail (DPA 2018 s62). Append-only: each event carries a keyed SHA-256
-- (HMAC) of its content and of the previous event's hash, and the head row seals the newest event.
create table audit_event (
    seq            bigint primary key,
    id             uuid not null unique,
    occurred_at    timestamptz not null,
    actor          text not null,
    force_code     text,
    record_type    text not null,
    record_id      text not null,
    operation      text not null check (operation in
                      ('COLLECTION', 'ALTERATION', 'CONSULTATION', 'DISCLOSURE', 'COMBINATION', 'ERASURE')),
    summary        text not null,
    changes        text,
    justification  text,
    prev_hash      text not null,
    hash           text not null
);
create index audit_event_actor_idx on audit_event (actor);
create index audit_event_record_idx on audit_event (record_type, record_id);
create index audit_event_time_idx on audit_event (occurred_at);
create index audit_event_hash_idx on audit_event (hash);

create table audit_chain_head (
    id    integer primary key check (id = 1),
    seq   bigint not null,
    hash  text not null,
    seal  text
);
insert into audit_chain_head (id, seq, hash, seal) values (1, 0, 'GENESIS', null);

create function audit_event_append_only() returns trigger language plpgsql as $$
begin
    raise exception 'audit_event is append-only: % is not allowed', tg_op
        using errcode = 'insufficient_privilege';
end;
$$;

create trigger audit_event_no_update_or_delete
    before update or delete on audit_event
    for each row execute function audit_event_append_only();

create trigger audit_event_no_truncate
    before truncate on audit_event
    for each statement execute function audit_event_append_only();
