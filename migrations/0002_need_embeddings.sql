-- Seeking and offering are matched need by need (matchmaker/matching/needs.py): each need
-- of a text has its own vector, keyed by the hash of (model, need text), so an edit that
-- keeps some needs re-embeds only the new ones.
create table attendee_need_embeddings (
    attendee_id   bigint not null references attendees (id) on delete cascade,
    kind          text not null check (kind in ('seeking', 'offering')),
    model         text not null,
    content_hash  bytea not null,
    -- float32, little-endian, L2-normalised
    vector        bytea not null,
    updated_at    timestamptz not null default now(),
    primary key (attendee_id, kind, model, content_hash)
);

-- A text that is one need is its own whole text, whose vector was stored under the same
-- hash: carried over, so no unchanged text is embedded again after this migration.
insert into attendee_need_embeddings (attendee_id, kind, model, content_hash, vector, updated_at)
select attendee_id, kind, model, content_hash, vector, updated_at
from attendee_embeddings
where kind in ('seeking', 'offering');

delete from attendee_embeddings where kind in ('seeking', 'offering');

-- The same text has the same vector whoever wrote it: found by hash before embedding.
create index attendee_need_embeddings_hash_idx on attendee_need_embeddings (model, content_hash);
create index attendee_embeddings_hash_idx on attendee_embeddings (model, content_hash);
