"""HTTP routes for the organiser's mail: inviting attendees and the event's mail settings."""

from __future__ import annotations

from typing import Annotated

import msgspec
from litestar import Controller, get, post, put
from litestar.datastructures import State
from litestar.params import JSONBody
from msgspec import Meta

from matchmaker.errors import Conflict, NotFound, Unavailable
from matchmaker.ids import MAX_ID
from matchmaker.mail.event_settings import MailSettings, mail_settings, save_mail_settings
from matchmaker.mail.invitations import invite
from matchmaker.mail.preview import MailPreview, Outbox, outbox_of, preview
from matchmaker.web.dependencies import Conn, CurrentEvent, PathId, organiser_only
from matchmaker.web.openapi import refuses

EVENT_PATH = "/api/v1/events/{event_slug:str}"
MAX_INVITED = 100_000


class InvitationRequest(msgspec.Struct, frozen=True, kw_only=True, forbid_unknown_fields=True):
    """Whom to invite: exactly one of the three."""

    attendee_ids: (
        Annotated[list[Annotated[int, Meta(ge=1, le=MAX_ID)]], Meta(max_length=MAX_INVITED)] | None
    ) = None
    all: bool = False
    not_signed_in: bool = False
    """Everyone who has never signed in to the attendee app."""


class InvitationsQueued(msgspec.Struct, frozen=True, kw_only=True):
    queued: int
    """Invitations written to the outbox; each is mailed with a new personal sign-in link."""


class MailController(Controller):
    path = EVENT_PATH
    tags = ["organiser"]
    guards = [organiser_only]

    @post("/invitations", status_code=202, summary="Invite attendees by mail")
    @refuses(Conflict, NotFound)
    async def invitations(
        self, conn: Conn, event: CurrentEvent, state: State, data: JSONBody[InvitationRequest]
    ) -> InvitationsQueued:
        queued = await invite(
            conn,
            event,
            attendee_ids=data.attendee_ids,
            everyone=data.all,
            not_signed_in=data.not_signed_in,
            valid_days=state.settings.signin_link_days,
        )
        return InvitationsQueued(queued=queued)

    @get("/mail-settings", summary="Which messages go out, and when reminders do")
    async def get_settings(self, conn: Conn, event: CurrentEvent) -> MailSettings:
        return await mail_settings(conn, event.id)

    @put("/mail-settings", summary="Change which messages go out, and when reminders do")
    async def put_settings(
        self, conn: Conn, event: CurrentEvent, data: JSONBody[MailSettings]
    ) -> MailSettings:
        return await save_mail_settings(conn, event.id, data)

    @get("/mail", summary="The event's mail: each message and what became of it")
    async def outbox(self, conn: Conn, event: CurrentEvent, state: State) -> Outbox:
        return await outbox_of(conn, event.id, sending=bool(state.settings.smtp_url))

    @get("/mail/{message_id:int}", summary="One message as it is sent (the mail preview)")
    @refuses(NotFound, Unavailable)
    async def message(
        self, conn: Conn, event: CurrentEvent, state: State, message_id: PathId
    ) -> MailPreview:
        composer = getattr(state, "mail_composer", None)
        if composer is None:
            raise Unavailable("mail is not ready yet; retry shortly")
        return await preview(conn, event.id, message_id, composer.render)
