"""Check the served OpenAPI document as an outside client would: schemathesis, every check,
as the organiser and as an attendee, against a running matchmaker.

    python scripts/check_openapi.py --url http://127.0.0.1:8000 --organiser-token TOKEN
    python scripts/check_openapi.py --url ... --organiser-token ... --max-time 90 --seed 1

It first creates, through the API, an event of its own with attendees, a networking session,
meeting requests and a booked meeting, so generated requests reach real paths (an existing
event, existing ids) and not only 404s; then it runs ``schemathesis run --checks all`` once
per identity and prints, for each, the test cases generated and the failures found. The exit
status is 1 when any run found a failure or could not run.

One choice in the schemathesis configuration, stated there too: the attendee's
``DELETE …/me`` (erase me) is sent with the token of another, throwaway attendee, so the
rest of the run keeps a valid identity. Every check runs with schemathesis' defaults: a
schema-valid request the service cannot hold is answered 404 (a topic or slot the event
does not have) or 409 (a duplicate, an end before a start), which schemathesis accepts; a
422 or a 400 for such a request is a failure.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
import uuid
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import httpx

ERASE_ME = "DELETE /api/v1/events/{event_slug}/me"
TOPICS = ["nightlife", "radicalisation", "public-spaces", "victim-support", "drugs"]


@dataclass
class World:
    """What the check created: the event and the ids generated requests should reach."""

    slug: str
    topics: list[str]
    attendees: dict[str, tuple[int, str]] = field(default_factory=dict)
    """name -> (id, token)"""
    sessions: list[int] = field(default_factory=list)
    slots: list[int] = field(default_factory=list)
    requests: list[int] = field(default_factory=list)
    meetings: list[int] = field(default_factory=list)


@dataclass(frozen=True)
class RunResult:
    identity: str
    generated: int
    failures: int
    errors: int
    exit_code: int
    report: Path


def _checked(response: httpx.Response, status: int) -> Any:
    if response.status_code != status:
        raise SystemExit(
            f"seeding failed: {response.request.method} {response.request.url} answered "
            f"{response.status_code}: {response.text}"
        )
    return response.json()


def seed(base_url: str, organiser_token: str) -> World:
    """Create the check's event and everything its generated requests should find."""
    world = World(slug=f"openapi-check-{uuid.uuid4().hex[:8]}", topics=TOPICS)
    organiser = {"Authorization": f"Bearer {organiser_token}"}
    with httpx.Client(base_url=base_url, timeout=60) as client:
        _checked(
            client.post(
                "/api/v1/events",
                json={
                    "slug": world.slug,
                    "name": "OpenAPI check",
                    "timezone": "Europe/Brussels",
                    "topics": [{"slug": s, "label": s.replace("-", " ")} for s in TOPICS],
                },
                headers=organiser,
            ),
            201,
        )
        base = f"/api/v1/events/{world.slug}"
        for number, name in enumerate(["Anne", "Bart", "Carla", "Dirk", "Erin"]):
            body = _checked(
                client.post(
                    f"{base}/attendees",
                    json={
                        "name": f"{name} Check",
                        "email": f"{name.lower()}.{world.slug}@example.org",
                        "role": "Prevention officer",
                        "organisation": f"City {number}",
                        "country": "BE",
                        "languages": ["en", "fr"],
                        "topics": TOPICS[number % 3 : number % 3 + 2],
                        "seeking": "ways to calm nightlife conflicts",
                        "offering": "experience with night mediators",
                        "consent": True,
                    },
                    headers=organiser,
                ),
                201,
            )
            world.attendees[name] = (body["id"], body["token"])
        session = _checked(
            client.post(
                f"{base}/sessions",
                json={
                    "name": "Morning meetings",
                    "starts_at": "2031-05-06T09:00:00+02:00",
                    "ends_at": "2031-05-06T12:00:00+02:00",
                    "slot_minutes": 15,
                    "tables": 6,
                },
                headers=organiser,
            ),
            201,
        )
        world.sessions.append(session["id"])
        world.slots.extend(slot["id"] for slot in session["slots"])

        def bearer(name: str) -> dict[str, str]:
            return {"Authorization": f"Bearer {world.attendees[name][1]}"}

        def request(sender: str, recipient: str) -> int:
            body = _checked(
                client.post(
                    f"{base}/meeting-requests",
                    json={"to": world.attendees[recipient][0], "message": "Shall we meet?"},
                    headers=bearer(sender),
                ),
                201,
            )
            world.requests.append(body["id"])
            return int(body["id"])

        booked = request("Anne", "Bart")
        meeting = _checked(
            client.post(
                f"{base}/meetings",
                json={"request_id": booked, "slot_id": world.slots[0]},
                headers=bearer("Bart"),
            ),
            201,
        )
        world.meetings.append(meeting["id"])
        request("Carla", "Anne")  # pending: Anne may accept or decline it
        request("Anne", "Erin")  # pending: Anne may withdraw it
        accepted = request("Dirk", "Anne")
        _checked(
            client.post(f"{base}/meeting-requests/{accepted}/accept", headers=bearer("Anne")), 200
        )
    return world


def _toml(value: Any) -> str:
    """A TOML value; JSON's strings, numbers, booleans and arrays are TOML's too."""
    if isinstance(value, dict):
        return "{ " + ", ".join(f"{json.dumps(k)} = {_toml(v)}" for k, v in value.items()) + " }"
    return json.dumps(value)


def schemathesis_config(world: World, token: str, erase_token: str) -> str:
    """schemathesis.toml for one identity: real ids and that identity's token."""
    ids = [attendee_id for attendee_id, _ in world.attendees.values()]
    dictionaries = {
        "events": [world.slug],
        "attendees": ids,
        "sessions": world.sessions,
        "slots": world.slots,
        "requests": world.requests,
        "meetings": world.meetings,
        "topics": world.topics,
        # The auto-scheduler may use its whole time limit: short ones keep the run moving.
        "short_limits": [1.0, 2.0],
    }
    # Most generated requests name something that exists; the rest probe unknown ones.
    bindings = {
        "path.event_slug": ("events", 0.9),
        "path.attendee_id": ("attendees", 0.8),
        "path.session_id": ("sessions", 0.8),
        "path.request_id": ("requests", 0.8),
        "path.meeting_id": ("meetings", 0.8),
        "query.with": ("attendees", 0.8),
        "body.to": ("attendees", 0.8),
        "body.request_id": ("requests", 0.8),
        "body.slot_id": ("slots", 0.8),
        "body.slot_ids[*]": ("slots", 0.8),
    }
    short_limits = {"dictionary": "short_limits", "probability": 0.9}
    lines = [
        f"headers = {_toml({'Authorization': f'Bearer {token}'})}",
        "# The auto-scheduler's time limit goes up to 120 s.",
        "request-timeout = 150",
        "",
    ]
    for name, values in dictionaries.items():
        lines += [f"[dictionaries.{name}]", f"values = {_toml(values)}", ""]
    lines.append("[parameters]")
    for key, (dictionary, probability) in bindings.items():
        lines.append(
            f"{json.dumps(key)} = {_toml({'dictionary': dictionary, 'probability': probability})}"
        )
    lines += [
        "",
        "# Attendee topics are the event's own.",
        "[[operations]]",
        'include-path-regex = "/(attendees|me)$"',
        f"parameters = {_toml({'body.topics[*]': {'dictionary': 'topics', 'probability': 0.8}})}",
        "",
        "[[operations]]",
        'include-path-regex = "/schedule$"',
        f"parameters = {_toml({'body.time_limit_seconds': short_limits})}",
        "# It answers within its time limit (at most 120 s), as the document says.",
        "[operations.checks]",
        "max_response_time = 125",
        "",
        "# Erasing me ends the identity: a throwaway attendee's token does it. (By name:",
        "# include-path with include-method selects either, not both.)",
        "[[operations]]",
        f"include-name = {json.dumps(ERASE_ME)}",
        f"headers = {_toml({'Authorization': f'Bearer {erase_token}'})}",
    ]
    return "\n".join(lines) + "\n"


def run_schemathesis(
    base_url: str, identity: str, config: str, *, max_time: int, seed: int, workdir: Path
) -> RunResult:
    """One ``schemathesis run --checks all``; its JSON report gives the figures."""
    config_file = workdir / f"{identity}.toml"
    config_file.write_text(config)
    report = workdir / f"{identity}.json"
    command = [
        sys.executable,
        "-m",
        "schemathesis.cli",
        "--config-file",
        str(config_file),
        "run",
        f"{base_url}/schema/openapi.json",
        "--checks",
        "all",
        "--max-time",
        str(max_time),
        "--seed",
        str(seed),
        "--workers",
        "1",
        "--report",
        "json",
        "--report-json-path",
        str(report),
    ]
    log = workdir / f"{identity}.log"
    with log.open("w") as output:
        # In the work directory: schemathesis keeps a cache of crashes where it runs.
        completed = subprocess.run(  # noqa: S603 -- our own argv
            command, stdout=output, stderr=subprocess.STDOUT, cwd=workdir, check=False
        )
    if not report.exists():
        print(log.read_text()[-4000:], file=sys.stderr)
        return RunResult(identity, 0, 0, 1, completed.returncode, log)
    figures = json.loads(report.read_text())
    failures = sum(int(failure["count"]) for failure in figures["failures"])
    if failures or figures["errors"]:
        print(log.read_text()[-20000:], file=sys.stderr)
    return RunResult(
        identity=identity,
        generated=int(figures["test_cases"]["generated"]),
        failures=failures,
        errors=len(figures["errors"]),
        exit_code=completed.returncode,
        report=log,
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--url", required=True, help="the service's base URL")
    parser.add_argument("--organiser-token", required=True)
    parser.add_argument("--max-time", type=int, default=90, help="seconds per identity")
    parser.add_argument("--seed", type=int, default=21, help="schemathesis' random seed")
    parser.add_argument("--workdir", type=Path, help="keep configs, logs and reports here")
    args = parser.parse_args(argv)
    base_url = args.url.rstrip("/")

    world = seed(base_url, args.organiser_token)
    erase_token = world.attendees["Dirk"][1]
    identities = {
        "organiser": args.organiser_token,
        "attendee": world.attendees["Anne"][1],
    }
    workdir = (args.workdir or Path(tempfile.mkdtemp(prefix="check-openapi-"))).resolve()
    workdir.mkdir(parents=True, exist_ok=True)
    results = [
        run_schemathesis(
            base_url,
            identity,
            schemathesis_config(world, token, erase_token),
            max_time=args.max_time,
            seed=args.seed,
            workdir=workdir,
        )
        for identity, token in identities.items()
    ]
    print(
        f"event {world.slug}; schemathesis --checks all, {args.max_time} s each, seed {args.seed}"
    )
    for result in results:
        print(
            f"{result.identity:>10}: {result.generated} test cases, {result.failures} failures, "
            f"{result.errors} errors (log: {result.report})"
        )
    total = sum(result.failures + result.errors for result in results)
    print(f"failures: {total}")
    return 0 if total == 0 and all(r.exit_code == 0 for r in results) else 1


if __name__ == "__main__":
    sys.exit(main())
