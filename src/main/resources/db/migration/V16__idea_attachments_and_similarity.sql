-- Attachments of an idea (kept in the database, checked by content before they get here), and a trigram
-- index on initiative titles so that "similar ideas while typing" can suggest initiatives by spelling too.
create table idea_attachment (
    id              uuid primary key,
    idea_id         uuid not null references idea (id),
    filename        text not null check (length(filename) between 1 and 120),
    content_type    text not null check (content_type in ('application/pdf',
                        'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
                        'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
                        'image/png', 'image/jpeg')),
    size_bytes      integer not null check (size_bytes between 1 and 10485760),
    sha256          text not null check (sha256 ~ '^[0-9a-f]{64}$'),
    content         bytea not null,
    uploaded_by     uuid not null references person (id),
    uploaded_at     timestamptz not null
);
create index idea_attachment_idea_idx on idea_attachment (idea_id, uploaded_at);

create index initiative_title_trgm_idx on initiative using gin (title gin_trgm_ops);
