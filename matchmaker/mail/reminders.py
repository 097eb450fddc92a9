"""Reminders that become due with time rather than with a change: before each meeting, for a
request still unanswered, and the notice that a request expired. Every process runs this
periodically; each statement writes an outbox row at most once per cause (its dedupe key),
so any number of processes, running it any number of times, mail each reminder once.

The timings are the organiser's per event (``event_mail_settings``); an event without a row
has the defaults of the table. No HTTP here."""

from __future__ import annotations

import asyncpg

from matchmaker.mail.notify import ANSWERS, REMINDERS, REQUESTS

# Reminders are not sent late: one that fell due more than six hours ago is skipped (a
# service down for a day does not mail about old requests afterwards).


async def enqueue_due(conn: asyncpg.Connection) -> int:
    """Write every reminder and expiry notice that is due and not yet written; returns how
    many were written."""
    written = 0
    written += await _write(
        conn,
        """
        select m.id as subject_id, p.attendee_id, 'meeting_reminder' as kind, $1::text as category,
               'meeting-reminder:' || m.id || ':' || p.attendee_id || ':'
                   || extract(epoch from sl.starts_at)::bigint as dedupe_key,
               jsonb_build_object('meeting_id', m.id) as payload
        from meetings m
        join session_slots sl on sl.id = m.slot_id
        join meeting_participants p on p.meeting_id = m.id and p.active
        left join event_mail_settings s on s.event_id = m.event_id
        where m.status = 'booked'
          and sl.starts_at > now()
          and sl.starts_at - make_interval(mins => coalesce(s.meeting_reminder_minutes, 15))
              <= now()
        """,
        REMINDERS,
    )
    written += await _write(
        conn,
        """
        select r.id as subject_id, r.to_id as attendee_id, 'request_reminder' as kind,
               $1::text as category, 'request-reminder:' || r.id as dedupe_key,
               jsonb_build_object('request_id', r.id) as payload
        from meeting_requests r
        left join event_mail_settings s on s.event_id = r.event_id
        where r.status = 'pending' and r.expires_at > now()
          and r.created_at + make_interval(hours => coalesce(s.request_reminder_hours, 24))
              <= now()
          and r.created_at + make_interval(hours => coalesce(s.request_reminder_hours, 24))
              > now() - interval '6 hours'
        """,
        REQUESTS,
    )
    written += await _write(
        conn,
        """
        select r.id as subject_id, r.from_id as attendee_id, 'request_expired' as kind,
               $1::text as category, 'request-expired:' || r.id as dedupe_key,
               jsonb_build_object('request_id', r.id) as payload
        from meeting_requests r
        where (r.status = 'expired' or (r.status = 'pending' and r.expires_at <= now()))
          and r.expires_at > now() - interval '6 hours'
        """,
        ANSWERS,
    )
    return written


async def _write(conn: asyncpg.Connection, due_sql: str, category: str) -> int:
    """Insert the due rows of ``due_sql`` as messages, respecting the person's switches and
    the organiser's, and skipping those already written (the dedupe key)."""
    # The statements are this module's constants, never input.
    sql = "with due as (" + due_sql + ")," + _INSERT
    count: int = await conn.fetchval(sql, category)
    return count


_INSERT = """
        written as (
            insert into mail_outbox (event_id, attendee_id, kind, category, payload, dedupe_key)
            select a.event_id, a.id, due.kind, due.category, due.payload, due.dedupe_key
            from due
            join attendees a on a.id = due.attendee_id
            left join mail_preferences p on p.attendee_id = a.id
            left join event_mail_settings s on s.event_id = a.event_id
            where not coalesce(due.category = any(p.switched_off), false)
              and not coalesce(due.kind = any(s.disabled_kinds), false)
            on conflict (dedupe_key) where dedupe_key is not null do nothing
            returning 1
        )
        select count(*) from written
"""
