"""Speed and weight of the attendee app on the demo event.

Runs the service (``serve --demo`` in this process, on its own embedded PostgreSQL unless
DATABASE_URL is set), signs a demo attendee in through their personal link, gives them a
booked meeting and a request to answer, then:

- server time (the ``Server-Timing`` header: handler, database and rendering) of Today,
  People and Schedule over N requests each: p50, p95, max — against the JSON routes the
  pages call (suggestions, agenda, the request list) measured in the same run, as baseline;
- with Chromium (Playwright, cold cache): the bytes each page transfers with everything it
  loads (no page uses web fonts), and how many requests go anywhere but the server.

Targets from the issue: p95 <= 30 ms, <= 100 KB per page, 0 external requests.

Usage: python scripts/bench_pages.py [--requests 200] [--hashing-embedder] [--no-browser]
"""

from __future__ import annotations

import argparse
import logging
import os
import re
import socket
import statistics
import tempfile
import threading
import time
from dataclasses import replace
from pathlib import Path

import httpx
import uvicorn

from matchmaker.app import create_app
from matchmaker.matching import Embedder, HashingEmbedder
from matchmaker.pages.attendee.people import SUGGESTIONS
from matchmaker.settings import Settings

PAGES = {"Today": "/", "People": "/people", "Schedule": "/schedule"}
CSRF = re.compile(r'name="_csrf_token" value="([^"]+)"')
CHROMIUM = ("/usr/bin/chromium-headless-shell", "/usr/bin/chromium")


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port: int = probe.getsockname()[1]
        return port


def server_ms(response: httpx.Response) -> float:
    timing = response.headers["server-timing"]
    return float(timing.split("dur=", 1)[1])


def summary(label: str, samples: list[float]) -> str:
    ordered = sorted(samples)
    p95 = ordered[max(0, round(0.95 * len(ordered)) - 1)]
    return (
        f"{label:<22} p50 {statistics.median(ordered):6.2f} ms   p95 {p95:6.2f} ms   "
        f"max {ordered[-1]:6.2f} ms"
    )


def p95_of(samples: list[float]) -> float:
    ordered = sorted(samples)
    return ordered[max(0, round(0.95 * len(ordered)) - 1)]


def start(
    settings: Settings, embedder: Embedder | None
) -> tuple[uvicorn.Server, threading.Thread, object]:
    app = create_app(settings, embedder=embedder)
    server = uvicorn.Server(
        uvicorn.Config(app, host="127.0.0.1", port=settings.port, log_level="warning")
    )
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    while not server.started:
        if not thread.is_alive():
            raise SystemExit("the server did not start")
        time.sleep(0.1)
    return server, thread, app


def sign_in(client: httpx.Client, link: str) -> None:
    page = client.get(link)
    token = CSRF.search(page.text)
    assert token is not None, "the sign-in page has no form"
    done = client.post(link, data={"_csrf_token": token.group(1)})
    assert done.status_code == 200, done.status_code
    # Past onboarding: keep every slot available.
    while str(done.url).endswith("/welcome"):
        token = CSRF.search(done.text)
        assert token is not None
        step = re.search(r'action="([^"]+/welcome/\w+)"', done.text)
        assert step is not None
        slots = re.findall(r'name="available" value="(\d+)"', done.text)
        done = client.post(step.group(1), data={"_csrf_token": token.group(1), "available": slots})


def give_them_a_day(base: str, slug: str, tokens: list[str], me_id: int) -> None:
    """A booked meeting (another demo attendee asked, they accepted) and a request to answer."""
    api = f"{base}/api/v1/events/{slug}"
    for number, token in enumerate(tokens[1:3]):
        auth = {"Authorization": f"Bearer {token}"}
        sent = httpx.post(f"{api}/meeting-requests", json={"to": me_id}, headers=auth)
        if sent.status_code != 201 or number == 1:
            continue
        mine = {"Authorization": f"Bearer {tokens[0]}"}
        slots = httpx.get(
            f"{api}/slots/available", params={"with": sent.json()["from"]}, headers=mine
        )
        first = slots.json()["items"][0]["id"]
        httpx.post(
            f"{api}/meeting-requests/{sent.json()['id']}/accept",
            json={"slot_id": first},
            headers=mine,
        )


def measure(
    client: httpx.Client, path: str, count: int, headers: dict[str, str] | None = None
) -> list[float]:
    for _ in range(10):  # warm-up: caches, prepared statements, the model's first call
        client.get(path, headers=headers)
    samples = []
    for _ in range(count):
        answer = client.get(path, headers=headers)
        assert answer.status_code == 200, (path, answer.status_code)
        samples.append(server_ms(answer))
    return samples


def page_weights(base: str, pages: dict[str, str], cookies: httpx.Cookies) -> None:
    executable = next((p for p in CHROMIUM if os.path.exists(p)), None)
    if executable is None:
        print("page weight: skipped (no Chromium; scripts/test installs it)")
        return
    from playwright.sync_api import Request, sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=executable, args=["--no-sandbox"])
        for name, url in pages.items():
            context = browser.new_context(viewport={"width": 390, "height": 844})
            context.add_cookies(
                [{"name": c.name, "value": c.value or "", "url": base} for c in cookies.jar]
            )
            page = context.new_page()
            finished: list[Request] = []
            page.on("requestfinished", lambda request, into=finished: into.append(request))
            page.goto(url, wait_until="networkidle")
            # What travelled: headers plus the body as sent (gzipped where it was).
            seen = [
                (r.url, r.sizes()["responseHeadersSize"] + r.sizes()["responseBodySize"])
                for r in finished
            ]
            total = sum(size for _, size in seen)
            outside = [u for u, _ in seen if not u.startswith(base)]
            html = next((size for u, size in seen if u == url), 0)
            verdict = "ok" if total <= 100 * 1024 and not outside else "OVER TARGET"
            print(
                f"{name:<10} {total / 1024:6.1f} KB with {len(seen)} requests "
                f"(HTML {html / 1024:5.1f} KB), {len(outside)} outside the server  [{verdict}]"
            )
            context.close()
        browser.close()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--requests", type=int, default=200)
    parser.add_argument("--hashing-embedder", action="store_true", help="skip the real model")
    parser.add_argument("--no-browser", action="store_true")
    args = parser.parse_args()
    # One log line per request would bury the figures.
    logging.getLogger("httpx").setLevel(logging.WARNING)

    data_dir = Path(tempfile.mkdtemp(prefix="bench-pages-"))
    settings = replace(
        Settings.from_environment(),
        demo=True,
        data_dir=data_dir,
        port=free_port(),
        admin_token="bench-organiser-token",  # noqa: S106 - a throwaway local server
        public_url=None,
    )
    settings = replace(settings, public_url=f"http://127.0.0.1:{settings.port}")
    embedder = HashingEmbedder() if args.hashing_embedder else None
    server, thread, app = start(settings, embedder)
    try:
        state = app.state  # type: ignore[attr-defined]
        summary_ = state.demo_summary
        links = state.demo_signin_links
        base = settings.base_url
        slug = summary_.event_slug
        give_them_a_day(base, slug, [a.token for a in summary_.shown], summary_.shown[0].id)
        with httpx.Client(base_url=base, follow_redirects=True, timeout=30) as client:
            sign_in(client, links[0].url)
            people = summary_.attendees
            print(f"demo event {slug}: {people} attendees; {args.requests} requests each\n")
            results = {}
            for name, path in PAGES.items():
                results[name] = measure(client, f"/e/{slug}{path}", args.requests)
            api = f"/api/v1/events/{slug}"
            bearer = {"Authorization": f"Bearer {summary_.shown[0].token}"}
            baseline = {
                "suggestions (JSON)": measure(
                    client, f"{api}/suggestions?limit={SUGGESTIONS}", args.requests, bearer
                ),
                "agenda (JSON)": measure(client, f"{api}/me/agenda", args.requests, bearer),
                "requests in (JSON)": measure(
                    client, f"{api}/meeting-requests", args.requests, bearer
                ),
            }
            print("server time (Server-Timing):")
            for name, samples in results.items():
                verdict = "ok" if p95_of(samples) <= 30 else "OVER TARGET"
                print(summary(name, samples) + f"   [{verdict}]")
            for name, samples in baseline.items():
                print(summary(name, samples))
            pairs = [("People", "suggestions (JSON)"), ("Schedule", "agenda (JSON)")]
            for page, json_route in pairs:
                ratio = p95_of(results[page]) / p95_of(baseline[json_route])
                print(f"p95 {page} / {json_route}: {ratio:.2f}x")
            print()
            if not args.no_browser:
                page_weights(
                    base,
                    {name: f"{base}/e/{slug}{path}" for name, path in PAGES.items()},
                    client.cookies,
                )
    finally:
        server.should_exit = True
        thread.join(timeout=60)  # the lifespan stops the embedded PostgreSQL


if __name__ == "__main__":
    main()
