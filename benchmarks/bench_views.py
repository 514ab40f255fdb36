"""Time to interactive of a view page in headless Chromium, for views of N nodes (3 edges per node).

    python benchmarks/bench_views.py [--nodes 500 2000 10000] [--limit 2000]

Goal (issue 5): a 2,000-node view is interactive (drawn, stable, responding) in under 10 s in
headless Chromium on this machine. Each figure is one run: the Python side (trim to --limit,
metrics, layout, writing the page) and the page's time to interactive, from navigation until the
first drawing is done and a search has answered (physics is off: the layout is precomputed, so
the drawing is stable at once). Beyond --limit nodes the view is trimmed, as `bilateral-kg view`
does, and the page says so; `--limit 10000` draws all 10,000.
"""

from __future__ import annotations

import argparse
import random
import tempfile
import time
from pathlib import Path

import networkx as nx

from kg import html, views

ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
        "--disable-component-update", "--no-first-run", "--disable-sync"]


def synthetic(nodes: int, *, seed: int = 0) -> nx.Graph:
    """An officials view of ``nodes`` officials and 3 edges each, every edge with one fact."""
    rng = random.Random(seed)
    graph = nx.Graph(view="officials")
    for i in range(nodes):
        graph.add_node(f"official/p{i:05d}", label=f"Official {i}", cls="official")
    names = sorted(graph.nodes)
    edges = 0
    while edges < 3 * nodes:  # a counter: number_of_edges() walks the whole graph
        a, b = rng.sample(names, 2)
        edges += not graph.has_edge(a, b)
        day = f"20{rng.randint(10, 23)}-0{rng.randint(1, 9)}-1{rng.randint(0, 9)}"
        graph.add_edge(a, b, weight=rng.randint(1, 4), first=day, last=day, facts=[
            {"date": day, "kind": "Meeting", "readout": f"readout/{rng.randint(0, 9999):04d}",
             "title": f"{a} meets {b}", "sentence": f"On {day}, {a} met with {b}."}])
    return graph


def page_for(nodes: int, limit: int, folder: Path) -> tuple[Path, float, int]:
    start = time.perf_counter()
    graph, _ = views.trim(synthetic(nodes), limit)
    graph = views.with_metrics(graph)
    path = folder / f"view-{nodes}.html"
    html.write(graph, path, title=f"{nodes} nodes")
    return path, time.perf_counter() - start, graph.number_of_nodes()


def interactive(browser: object, path: Path) -> tuple[float, int]:
    page = browser.new_page(viewport={"width": 1280, "height": 760})  # type: ignore[attr-defined]
    start = time.perf_counter()
    page.goto(path.resolve().as_uri())
    page.wait_for_selector("body[data-ready=true]", timeout=120_000)
    page.fill("#search", "Official 1")
    page.press("#search", "Enter")
    page.wait_for_function("() => document.getElementById('found').textContent.includes('match')")
    seconds = time.perf_counter() - start
    drawn = page.evaluate("kgView.drawnNodes()")
    assert page.evaluate("kgView.network.physics.options.enabled") is False  # stable: nothing moves
    page.close()
    return seconds, int(drawn)


def main() -> None:
    from playwright.sync_api import sync_playwright

    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--nodes", type=int, nargs="+", default=[500, 2000, 10000])
    parser.add_argument("--limit", type=int, default=2000)
    options = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp, sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path="/usr/bin/chromium", args=ARGS)
        for nodes in options.nodes:
            path, build, kept = page_for(nodes, options.limit, Path(tmp))
            seconds, drawn = interactive(browser, path)
            print(f"{nodes:>6} nodes ({kept} drawn, {drawn} in the page, {path.stat().st_size / 1e6:.1f} MB): "
                  f"page written in {build:.1f} s, interactive in {seconds:.2f} s", flush=True)
        browser.close()


if __name__ == "__main__":
    main()
