-- Mail through a transactional outbox: a message is a row written in the same transaction
-- as the change that causes it, so a rolled-back change mails nothing and a committed one
-- is never lost. Each serve process's sender claims due rows (FOR UPDATE SKIP LOCKED, then a
-- lease), sends them and records the outcome; a sender that dies mid-send leaves its lease
-- to expire and the message is sent again with the same Message-ID.
create table mail_outbox (
    id               bigint generated always as identity primary key,
    event_id         bigint not null references events (id) on delete cascade,
    attendee_id      bigint not null references attendees (id) on delete cascade,
    -- what the message says (invitation, request_received, ...); rendered when sent, in
    -- the recipient's language at that moment, from the ids in the payload
    kind             text not null,
    -- the preference switch it falls under; 'essential' cannot be switched off
    category         text not null,
    payload          jsonb not null default '{}'::jsonb,
    -- one message per cause (a reminder per meeting and time): a second insert does nothing
    dedupe_key       text,
    -- stable for the row's whole life: a re-send after a crash carries the same Message-ID
    message_uuid     uuid not null default gen_random_uuid() unique,
    status           text not null default 'pending'
                     check (status in ('pending', 'sent', 'failed')),
    attempts         integer not null default 0,
    next_attempt_at  timestamptz not null default now(),
    claimed_until    timestamptz,
    claimed_by       text,
    last_error       text not null default '',
    created_at       timestamptz not null default now(),
    sent_at          timestamptz
);
create unique index mail_outbox_dedupe_key on mail_outbox (dedupe_key) where dedupe_key is not null;
create index mail_outbox_due_idx on mail_outbox (next_attempt_at, id) where status = 'pending';
create index mail_outbox_attendee_idx on mail_outbox (attendee_id, id);
create index mail_outbox_event_idx on mail_outbox (event_id, id);

-- An attendee's mail: the language it is written in and the categories switched off.
create table mail_preferences (
    attendee_id  bigint primary key references attendees (id) on delete cascade,
    language     text not null default 'en' check (language in ('en', 'fr')),
    switched_off text[] not null default '{}',
    updated_at   timestamptz not null default now()
);

-- The organiser's choices per event: which kinds of message go out, and when reminders do.
create table event_mail_settings (
    event_id                 bigint primary key references events (id) on delete cascade,
    disabled_kinds           text[] not null default '{}',
    meeting_reminder_minutes integer not null default 15
                             check (meeting_reminder_minutes between 1 and 10080),
    request_reminder_hours   integer not null default 24
                             check (request_reminder_hours between 1 and 720),
    updated_at               timestamptz not null default now()
);

-- Sign-in links asked for on the sign-in page, by the hash of the address typed (known or
-- not, so the limit itself reveals nothing): a few per hour per address.
create table signin_link_requests (
    id            bigint generated always as identity primary key,
    event_id      bigint not null references events (id) on delete cascade,
    email_hash    bytea not null,
    requested_at  timestamptz not null default now()
);
create index signin_link_requests_email_idx on signin_link_requests (event_id, email_hash, requested_at);
