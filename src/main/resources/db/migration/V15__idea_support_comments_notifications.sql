-- Staff support, comment on and follow published ideas; everyone gets in-app notifications.
-- Supports and follows are never moved when a moderator merges a duplicate: the supporters of an idea are
-- read as those of the idea and of every idea merged into it, so undoing a merge restores everything.
create table idea_support (
    idea_id       uuid not null references idea (id),
    person_id     uuid not null references person (id),
    supported_at  timestamptz not null,
    primary key (idea_id, person_id)
);
create index idea_support_person_idx on idea_support (person_id);

create table idea_follow (
    idea_id      uuid not null references idea (id),
    person_id    uuid not null references person (id),
    followed_at  timestamptz not null,
    primary key (idea_id, person_id)
);
create index idea_follow_person_idx on idea_follow (person_id);

create table idea_comment (
    id          uuid primary key,
    idea_id     uuid not null references idea (id),
    author_id   uuid not null references person (id),
    body        text not null check (length(body) between 1 and 2000),
    created_at  timestamptz not null
);
create index idea_comment_idea_idx on idea_comment (idea_id, created_at);

create table notification (
    id          uuid primary key,
    person_id   uuid not null references person (id),
    force_id    uuid not null references force (id),
    title       text not null check (length(title) between 1 and 300),
    body        text check (length(body) <= 6000),
    link        text check (length(link) <= 500),
    created_at  timestamptz not null,
    read_at     timestamptz
);
create index notification_person_idx on notification (person_id, created_at desc);
create index notification_unread_idx on notification (person_id) where read_at is null;
