-- Exports uploaded in the organiser console's import wizard, kept between its steps
-- (preview, mapping, dry run, commit) so the file is sent once. Old ones are deleted when a
-- new one is uploaded.
create table registration_uploads (
    id            bigint generated always as identity primary key,
    event_id      bigint not null references events (id) on delete cascade,
    filename      text not null,
    content       bytea not null,
    -- the chosen target field per column of the file ("" = left out), once chosen
    mapping       text[],
    preset        text,
    created_at    timestamptz not null default now(),
    committed_at  timestamptz
);
create index registration_uploads_event_id_idx on registration_uploads (event_id);
create index registration_uploads_created_at_idx on registration_uploads (created_at);
