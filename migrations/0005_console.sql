-- The organiser console: organiser accounts (owners and staff) who sign in with the same
-- personal links and typed codes as attendees, the audit log of what organisers did, and
-- each event's own list of organisation types (until now a list fixed in the code).

-- An event's team. Owners may do everything; staff may not change the team, erase people or
-- other owner-only actions. The organiser token (MATCHMAKER_ADMIN_TOKEN) signs in as the
-- event's "token holder" account, an owner made the first time it is used.
create table organiser_accounts (
    id            bigint generated always as identity primary key,
    event_id      bigint not null references events (id) on delete cascade,
    name          text not null,
    email         text not null default '',
    role          text not null check (role in ('owner', 'staff')),
    token_holder  boolean not null default false,
    created_at    timestamptz not null default now(),
    updated_at    timestamptz not null default now()
);
create unique index organiser_accounts_event_email_key
    on organiser_accounts (event_id, lower(email)) where email <> '';
create unique index organiser_accounts_token_holder_key
    on organiser_accounts (event_id) where token_holder;

-- Sign-in links and codes now belong to an attendee or to an organiser account, never both.
alter table signin_links
    add column organiser_id bigint references organiser_accounts (id) on delete cascade;
alter table signin_links drop constraint signin_links_principal;
alter table signin_links
    add constraint signin_links_principal check (num_nonnulls(attendee_id, organiser_id) = 1);
create index signin_links_organiser_id_idx on signin_links (organiser_id);

-- What organisers did, by whom and when. The actor's name is copied so the entry still says
-- who it was after the account is removed; API calls with the organiser token have no account.
-- Details hold ids and counts, not personal data (an erased attendee stays erased).
create table audit_log (
    id          bigint generated always as identity primary key,
    event_id    bigint not null references events (id) on delete cascade,
    at          timestamptz not null default now(),
    actor_id    bigint references organiser_accounts (id) on delete set null,
    actor_name  text not null,
    action      text not null,
    details     jsonb not null default '{}'::jsonb
);
create index audit_log_event_id_idx on audit_log (event_id, id desc);

-- Each event's organisation types, like its topics: attendees pick one, and match settings may
-- forbid pairs of them. Existing events get the list every event had so far.
create table organisation_types (
    id        bigint generated always as identity primary key,
    event_id  bigint not null references events (id) on delete cascade,
    slug      text not null,
    label     text not null,
    position  integer not null,
    unique (event_id, slug)
);

insert into organisation_types (event_id, slug, label, position)
select e.id, t.slug, t.label, t.position
from events e
cross join (
    values
        ('local_authority', 'Local authority', 1),
        ('regional_authority', 'Regional authority', 2),
        ('national_authority', 'National authority', 3),
        ('police', 'Police', 4),
        ('justice', 'Justice', 5),
        ('ngo', 'NGO or association', 6),
        ('research', 'Research', 7),
        ('private_sector', 'Private sector', 8),
        ('international_organisation', 'International organisation', 9),
        ('other', 'Other', 10)
) as t (slug, label, position);
