-- Several API hosts, one PostgreSQL: every host keeps its event indexes fresh from attendee
-- changes, and must be able to tell when it missed one.
--
-- Each attendee change gets a per-event version. The counter row stays locked by the
-- changing transaction until it commits, so versions are handed out in commit order, and a
-- rolled-back change gives its number back: the sequence has no gaps. The change log keeps
-- which attendee each version touched, so a host that missed notifications (listener
-- reconnecting, notification lost, failover) reads exactly what it missed. The log is
-- pruned by age; a host whose missing range was pruned rebuilds that event instead.
--
-- Neither table references events: the attendee trigger also runs while an event's cascade
-- delete removes its attendees, when the event row is already gone.

create table event_change_versions (
    event_id  bigint primary key,
    version   bigint not null check (version > 0)
);

create table attendee_changes (
    event_id     bigint not null,
    version      bigint not null,
    attendee_id  bigint not null,
    changed_at   timestamptz not null default now(),
    primary key (event_id, version)
);
create index attendee_changes_changed_at_idx on attendee_changes (changed_at);

-- Replaces 0001's function (same trigger): the payload is now event:attendee:version.
create or replace function notify_attendee_changed() returns trigger
language plpgsql as $$
declare
    changed_event bigint;
    changed_attendee bigint;
    next_version bigint;
begin
    if tg_op = 'DELETE' then
        changed_event := old.event_id;
        changed_attendee := old.id;
    else
        changed_event := new.event_id;
        changed_attendee := new.id;
    end if;
    insert into event_change_versions as v (event_id, version)
    values (changed_event, 1)
    on conflict (event_id) do update set version = v.version + 1
    returning v.version into next_version;
    insert into attendee_changes (event_id, version, attendee_id)
    values (changed_event, next_version, changed_attendee);
    perform pg_notify(
        'attendee_changed',
        changed_event::text || ':' || changed_attendee::text || ':' || next_version::text
    );
    return null;  -- the result of an after trigger is ignored
end;
$$;
