"""A person's phone in the browser tests: a Playwright context at 390×844 that checks every
page it shows with axe (WCAG 2.2 AA, zero violations), saves a screenshot of it, and records
every request so a page that reaches outside the server fails."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from axe_playwright_python.sync_playwright import Axe
from e2e.live_server import PHONE, SCREENSHOTS
from playwright.sync_api import Browser, BrowserContext, Page

WCAG_22_AA = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"]
_AXE = Axe()


def axe_violations(page: Page) -> list[str]:
    """Every WCAG 2.2 AA violation axe finds on the page, one line each."""
    results = _AXE.run(page, options={"runOnly": {"type": "tag", "values": WCAG_22_AA}})
    found = []
    for violation in results.response["violations"]:
        targets = [", ".join(node["target"]) for node in violation["nodes"]][:5]
        found.append(f"{violation['id']}: {violation['help']} at {targets}")
    return found


@dataclass
class Phone:
    """One person's browser."""

    flow: str
    context: BrowserContext
    page: Page
    base_url: str
    requests: list[str] = field(default_factory=list)
    shots: list[str] = field(default_factory=list)

    @classmethod
    def open(
        cls,
        browser: Browser,
        flow: str,
        base_url: str,
        *,
        locale: str = "en-GB",
        viewport: dict[str, int] | None = None,
    ) -> Phone:
        """A phone (390×844), or a desktop browser when ``viewport`` is given."""
        phone_sized = viewport is None
        context = browser.new_context(
            viewport=viewport or PHONE, locale=locale, is_mobile=phone_sized, has_touch=phone_sized
        )
        page = context.new_page()
        phone = cls(flow=flow, context=context, page=page, base_url=base_url)
        context.on("request", lambda request: phone.requests.append(request.url))
        return phone

    def seen(self, name: str) -> None:
        """The page as it is now passes axe and is kept as a screenshot."""
        self.page.wait_for_load_state("load")
        SCREENSHOTS.mkdir(parents=True, exist_ok=True)
        shot = f"{self.flow}-{len(self.shots) + 1:02d}-{name}.png"
        self.page.screenshot(path=str(SCREENSHOTS / shot), full_page=True)
        self.shots.append(shot)
        violations = axe_violations(self.page)
        assert violations == [], f"{name} ({self.page.url}):\n" + "\n".join(violations)

    def go(self, path_or_url: str, name: str) -> None:
        url = path_or_url if "://" in path_or_url else self.base_url + path_or_url
        response = self.page.goto(url)
        assert response is not None
        assert response.status < 400, f"{url}: {response.status}"
        self.seen(name)

    def external_requests(self) -> list[str]:
        return [url for url in self.requests if not url.startswith(self.base_url)]

    def close(self) -> None:
        self.context.close()


def text_of(page: Page, selector: str) -> str:
    content: Any = page.locator(selector).inner_text()
    return str(content)
