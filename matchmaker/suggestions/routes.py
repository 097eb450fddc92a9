"""HTTP routes: suggestions, search, dismiss and block (attendee); settings and preview
(organiser)."""

from __future__ import annotations

from typing import Annotated

from litestar import Controller, Response, delete, get, post, put
from litestar.datastructures import State
from litestar.params import JSONBody, QueryParameter

from matchmaker.audit import service as audit
from matchmaker.errors import Conflict, NotFound
from matchmaker.events.match_settings import MatchSettings
from matchmaker.events.service import (
    check_organisation_type_pairs,
    get_match_settings,
    save_match_settings,
)
from matchmaker.matching import PreviewReport
from matchmaker.suggestions import service
from matchmaker.suggestions.schemas import SearchResults, SuggestionList
from matchmaker.suggestions.service import SearchFilters
from matchmaker.suggestions.settings_service import preview_settings
from matchmaker.web.dependencies import Conn, CurrentEvent, Me, PathId, organiser_only
from matchmaker.web.openapi import refuses

EVENT_PATH = "/api/v1/events/{event_slug:str}"


class SuggestionController(Controller):
    path = EVENT_PATH
    tags = ["attendee"]

    @get("/suggestions", summary="My suggested contacts, best first, with reasons")
    async def suggestions(
        self,
        conn: Conn,
        event: CurrentEvent,
        me: Me,
        state: State,
        limit: Annotated[int, QueryParameter(ge=1, le=100)] = 20,
    ) -> SuggestionList:
        settings = await get_match_settings(conn, event.id)
        return await service.suggestions_for(conn, state.matchers, event, me, settings, limit)

    @post("/suggestions/{attendee_id:int}/dismiss", status_code=204, summary="Never suggest them")
    @refuses(Conflict)
    async def dismiss(self, conn: Conn, event: CurrentEvent, me: Me, attendee_id: PathId) -> None:
        await service.dismiss(conn, event, me, attendee_id)

    @delete(
        "/suggestions/{attendee_id:int}/dismiss",
        status_code=204,
        summary="Undo a dismissal: they may be suggested again",
    )
    @refuses(Conflict)
    async def undismiss(self, conn: Conn, event: CurrentEvent, me: Me, attendee_id: PathId) -> None:
        await service.undismiss(conn, event, me, attendee_id)

    @get(
        "/search",
        summary="Attendees ranked by meaning, narrowed by country, language or topic",
        description="Without `q`, everyone matching the filters (or everyone), by name.",
    )
    async def search(
        self,
        conn: Conn,
        event: CurrentEvent,
        me: Me,
        state: State,
        q: Annotated[str, QueryParameter(max_length=500)] = "",
        country: Annotated[str | None, QueryParameter(pattern=r"^[A-Z]{2}(?!\n)$")] = None,
        language: Annotated[str | None, QueryParameter(pattern=r"^[a-z]{2}(?!\n)$")] = None,
        topic: Annotated[str | None, QueryParameter(max_length=63)] = None,
        limit: Annotated[int, QueryParameter(ge=1, le=100)] = 20,
    ) -> SearchResults:
        filters = SearchFilters(country=country, language=language, topic=topic)
        return await service.search_attendees(conn, state.matchers, event, me, q, limit, filters)

    @post("/attendees/{attendee_id:int}/block", status_code=204, summary="Block a person")
    @refuses(Conflict)
    async def block(self, conn: Conn, event: CurrentEvent, me: Me, attendee_id: PathId) -> None:
        await service.block(conn, event, me, attendee_id)

    @delete("/attendees/{attendee_id:int}/block", status_code=204, summary="Unblock a person")
    @refuses(Conflict)
    async def unblock(self, conn: Conn, event: CurrentEvent, me: Me, attendee_id: PathId) -> None:
        await service.unblock(conn, event, me, attendee_id)


class MatchSettingsController(Controller):
    path = EVENT_PATH + "/settings"
    tags = ["organiser"]
    guards = [organiser_only]

    @get("/", summary="The event's match settings")
    async def read(self, conn: Conn, event: CurrentEvent) -> MatchSettings:
        return await get_match_settings(conn, event.id)

    @put("/", summary="Replace the match settings; they take effect at once")
    @refuses(NotFound)
    async def replace(
        self, conn: Conn, event: CurrentEvent, data: JSONBody[MatchSettings]
    ) -> MatchSettings:
        check_organisation_type_pairs(event, data)
        saved = await save_match_settings(conn, event.id, data)
        await audit.record(conn, event.id, audit.API, "match_settings.changed")
        return saved

    @post("/preview", status_code=200, summary="What these settings would change, unsaved")
    @refuses(NotFound)
    async def preview(
        self, conn: Conn, event: CurrentEvent, state: State, data: JSONBody[MatchSettings]
    ) -> Response[PreviewReport | None]:
        check_organisation_type_pairs(event, data)
        return Response(await preview_settings(conn, state.matchers, event, data))
