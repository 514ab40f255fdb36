"""The view pages in a real headless Chromium (Debian's, driven by Playwright): offline, drawn whole,
searchable, hoverable, and safe against markup in readouts. The browser is started and stopped here."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

import networkx as nx
import pytest

import kg
from kg import api

REPO = Path(__file__).resolve().parent.parent
CHROMIUM = "/usr/bin/chromium"
ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
        "--disable-component-update", "--no-first-run", "--disable-sync"]
VIEWS = [("officials", None), ("states", None), ("organizations", None), ("positions", None), ("ego", "Lavrov")]
INJECTION = """\
Wang Yi Meets with Foreign Minister Sergei Lavrov <script>window.pwned=1</script>

On June 3, 2018 local time, State Councilor and Foreign Minister Wang Yi met with Foreign Minister Sergei \
Lavrov of Russia <img src=x onerror="window.pwned=2"> in Beijing <script>window.pwned=3</script> \
javascript:window.pwned=4.

Wang Yi said that China and Russia support multilateralism.
"""


@pytest.fixture(scope="module")
def browser() -> Iterator[object]:
    """Debian's Chromium, headless; a missing browser is a failure (CI installs it), never a skip."""
    from playwright.sync_api import sync_playwright

    if shutil.which(CHROMIUM) is None:
        pytest.fail(f"{CHROMIUM} is missing: apt-get install chromium (.ci/run does)")
    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        yield chromium
        chromium.close()


@dataclass
class Opened:
    """A page opened from a file, with every request it made and every console error or page error."""

    page: object
    url: str
    requests: list[str] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)
    dialogs: list[str] = field(default_factory=list)

    @property
    def outside(self) -> list[str]:
        return [r for r in self.requests if r != self.url]


@pytest.fixture
def open_page(browser: object) -> Iterator[object]:
    pages: list[object] = []

    def opener(path: Path) -> Opened:
        page = browser.new_page(viewport={"width": 1280, "height": 760})  # type: ignore[attr-defined]
        pages.append(page)
        opened = Opened(page, path.resolve().as_uri())
        page.on("request", lambda request: opened.requests.append(request.url))
        page.on("console", lambda message: opened.errors.append(message.text) if message.type == "error" else None)
        page.on("pageerror", lambda error: opened.errors.append(str(error)))
        page.on("dialog", lambda dialog: (opened.dialogs.append(dialog.message), dialog.dismiss()))
        page.goto(opened.url)
        page.wait_for_selector("body[data-ready=true]", timeout=15000)
        return opened

    yield opener
    for page in pages:
        page.close()  # type: ignore[attr-defined]


def _write(name: str, focus: str | None, data: Path, folder: Path) -> tuple[Path, nx.Graph]:
    path = folder / f"{name}.html"
    return path, api.view(name, data=data, focus=focus, output=path)


@pytest.fixture(scope="module")
def pages(corpus_graph: Path, tmp_path_factory: pytest.TempPathFactory) -> dict[str, tuple[Path, nx.Graph]]:
    folder = tmp_path_factory.mktemp("views")
    return {name: _write(name, focus, corpus_graph, folder) for name, focus in VIEWS}


def _hover_edge(opened: Opened, edge: str) -> str:
    page = opened.page
    centre = page.evaluate("id => kgView.edgeCentre(id)", edge)  # type: ignore[attr-defined]
    box = page.locator("#canvas").bounding_box()  # type: ignore[attr-defined]
    page.mouse.move(box["x"] + centre["x"], box["y"] + centre["y"])  # type: ignore[attr-defined]
    page.wait_for_function(  # type: ignore[attr-defined]
        "() => document.querySelector('#details b') && document.querySelector('#details b').textContent.includes('\u2013')")
    return str(page.inner_text("#details"))  # type: ignore[attr-defined]


@pytest.mark.parametrize("name", [name for name, _ in VIEWS])
def test_each_view_opens_offline_without_console_errors(name: str, pages: dict, open_page) -> None:  # type: ignore[no-untyped-def]
    opened = open_page(pages[name][0])
    assert opened.outside == [] and opened.errors == []


@pytest.mark.parametrize("name", [name for name, _ in VIEWS])
def test_each_view_draws_every_node_of_the_view(name: str, pages: dict, open_page) -> None:  # type: ignore[no-untyped-def]
    path, graph = pages[name]
    assert open_page(path).page.evaluate("kgView.drawnNodes()") == graph.number_of_nodes()


def test_the_search_finds_lavrov(pages: dict, open_page) -> None:  # type: ignore[no-untyped-def]
    page = open_page(pages["officials"][0]).page
    page.fill("#search", "Lavrov")
    page.press("#search", "Enter")
    assert page.inner_text("#found").startswith("1 match\nSergey Lavrov")
    assert page.evaluate("kgView.network.getSelectedNodes()") == ["official/sergey-lavrov"]


def test_hovering_a_meeting_edge_shows_its_readouts_sentence(pages: dict, open_page) -> None:  # type: ignore[no-untyped-def]
    opened = open_page(pages["officials"][0])
    shown = _hover_edge(opened, "official/qin-gang|official/sergey-lavrov")
    assert "On January 9, 2023, Foreign Minister Qin Gang had a phone call at request with Russian Foreign " \
           "Minister Sergey Lavrov." in shown
    assert "Qin Gang Has a Phone Call with Russian Foreign Minister Sergey Lavrov" in shown


def test_a_date_filter_that_leaves_nothing_says_so(pages: dict, open_page) -> None:  # type: ignore[no-untyped-def]
    page = open_page(pages["states"][0]).page
    page.fill("#from", "2090-01-01")
    page.dispatch_event("#from", "change")
    assert page.evaluate("kgView.drawnNodes()") == 0
    assert page.inner_text("#empty").startswith("Nothing matches these filters")


def test_unticking_a_class_hides_its_nodes(pages: dict, open_page) -> None:  # type: ignore[no-untyped-def]
    path, graph = pages["positions"]
    page = open_page(path).page
    page.uncheck("input.cls[value=topic]")
    topics = sum(1 for _, cls in graph.nodes(data="cls") if cls == "topic")
    assert page.evaluate("kgView.drawnNodes()") == graph.number_of_nodes() - topics


@pytest.fixture(scope="module")
def injection(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("injection")
    (folder / "900.txt").write_text(INJECTION, encoding="utf-8")
    kg.build([folder / "900.txt"], output=folder / "graph.nq")
    api.view("officials", data=folder / "graph.nq", output=folder / "view.html")
    return folder / "view.html"


def test_markup_in_a_readout_is_shown_as_text_and_runs_nothing(injection: Path, open_page) -> None:  # type: ignore[no-untyped-def]
    opened = open_page(injection)
    shown = _hover_edge(opened, "official/sergey-lavrov|official/wang-yi")
    assert '<img src=x onerror="window.pwned=2"> in Beijing <script>window.pwned=3</script> javascript:window.pwned=4.' \
        in shown
    assert "Sergei Lavrov <script>window.pwned=1</script>" in shown
    page = opened.page
    assert page.evaluate("typeof window.pwned") == "undefined"
    assert page.evaluate("document.querySelectorAll('img, #details script, a').length") == 0
    assert opened.outside == [] and opened.errors == [] and opened.dialogs == []


def test_the_page_keeps_no_readout_text_as_markup(injection: Path) -> None:
    page = injection.read_text(encoding="utf-8")
    assert "window.pwned" in page
    assert "<img" not in page and "<script>window.pwned" not in page


def test_the_same_view_gives_the_same_bytes(corpus_graph: Path, tmp_path: Path) -> None:
    first, second = tmp_path / "a.html", tmp_path / "b.html"
    api.view("organizations", data=corpus_graph, output=first)
    api.view("organizations", data=corpus_graph, output=second)
    assert first.read_bytes() == second.read_bytes()


def test_a_trimmed_view_says_what_was_left_out(corpus_graph: Path, tmp_path: Path, open_page) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "trimmed.html"
    api.view("positions", data=corpus_graph, limit=20, output=path)
    page = open_page(path).page
    assert page.inner_text("#note").startswith("Showing the 20 best-connected of")
    assert page.evaluate("kgView.drawnNodes()") == 20


def test_the_readme_screenshot_is_made_by_this_browser(pages: dict, open_page) -> None:  # type: ignore[no-untyped-def]
    opened = open_page(pages["officials"][0])
    _hover_edge(opened, "official/qin-gang|official/sergey-lavrov")
    shot = REPO / "docs" / "view.png"
    opened.page.screenshot(path=str(shot))
    assert shot.stat().st_size > 10_000 and shot.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
