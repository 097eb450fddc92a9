"""The outbox sender against a real SMTP server (aiosmtpd): what is written in a transaction
is delivered once with a stable Message-ID; a rolled-back change mails nothing; two senders
on one database never send a message twice; a sender killed mid-batch loses nothing; an SMTP
server that is down is retried until it is back; a message refused for good is failed."""

from __future__ import annotations

import asyncio
import contextlib
import json
from typing import Any

import asyncpg
import pytest

from conftest import PoolOf
from mail_world import MAIL_FROM, SmtpServer
from matchmaker.mail import notify
from matchmaker.mail.sender import MailSender, SenderConfig
from matchmaker.mail.smtp import SmtpConfig
from matchmaker.pages.i18n import Translators
from matchmaker.pages.mail.compose import Composer
from matchmaker.signin.service import issue_link

pytestmark = pytest.mark.usefixtures("smtp_server")


def composer() -> Composer:
    return Composer(Translators(), "http://meet.example.org", MAIL_FROM, lambda: "a-secret")


def sender(pool: asyncpg.Pool, server: SmtpServer, name: str, **config: Any) -> MailSender:
    options: dict[str, Any] = {"retry_base_s": 0.1, "poll_interval_s": 0.02, **config}
    return MailSender(
        pool,
        SmtpConfig.from_url(server.url),
        composer().render,
        SenderConfig(mail_from=MAIL_FROM, **options),
        name=name,
    )


async def invite_everyone(db: asyncpg.Connection, count: int, create_attendee: Any) -> list[int]:
    """``count`` attendees, each with an invitation in the outbox (one transaction each)."""
    await db.set_type_codec("jsonb", encoder=json.dumps, decoder=json.loads, schema="pg_catalog")
    ids = []
    for n in range(count):
        attendee_id, _ = await create_attendee(f"Person {n:03d}")
        event_id = await db.fetchval("select event_id from attendees where id = $1", attendee_id)
        async with db.transaction():
            link = await issue_link(db, event_id, attendee_id, 30)
            await notify.invitation(db, attendee_id, link.token, link.code)
        ids.append(attendee_id)
    return ids


async def expected_ids(db: asyncpg.Connection) -> set[str]:
    rows = await db.fetch("select message_uuid from mail_outbox")
    return {f"<{row['message_uuid']}@sdc.example.org>" for row in rows}


async def drain(*senders: MailSender, until: Any, timeout_s: float = 20.0) -> None:
    """Run the senders side by side until ``until()`` holds."""
    tasks = [asyncio.create_task(s.run()) for s in senders]
    try:
        async with asyncio.timeout(timeout_s):
            while not await until():  # noqa: ASYNC110 - the database is polled, not signalled
                await asyncio.sleep(0.05)
    finally:
        for task in tasks:
            task.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await task


def all_sent(db: asyncpg.Connection) -> Any:
    async def check() -> bool:
        return not await db.fetchval("select count(*) from mail_outbox where status <> 'sent'")

    return check


async def test_a_message_is_delivered_once_with_its_stable_message_id(
    db: asyncpg.Connection, pool_of: PoolOf, smtp_server: SmtpServer, create_attendee: Any
) -> None:
    await invite_everyone(db, 1, create_attendee)
    pool = await pool_of(2)
    await drain(sender(pool, smtp_server, "one"), until=all_sent(db))
    [message] = smtp_server.inbox.messages()
    assert set(smtp_server.inbox.message_ids()) == await expected_ids(db)
    assert message["From"] == '"Security, Democracy & Cities" <meet@sdc.example.org>'
    assert message["To"] == "Person 000 <person.000@example.org>"
    assert "Your invitation to Security, Democracy & Cities" in str(message["Subject"])
    # An invitation is essential: it carries no unsubscribe header.
    assert message["List-Unsubscribe"] is None
    row = await db.fetchrow("select status, attempts, sent_at from mail_outbox")
    assert row["status"] == "sent"
    assert row["attempts"] == 1
    assert row["sent_at"] is not None


async def test_a_rolled_back_change_mails_nothing(
    db: asyncpg.Connection, create_attendee: Any
) -> None:
    await db.set_type_codec("jsonb", encoder=json.dumps, decoder=json.loads, schema="pg_catalog")
    attendee_id, _ = await create_attendee("Ann Example")
    event_id = await db.fetchval("select event_id from attendees where id = $1", attendee_id)
    transaction = db.transaction()
    await transaction.start()
    link = await issue_link(db, event_id, attendee_id, 30)
    await notify.invitation(db, attendee_id, link.token, link.code)
    await transaction.rollback()
    assert await db.fetchval("select count(*) from mail_outbox") == 0


async def test_two_senders_on_one_database_never_send_a_message_twice(
    db: asyncpg.Connection, pool_of: PoolOf, smtp_server: SmtpServer, create_attendee: Any
) -> None:
    await invite_everyone(db, 30, create_attendee)
    first, second = await pool_of(2), await pool_of(2)
    await drain(
        sender(first, smtp_server, "host-a", batch_size=4),
        sender(second, smtp_server, "host-b", batch_size=4),
        until=all_sent(db),
    )
    received = smtp_server.inbox.message_ids()
    assert len(received) == 30
    assert set(received) == await expected_ids(db)
    # Both took part (or the test proves nothing about two senders).
    assert await db.fetchval("select count(distinct claimed_by) from mail_outbox") == 2


async def test_a_sender_killed_mid_batch_loses_nothing_and_resends_with_the_same_id(
    db: asyncpg.Connection, pool_of: PoolOf, smtp_server: SmtpServer, create_attendee: Any
) -> None:
    await invite_everyone(db, 12, create_attendee)
    # A slow server, so the kill lands inside the batch even when this test's own steps are
    # slowed by a busy machine (the batch takes 3.6 s; the kill comes after the second).
    smtp_server.inbox.delay_s = 0.3
    pool = await pool_of(2)
    doomed = asyncio.create_task(sender(pool, smtp_server, "doomed", lease_s=1.0).run())
    await smtp_server.inbox.wait_for(lambda messages: len(messages) >= 2, what="two messages")
    doomed.cancel()
    with contextlib.suppress(asyncio.CancelledError):
        await doomed
    stranded = await db.fetchval(
        "select count(*) from mail_outbox where status = 'pending' and claimed_by = 'doomed'"
    )
    assert stranded > 0, "the kill should leave claimed messages unsent"
    # Another sender takes them over once the dead one's lease has run out.
    smtp_server.inbox.delay_s = 0.0
    await drain(sender(await pool_of(2), smtp_server, "survivor"), until=all_sent(db))
    received = smtp_server.inbox.message_ids()
    assert set(received) == await expected_ids(db)
    # At worst the message in flight at the kill went twice, with the same Message-ID.
    assert len(received) - len(set(received)) <= 1


async def test_smtp_down_is_retried_until_the_server_is_back(
    db: asyncpg.Connection, pool_of: PoolOf, smtp_server: SmtpServer, create_attendee: Any
) -> None:
    await invite_everyone(db, 3, create_attendee)
    smtp_server.stop()
    one = sender(await pool_of(2), smtp_server, "patient")
    assert await one.send_due() == 3
    rows = await db.fetch(
        "select status, attempts, last_error, next_attempt_at > now() as later from mail_outbox"
    )
    assert all(r["status"] == "pending" and r["attempts"] == 1 and r["later"] for r in rows)
    assert all("unreachable" in r["last_error"] for r in rows)
    # Still down at the next attempt: the delay doubles.
    await asyncio.sleep(0.15)
    await one.send_due()
    assert await db.fetchval("select min(attempts) from mail_outbox") == 2
    smtp_server.start()
    await drain(one, until=all_sent(db))
    assert set(smtp_server.inbox.message_ids()) == await expected_ids(db)
    assert await db.fetchval("select count(*) from mail_outbox where last_error <> ''") == 0


async def test_after_the_last_attempt_a_message_is_recorded_as_failed(
    db: asyncpg.Connection, pool_of: PoolOf, smtp_server: SmtpServer, create_attendee: Any
) -> None:
    await invite_everyone(db, 1, create_attendee)
    smtp_server.stop()
    one = sender(await pool_of(2), smtp_server, "hopeless", max_attempts=2, retry_base_s=0.01)
    await one.send_due()
    await asyncio.sleep(0.05)
    await one.send_due()
    row = await db.fetchrow("select status, attempts, last_error from mail_outbox")
    assert row["status"] == "failed"
    assert row["attempts"] == 2
    assert "unreachable" in row["last_error"]


def test_the_smtp_url_says_how_to_connect() -> None:
    plain = SmtpConfig.from_url("smtp://user%40x:p%3Ass@mail.example.org:587?starttls=1")
    assert (plain.hostname, plain.port, plain.start_tls, plain.use_tls) == (
        "mail.example.org",
        587,
        True,
        False,
    )
    assert (plain.username, plain.password) == ("user@x", "p:ss")
    implicit = SmtpConfig.from_url("smtps://mail.example.org")
    assert (implicit.port, implicit.use_tls, implicit.start_tls) == (465, True, False)
    with pytest.raises(ValueError, match="smtp://"):
        SmtpConfig.from_url("http://mail.example.org")
