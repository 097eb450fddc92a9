-- The attendee app: sign-in links and codes, browser sessions, onboarding progress,
-- calendar subscription feeds, preferred slots on requests, and what calendars need to
-- update a meeting instead of duplicating it (a globally unique UID and a SEQUENCE).

-- One secret shared by every API process (CSRF tokens, calendar feed addresses), made once
-- by whichever process starts first, unless MATCHMAKER_SECRET_KEY overrides it.
create table app_secrets (
    name        text primary key,
    value       text not null,
    created_at  timestamptz not null default now()
);

-- A personal sign-in link (its token) and the short code typed when a link cannot be used.
-- Both are stored hashed. A link opens a browser session as its attendee; the GET of the
-- link changes nothing (mail scanners open links first), only the POST behind its button.
create table signin_links (
    id            bigint generated always as identity primary key,
    event_id      bigint not null references events (id) on delete cascade,
    attendee_id   bigint references attendees (id) on delete cascade,
    token_hash    bytea not null unique,
    code_hash     bytea not null,
    created_at    timestamptz not null default now(),
    expires_at    timestamptz not null,
    last_used_at  timestamptz,
    -- wrong codes typed for this link's person: past a few, the code stops working
    failed_codes  integer not null default 0,
    -- organiser accounts (a later migration) add their own column; one of them is set
    constraint signin_links_principal check (attendee_id is not null)
);
create index signin_links_attendee_id_idx on signin_links (attendee_id);
create index signin_links_expires_at_idx on signin_links (expires_at);

-- Browser sessions: Litestar's session store, keyed by the hash of the cookie's session id.
create table web_sessions (
    key_hash    bytea primary key,
    value       bytea not null,
    expires_at  timestamptz,
    updated_at  timestamptz not null default now()
);
create index web_sessions_expires_at_idx on web_sessions (expires_at);

-- Which onboarding steps an attendee has been through; completed once all were.
create table attendee_onboarding (
    attendee_id   bigint primary key references attendees (id) on delete cascade,
    steps_done    text[] not null default '{}',
    completed_at  timestamptz
);

-- An attendee's calendar subscription address is a MAC of their id and this generation
-- under the app secret, so nothing secret is stored; resetting the address (a leaked link)
-- bumps the generation. No row: generation 0.
create table calendar_feeds (
    attendee_id  bigint primary key references attendees (id) on delete cascade,
    generation   integer not null default 0,
    reset_at     timestamptz not null default now()
);

-- Slots the sender proposes; the recipient sees them first when accepting.
alter table meeting_requests add column preferred_slot_ids bigint[] not null default '{}';

-- Calendars identify a meeting by UID and take the highest SEQUENCE as current, so a
-- cancelled or moved meeting replaces its entry instead of adding a second one.
alter table meetings
    add column uid          uuid not null default gen_random_uuid(),
    add column sequence     integer not null default 0,
    add column updated_at   timestamptz not null default now(),
    add column cancel_note  text not null default '',
    add column cancelled_by bigint references attendees (id) on delete set null;
create unique index meetings_uid_key on meetings (uid);

-- Any change of time, table or status, by any code path, is a new version for calendars.
create function meetings_bump_sequence() returns trigger
language plpgsql as $$
begin
    if (new.slot_id, new.table_id, new.status)
       is distinct from (old.slot_id, old.table_id, old.status) then
        new.sequence := old.sequence + 1;
        new.updated_at := now();
    end if;
    return new;
end;
$$;

create trigger meetings_bump_sequence
    before update on meetings
    for each row execute function meetings_bump_sequence();
