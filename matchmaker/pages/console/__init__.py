"""The organiser console under ``/e/{event}/console/``: the HTML client of the organiser
services, for an event's team (owners and staff) signed in with a browser session.

How a console page plugs in
---------------------------
1. Write a ``litestar.Controller`` in a module of this package (``import_pages.py``…). Its
   paths are relative to ``/e/{event_slug}/console`` (``@get("/import")``). Add the class
   to ``CONSOLE_CONTROLLERS`` in ``routes.py``; nothing else registers it.
2. Take the signed-in organiser as a handler parameter: ``organiser: Organiser`` (any
   member of the team: staff or owner) or ``owner: Owner`` (owners only: staff get 403),
   both from ``dependencies.py``, together with ``conn: Conn`` and ``event: CurrentEvent``
   from ``matchmaker.web.dependencies`` and ``t: T`` (the reader's translator). Without a
   session the visitor is sent to the console's sign-in; an attendee's session gets 403.
   Inside a handler, ``require_owner(organiser)`` refuses staff the same way (for a page
   that shows to staff but whose action is owner-only).
3. Render with ``console_page(request, "console/your_page.html", event=event,
   organiser=organiser, active="import", …)`` from ``rendering.py``; the template
   ``{% extends "console/base.html" %}`` and fills ``title`` and ``content`` (optionally
   ``head`` for a page's own stylesheet). ``active`` is the key of the navigation item to
   mark as current (``navigation.CONSOLE_NAV``). Templates live in ``templates/`` here.
4. Forms post with ``{{ csrf_input | safe }}``; answer with ``see_other`` after a success
   (post/redirect/get) and ``flash`` a message; call the same service the JSON API calls.
   Record what changed with ``matchmaker.audit.service.record`` (see that module).
5. Every text goes through ``_()`` / ``t.gettext`` and gets its French in
   ``matchmaker/pages/locale/fr/LC_MESSAGES/messages.po`` (``scripts/translations.py``).
"""
