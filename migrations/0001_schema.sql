-- The whole schema of matchmaker. Booking integrity lives here, not in the application:
-- a table holds one meeting per slot (partial unique index) and a person is in at most one
-- meeting at any moment (exclusion constraint over time ranges, across all sessions).

create extension if not exists btree_gist;

create table events (
    id          bigint generated always as identity primary key,
    slug        text not null unique check (slug ~ '^[a-z0-9][a-z0-9-]{0,62}$'),
    name        text not null,
    timezone    text not null,
    -- Organiser match settings as one validated document; the application owns its shape.
    match_settings jsonb not null default '{}'::jsonb,
    created_at  timestamptz not null default now()
);

create table topics (
    id        bigint generated always as identity primary key,
    event_id  bigint not null references events (id) on delete cascade,
    slug      text not null,
    label     text not null,
    position  integer not null,
    unique (event_id, slug)
);

create table attendees (
    id                 bigint generated always as identity primary key,
    event_id           bigint not null references events (id) on delete cascade,
    email              text not null,
    name               text not null,
    role               text not null default '',
    organisation       text not null default '',
    organisation_type  text not null default 'other',
    city               text not null default '',
    country            text not null default '',
    languages          text[] not null default '{}',
    topics             text[] not null default '{}',
    seeking            text not null default '',
    offering           text not null default '',
    bio                text not null default '',
    consent            boolean not null default false,
    -- Profile fields the attendee keeps from other attendees' eyes.
    hidden_fields      text[] not null default '{}',
    token_hash         bytea not null unique,
    created_at         timestamptz not null default now(),
    updated_at         timestamptz not null default now()
);
create unique index attendees_event_email_key on attendees (event_id, lower(email));
create index attendees_event_id_idx on attendees (event_id, id);

create table attendee_embeddings (
    attendee_id   bigint not null references attendees (id) on delete cascade,
    kind          text not null check (kind in ('seeking', 'offering', 'profile')),
    model         text not null,
    content_hash  bytea not null,
    -- float32, little-endian, L2-normalised
    vector        bytea not null,
    updated_at    timestamptz not null default now(),
    primary key (attendee_id, kind, model)
);

create table dismissals (
    attendee_id   bigint not null references attendees (id) on delete cascade,
    dismissed_id  bigint not null references attendees (id) on delete cascade,
    created_at    timestamptz not null default now(),
    primary key (attendee_id, dismissed_id),
    check (attendee_id <> dismissed_id)
);
create index dismissals_dismissed_id_idx on dismissals (dismissed_id);

create table blocks (
    attendee_id  bigint not null references attendees (id) on delete cascade,
    blocked_id   bigint not null references attendees (id) on delete cascade,
    created_at   timestamptz not null default now(),
    primary key (attendee_id, blocked_id),
    check (attendee_id <> blocked_id)
);
create index blocks_blocked_id_idx on blocks (blocked_id);

create table networking_sessions (
    id            bigint generated always as identity primary key,
    event_id      bigint not null references events (id) on delete cascade,
    name          text not null,
    starts_at     timestamptz not null,
    ends_at       timestamptz not null,
    slot_minutes  integer not null check (slot_minutes between 5 and 240),
    created_at    timestamptz not null default now(),
    check (ends_at > starts_at)
);
create index networking_sessions_event_id_idx on networking_sessions (event_id, starts_at);

create table session_slots (
    id          bigint generated always as identity primary key,
    session_id  bigint not null references networking_sessions (id) on delete cascade,
    position    integer not null,
    starts_at   timestamptz not null,
    ends_at     timestamptz not null,
    check (ends_at > starts_at),
    unique (session_id, position),
    -- target of the composite foreign key that keeps a meeting's slot and table in one session
    unique (session_id, id)
);

create table session_tables (
    id          bigint generated always as identity primary key,
    session_id  bigint not null references networking_sessions (id) on delete cascade,
    position    integer not null,
    label       text not null,
    unique (session_id, label),
    unique (session_id, position),
    unique (session_id, id)
);

create table attendee_unavailability (
    attendee_id  bigint not null references attendees (id) on delete cascade,
    slot_id      bigint not null references session_slots (id) on delete cascade,
    primary key (attendee_id, slot_id)
);
create index attendee_unavailability_slot_id_idx on attendee_unavailability (slot_id);

create table meeting_requests (
    id            bigint generated always as identity primary key,
    event_id      bigint not null references events (id) on delete cascade,
    from_id       bigint not null references attendees (id) on delete cascade,
    to_id         bigint not null references attendees (id) on delete cascade,
    message       text not null default '',
    status        text not null default 'pending'
                  check (status in ('pending', 'accepted', 'declined', 'withdrawn', 'expired', 'cancelled')),
    created_at    timestamptz not null default now(),
    expires_at    timestamptz not null,
    responded_at  timestamptz,
    check (from_id <> to_id)
);
-- At most one open request per pair, whichever direction it was sent in.
create unique index meeting_requests_open_pair_key
    on meeting_requests (event_id, least(from_id, to_id), greatest(from_id, to_id))
    where status in ('pending', 'accepted');
create index meeting_requests_from_id_idx on meeting_requests (from_id, status);
create index meeting_requests_to_id_idx on meeting_requests (to_id, status);

create table meetings (
    id            bigint generated always as identity primary key,
    event_id      bigint not null references events (id) on delete cascade,
    session_id    bigint not null references networking_sessions (id) on delete cascade,
    slot_id       bigint not null,
    table_id      bigint not null,
    request_id    bigint references meeting_requests (id) on delete set null,
    status        text not null default 'booked' check (status in ('booked', 'cancelled')),
    -- 'request', 'scheduler' or 'organiser': who placed it
    source        text not null default 'request',
    created_at    timestamptz not null default now(),
    cancelled_at  timestamptz,
    foreign key (session_id, slot_id) references session_slots (session_id, id) on delete cascade,
    foreign key (session_id, table_id) references session_tables (session_id, id) on delete cascade
);
-- A table holds at most one meeting per slot.
create unique index meetings_table_slot_key on meetings (slot_id, table_id) where status = 'booked';
-- A request is booked at most once.
create unique index meetings_request_key on meetings (request_id) where status = 'booked';
create index meetings_event_id_idx on meetings (event_id, status);
create index meetings_session_id_idx on meetings (session_id);
create index meetings_table_id_idx on meetings (table_id);

create table meeting_participants (
    meeting_id   bigint not null references meetings (id) on delete cascade,
    attendee_id  bigint not null references attendees (id) on delete cascade,
    during       tstzrange not null,
    active       boolean not null default true,
    primary key (meeting_id, attendee_id),
    -- A person is in at most one meeting at any moment, across every session of the event.
    constraint meeting_participants_no_overlap
        exclude using gist (attendee_id with =, during with &&) where (active)
);
create index meeting_participants_attendee_id_idx on meeting_participants (attendee_id);

create table idempotency_keys (
    attendee_id      bigint not null references attendees (id) on delete cascade,
    key              text not null,
    request_hash     bytea not null,
    response_status  integer not null,
    response_body    jsonb not null,
    created_at       timestamptz not null default now(),
    primary key (attendee_id, key)
);

-- Index caches on every API host follow attendee changes through these notifications.
create function notify_attendee_changed() returns trigger
language plpgsql as $$
begin
    if tg_op = 'DELETE' then
        perform pg_notify('attendee_changed', old.event_id::text || ':' || old.id::text);
        return old;
    end if;
    perform pg_notify('attendee_changed', new.event_id::text || ':' || new.id::text);
    return new;
end;
$$;

create trigger attendees_notify_changed
    after insert or update or delete on attendees
    for each row execute function notify_attendee_changed();
