"""RDF -> networkx views of the relationship graph, with metrics; pure functions of query rows.

Each view is drawn from the rows of one query of the library (``queries/view-*.rq``), so that any
backend (a file, the store, an endpoint) gives the same graph:

- ``officials``: officials who took part in the same event; edge weight = events, with dates.
- ``states``: pairs of states (and organizations) that took part in the same event, by year.
- ``organizations``: states and the organizations and forums the same readouts name.
- ``positions``: actors and topics, each edge a stance (``mixed`` when they differ).
- ``ego``: everything within ``hops`` of one official, state or organization in all of the above.

Nodes are keys such as ``official/wang-yi`` and ``state/CHN``. Every edge keeps its ``facts``:
the readout, its title and date, and the sentence that supports it. Node metrics are networkx's
own: degree, weighted degree, betweenness and a community index (Louvain, seeded).
"""

from __future__ import annotations

import json
import math
from collections.abc import Iterable, Mapping
from itertools import combinations
from pathlib import Path
from typing import Any

import networkx as nx
import numpy as np

from kg.errors import InputError

__all__ = ["EXPORTS", "QUERIES", "VIEWS", "build_view", "combined", "export", "filter_view", "focus_node", "key",
           "layout", "officials", "organizations", "positions", "states", "trim", "with_metrics"]

Row = Mapping[str, Any]
VIEWS = ("officials", "states", "organizations", "positions", "ego")
# The library query each view is drawn from (the ego view uses all three).
QUERIES = {
    "officials": ("view-participants",),
    "states": ("view-participants",),
    "organizations": ("view-mentions",),
    "positions": ("view-positions",),
    "ego": ("view-participants", "view-mentions"),
}
EXPORTS = (".graphml", ".gexf", ".json")
_CLASSES = {"Official": "official", "State": "state", "InternationalOrganization": "organization"}
_KIND_ORDER = ("StateVisit", "PhoneCall", "VideoCall", "Talks", "Summit", "MinisterialMeeting", "Conference",
               "Meeting", "Visit")


def key(iri: object) -> str:
    """``https://…/id/state/CHN`` -> ``state/CHN``: the last two segments of a node's IRI."""
    text = str(iri)
    parts = text.rstrip("/").split("/")
    return "/".join(parts[-2:]) if len(parts) > 3 else text


def _text(row: Row, name: str) -> str:
    value = row.get(name)
    return "" if value is None else str(value)


def _fact(row: Row, *, date: str = "date", kind: str = "", extra: Mapping[str, str] | None = None) -> dict[str, str]:
    fact = {"date": _text(row, date), "readout": key(_text(row, "readout")), "title": _text(row, "title"),
            "sentence": _text(row, "sentence")}
    if kind:
        fact["kind"] = kind
    fact.update(extra or {})
    return fact


def _add_node(graph: nx.Graph, node: str, label: str, cls: str) -> None:
    if node not in graph:
        graph.add_node(node, label=label, cls=cls)


def _add_fact(graph: nx.Graph, a: str, b: str, fact: dict[str, str], *, ident: str) -> None:
    """One more fact on the edge a–b; the weight counts distinct ``ident`` (events, readouts, positions)."""
    if not graph.has_edge(a, b):
        graph.add_edge(a, b, facts=[], ids=set())
    data = graph.edges[a, b]
    if fact not in data["facts"]:
        data["facts"].append(fact)
    data["ids"].add(ident)


def _kind(classes: Iterable[str]) -> str:
    names = {c.rsplit("#", 1)[-1] for c in classes if c}
    return next((k for k in _KIND_ORDER if k in names), "Event")


def _events(rows: Iterable[Row]) -> dict[str, dict[str, Any]]:
    """The participant rows grouped by event: its kind, participants and the facts reporting it."""
    events: dict[str, dict[str, Any]] = {}
    for row in rows:
        event = events.setdefault(key(row["event"]), {"classes": set(), "nodes": {}, "rows": []})
        event["classes"].add(_text(row, "kind_class"))
        cls = _CLASSES.get(_text(row, "class").rsplit("#", 1)[-1], "actor")
        event["nodes"][key(row["node"])] = (_text(row, "label"), cls, key(row["actor"]) if row.get("actor") else "")
        event["rows"].append(row)
    return events


def _event_facts(name: str, event: dict[str, Any]) -> list[dict[str, str]]:
    kind = _kind(event["classes"])
    unique = {(_text(r, "readout"), _text(r, "sentence")): r for r in event["rows"]}
    return [_fact(unique[k], kind=kind, extra={"event": name}) for k in sorted(unique)]


def officials(rows: Iterable[Row]) -> nx.Graph:
    """Who met whom: officials linked by the events both took part in."""
    graph = nx.Graph(view="officials")
    for name, event in sorted(_events(rows).items()):
        people = sorted(n for n, (_, cls, _) in event["nodes"].items() if cls == "official")
        for node in people:
            _add_node(graph, node, event["nodes"][node][0], "official")
            actor = event["nodes"][node][2]
            if actor:
                graph.nodes[node]["actor"] = actor
        for a, b in combinations(people, 2):
            for fact in _event_facts(name, event):
                _add_fact(graph, a, b, fact, ident=name)
    return _finish(graph)


def states(rows: Iterable[Row], *, year: int | None = None) -> nx.Graph:
    """Dyads of states (and organizations) taking part in the same event; ``by_year`` counts per year."""
    graph = nx.Graph(view="states")
    for name, event in sorted(_events(rows).items()):
        actors = sorted(n for n, (_, cls, _) in event["nodes"].items() if cls != "official")
        facts = _event_facts(name, event)
        if year is not None and not any(f["date"].startswith(str(year)) for f in facts):
            continue
        for node in actors:
            _add_node(graph, node, event["nodes"][node][0], event["nodes"][node][1])
        for a, b in combinations(actors, 2):
            for fact in facts:
                _add_fact(graph, a, b, fact, ident=name)
    return _finish(graph)


def organizations(rows: Iterable[Row]) -> nx.Graph:
    """States and the organizations and forums that the same readouts name; weight = readouts."""
    graph = nx.Graph(view="organizations")
    for row in sorted(rows, key=lambda r: tuple(_text(r, k) for k in ("readout", "state", "org", "sentence"))):
        state, org = key(row["state"]), key(row["org"])
        _add_node(graph, state, _text(row, "state_label"), "state")
        _add_node(graph, org, _text(row, "org_label"), "organization")
        _add_fact(graph, state, org, _fact(row), ident=_text(row, "readout"))
    return _finish(graph)


def positions(rows: Iterable[Row]) -> nx.Graph:
    """Actors and topics; an edge's ``stance`` is the one its positions share, else ``mixed``."""
    graph = nx.Graph(view="positions")
    for row in sorted(rows, key=lambda r: tuple(_text(r, k) for k in ("position", "holder", "readout", "sentence"))):
        holder, topic = key(row["holder"]), key(row["concept"])
        cls = {"state": "state", "org": "organization"}.get(holder.split("/")[0], "actor")
        _add_node(graph, holder, _text(row, "holder_label"), cls)
        _add_node(graph, topic, _text(row, "topic_label"), "topic")
        fact = _fact(row, extra={"stance": _text(row, "stance"), "position": key(row["position"])})
        _add_fact(graph, holder, topic, fact, ident=_text(row, "position"))
    for _, _, data in graph.edges(data=True):
        stances = {f["stance"] for f in data["facts"]}
        data["stance"] = stances.pop() if len(stances) == 1 else "mixed"
    return _finish(graph)


def _finish(graph: nx.Graph) -> nx.Graph:
    """Weights from the distinct events (readouts, positions) of each edge; facts in date order."""
    for _, _, data in graph.edges(data=True):
        data["weight"] = len(data.pop("ids"))
        data["facts"].sort(key=lambda f: (f["date"], f["readout"], f["sentence"]))
        dates = [f["date"] for f in data["facts"] if f["date"]]
        data["first"], data["last"] = (min(dates), max(dates)) if dates else ("", "")
        years: dict[str, int] = {}
        for fact in data["facts"]:
            if fact["date"]:
                years[fact["date"][:4]] = years.get(fact["date"][:4], 0) + 1
        data["by_year"] = dict(sorted(years.items()))
    return graph


def combined(participants: Iterable[Row], mentions: Iterable[Row]) -> nx.Graph:
    """Officials, their states and organizations in one graph: met, affiliated, interacted, engaged."""
    participants = list(participants)
    graph = nx.compose_all([states(participants), organizations(mentions), officials(participants)])
    for node, actor in list(graph.nodes(data="actor")):
        if actor and actor in graph:
            fact = {"date": "", "readout": "", "title": "", "sentence": f"{graph.nodes[node]['label']} "
                    f"acts for {graph.nodes[actor]['label']}"}
            graph.add_edge(node, actor, facts=[fact], weight=1, first="", last="", by_year={})
    graph.graph["view"] = "ego"
    return graph


def build_view(name: str, rows: Mapping[str, list[Row]], *, focus: str | None = None, hops: int = 1) -> nx.Graph:
    """The view ``name`` from the rows of its queries (``QUERIES[name]``, by query name)."""
    if name == "officials":
        return officials(rows["view-participants"])
    if name == "states":
        return states(rows["view-participants"])
    if name == "organizations":
        return organizations(rows["view-mentions"])
    if name == "positions":
        return positions(rows["view-positions"])
    if name == "ego":
        if not focus:
            raise InputError("ego", "the ego view needs a focus: an official, state or organization "
                             "(--focus 'Wang Yi')")
        graph = combined(rows["view-participants"], rows["view-mentions"])
        centre = focus_node(graph, focus)
        ego = nx.Graph(nx.ego_graph(graph, centre, radius=hops))
        ego.graph.update(view="ego", focus=centre, hops=hops)
        return ego
    raise InputError(name, f"no such view; the views are: {', '.join(VIEWS)}")


def focus_node(graph: nx.Graph, focus: str) -> str:
    """The node a user means: its key (``state/CHN``), its last segment (``CHN``) or its label, any case."""
    wanted = " ".join(focus.split()).casefold()
    for test in (lambda n, d: n.casefold() == wanted, lambda n, d: n.split("/")[-1].casefold() == wanted,
                 lambda n, d: d.get("label", "").casefold() == wanted,
                 lambda n, d: wanted in d.get("label", "").casefold()):
        found = sorted(n for n, d in graph.nodes(data=True) if test(n, d))
        if found:
            return found[0]
    raise InputError(focus, "no official, state or organization of that name in the graph; give a label "
                     "(Wang Yi, China), a code (CHN) or a key (official/wang-yi)")


def filter_view(graph: nx.Graph, *, start: str | None = None, end: str | None = None,
                min_weight: int = 1) -> nx.Graph:
    """Only facts dated within [start, end] (ISO dates; undated facts go when a bound is given) and
    edges of at least ``min_weight`` remaining facts' events; nodes left without edges go too."""
    if not start and not end and min_weight <= 1:
        return graph
    kept = nx.Graph(**graph.graph)
    for a, b, data in graph.edges(data=True):
        facts = [f for f in data["facts"] if _within(f["date"], start, end)]
        if not facts:
            continue
        weight = data["weight"] if len(facts) == len(data["facts"]) else len({_counted(f) for f in facts})
        if weight < min_weight:
            continue
        kept.add_node(a, **graph.nodes[a])
        kept.add_node(b, **graph.nodes[b])
        kept.add_edge(a, b, **{**data, "facts": facts, "weight": weight})
    return _finish_filtered(kept)


def _counted(fact: Mapping[str, str]) -> str:
    """What an edge's weight counts: events, positions, else readouts."""
    return fact.get("event") or fact.get("position") or fact["readout"]


def _finish_filtered(graph: nx.Graph) -> nx.Graph:
    for _, _, data in graph.edges(data=True):
        dates = [f["date"] for f in data["facts"] if f["date"]]
        data["first"], data["last"] = (min(dates), max(dates)) if dates else ("", "")
    return graph


def _within(date: str, start: str | None, end: str | None) -> bool:
    if not start and not end:
        return True
    if not date:
        return False
    return (not start or date[:len(start)] >= start[:len(date)]) and (not end or date[:len(end)] <= end[:len(date)])


def with_metrics(graph: nx.Graph, *, seed: int = 0) -> nx.Graph:
    """Degree, weighted degree, betweenness (sampled beyond 1,000 nodes, seeded) and community."""
    n = graph.number_of_nodes()
    sample = min(n, 200) if n > 1000 else None
    between = nx.betweenness_centrality(graph, k=sample, seed=seed, weight=None) if n else {}
    communities = nx.community.louvain_communities(graph, seed=seed) if graph.number_of_edges() else []
    ordered = sorted((sorted(c) for c in communities), key=lambda c: (-len(c), c[0]))
    community = {node: index for index, members in enumerate(ordered) for node in members}
    for node, data in graph.nodes(data=True):
        data["degree"] = graph.degree(node)
        data["weighted_degree"] = graph.degree(node, weight="weight")
        data["betweenness"] = round(between.get(node, 0.0), 6)
        data["community"] = community.get(node, -1)
    return graph


def trim(graph: nx.Graph, limit: int) -> tuple[nx.Graph, str]:
    """At most ``limit`` nodes, the best connected (weighted degree, then key); a note says what went."""
    n = graph.number_of_nodes()
    if n <= limit:
        return graph, ""
    ranked = sorted(graph.nodes, key=lambda v: (-graph.degree(v, weight="weight"), v))[:limit]
    kept = nx.Graph(graph.subgraph(ranked))
    left = n - limit
    note = (f"Showing the {limit:,} best-connected of {n:,} nodes (by weighted degree); {left:,} nodes and "
            f"{graph.number_of_edges() - kept.number_of_edges():,} edges left out. Narrow the view with "
            "--from/--to, --min-weight or an ego view (--focus), or raise --limit.")
    kept.graph["note"] = note
    return kept, note


def layout(graph: nx.Graph, *, seed: int = 0) -> dict[str, tuple[int, int]]:
    """Positions computed here, so the browser draws at once with physics off: same input, same layout.

    Up to ``DENSE_LAYOUT`` nodes, a force-directed layout (Fruchterman-Reingold, vectorised over
    all pairs); beyond that, a spiral in community order,
    linear in the nodes, because all-pairs forces would need gigabytes.
    """
    nodes = sorted(graph.nodes)
    if not nodes:
        return {}
    index = {node: i for i, node in enumerate(nodes)}
    if len(nodes) > DENSE_LAYOUT:
        return _spiral(graph, nodes)
    adjacency = np.zeros((len(nodes), len(nodes)), dtype=np.float32)
    for a, b, weight in graph.edges(data="weight", default=1):
        adjacency[index[a], index[b]] = adjacency[index[b], index[a]] = math.log1p(weight)
    positions = _fruchterman_reingold(adjacency, iterations=50, seed=seed)
    scale = 120 * math.sqrt(len(nodes))
    return {n: (round(float(x) * scale), round(float(y) * scale)) for n, (x, y) in zip(nodes, positions)}


DENSE_LAYOUT = 3000


def _fruchterman_reingold(adjacency: np.ndarray, *, iterations: int, seed: int) -> np.ndarray:
    """Attraction along edges, repulsion between all pairs, a cooling step (as networkx's dense layout)."""
    n = len(adjacency)
    positions = np.random.RandomState(seed).rand(n, 2).astype(np.float32)
    k = np.float32(math.sqrt(1.0 / n))
    step = np.float32(0.1)
    cooling = step / (iterations + 1)
    for _ in range(iterations):
        dx = positions[:, 0, None] - positions[None, :, 0]
        dy = positions[:, 1, None] - positions[None, :, 1]
        distance = np.maximum(np.sqrt(dx * dx + dy * dy), np.float32(0.01))
        force = k * k / (distance * distance) - adjacency * distance / k
        # sum_j force_ij (p_i - p_j) = p_i sum_j force_ij - (force @ p)_i: no n x n x 2 array
        displacement = force.sum(axis=1)[:, None] * positions - force @ positions
        length = np.sqrt((displacement ** 2).sum(axis=-1))
        length = np.where(length < 0.01, np.float32(0.1), length)
        positions += displacement * (step / length)[:, None]
        step -= cooling
    positions -= positions.mean(axis=0)
    return positions / max(float(np.abs(positions).max()), 1e-9)


def _spiral(graph: nx.Graph, nodes: list[str]) -> dict[str, tuple[int, int]]:
    """Nodes on a sunflower spiral, grouped by community and best connected first within it."""
    order = sorted(nodes, key=lambda v: (graph.nodes[v].get("community", 0), -graph.degree(v, weight="weight"), v))
    golden = math.pi * (3 - math.sqrt(5))
    return {v: (round(40 * math.sqrt(i) * math.cos(i * golden)), round(40 * math.sqrt(i) * math.sin(i * golden)))
            for i, v in enumerate(order)}


def _flat(value: object) -> object:
    """GraphML and GEXF hold only scalars: lists and dicts become JSON text."""
    if isinstance(value, (list, dict, set, tuple)):
        return json.dumps(value, ensure_ascii=False, sort_keys=True)
    return value


def export(graph: nx.Graph, path: Path) -> None:
    """GraphML (.graphml) or GEXF (.gexf) for Gephi and others, or networkx node-link JSON (.json)."""
    suffix = path.suffix.lower()
    if suffix == ".json":
        data = nx.node_link_data(graph, edges="links")
        path.write_text(json.dumps(data, ensure_ascii=False, sort_keys=True, indent=1) + "\n", encoding="utf-8")
        return
    flat = nx.Graph()
    flat.graph.update({k: _flat(v) for k, v in graph.graph.items()})
    flat.add_nodes_from((n, {k: _flat(v) for k, v in d.items()}) for n, d in sorted(graph.nodes(data=True)))
    flat.add_edges_from((a, b, {k: _flat(v) for k, v in d.items()}) for a, b, d in graph.edges(data=True))
    if suffix == ".graphml":
        nx.write_graphml(flat, path)
    elif suffix == ".gexf":
        nx.write_gexf(flat, path)
    else:
        raise InputError(str(path), f"cannot export a view as {suffix or 'a file without extension'}; "
                         "use .html, .graphml, .gexf or .json")
