"""A networkx view -> one self-contained, offline and safe HTML page.

pyvis's own template pulls Bootstrap from a CDN and does not escape, so the page is written here
around the vis-network build that the pyvis package ships (inlined). Safety by construction:

- readout text never becomes markup: the view travels as JSON in a ``<script type=
  "application/json">`` block with ``<``, ``>`` and ``&`` written as ``\\u003c``…, and the page
  puts text into the document only through ``textContent``;
- a Content-Security-Policy allows no network access at all and only the page's own two scripts
  (by SHA-256), so even a ``<script>`` that slipped through would not run;
- the layout is computed in Python (physics off): the page is interactive as soon as it is drawn,
  and the same view gives the same bytes.
"""

from __future__ import annotations

import base64
import hashlib
import html
import json
from functools import lru_cache
from importlib.resources import files
from pathlib import Path

import networkx as nx

from kg.views import layout

__all__ = ["CLASS_STYLES", "STANCE_COLOURS", "render", "write"]

CLASS_STYLES = {  # class -> (colour, vis-network shape)
    "official": ("#4e79a7", "dot"),
    "state": ("#f28e2b", "diamond"),
    "organization": ("#59a14f", "square"),
    "topic": ("#b07aa1", "triangle"),
    "actor": ("#9c755f", "star"),
}
STANCE_COLOURS = {"support": "#2ca02c", "oppose": "#d62728", "concern": "#ff7f0e", "agree": "#1f77b4",
                  "other": "#7f7f7f", "mixed": "#9467bd"}


@lru_cache(maxsize=1)
def _vis() -> str:
    return (files("pyvis") / "lib" / "vis-9.1.2" / "vis-network.min.js").read_text(encoding="utf-8")


def _payload(graph: nx.Graph, title: str) -> dict[str, object]:
    positions = layout(graph)
    top = max((d.get("weighted_degree", 0) for _, d in graph.nodes(data=True)), default=1) or 1
    nodes = []
    for node in sorted(graph.nodes):
        data = graph.nodes[node]
        colour, shape = CLASS_STYLES.get(data.get("cls", "actor"), CLASS_STYLES["actor"])
        x, y = positions[node]
        nodes.append({"id": node, "label": data.get("label", node), "cls": data.get("cls", "actor"),
                      "color": colour, "shape": shape, "x": x, "y": y,
                      "size": round(8 + 22 * (data.get("weighted_degree", 0) / top) ** 0.5, 1),
                      "metrics": {k: data[k] for k in ("degree", "weighted_degree", "betweenness", "community")
                                  if k in data}})
    edges = []
    for a, b in sorted((min(a, b), max(a, b)) for a, b in graph.edges):
        data = graph.edges[a, b]
        stance = data.get("stance")
        edges.append({"id": f"{a}|{b}", "from": a, "to": b, "weight": data.get("weight", 1),
                      "width": round(1 + 1.5 * (data.get("weight", 1) - 1) ** 0.5, 2),
                      "color": STANCE_COLOURS.get(stance, "#8a8a8a"), "stance": stance or "",
                      "first": data.get("first", ""), "last": data.get("last", ""), "facts": data.get("facts", [])})
    classes = sorted({n["cls"] for n in nodes})
    legend = [{"cls": c, "color": CLASS_STYLES.get(c, CLASS_STYLES["actor"])[0],
               "shape": CLASS_STYLES.get(c, CLASS_STYLES["actor"])[1]} for c in classes]
    stances = sorted({e["stance"] for e in edges if e["stance"]})
    return {"title": title, "view": graph.graph.get("view", ""), "note": graph.graph.get("note", ""),
            "nodes": nodes, "edges": edges, "legend": legend,
            "stances": [{"stance": s, "color": STANCE_COLOURS[s]} for s in stances]}


def _json_for_script(value: object) -> str:
    """JSON that cannot end its <script> block nor open markup: < > & as \\u escapes (JSON's own)."""
    text = json.dumps(value, ensure_ascii=True, sort_keys=True, separators=(",", ":"))
    return text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")


def _sha256(script: str) -> str:
    return "'sha256-" + base64.b64encode(hashlib.sha256(script.encode("utf-8")).digest()).decode("ascii") + "'"


def render(graph: nx.Graph, *, title: str) -> str:
    """The page for ``graph`` (a view with metrics): the same graph and title give the same text."""
    app = _APP
    vis = _vis()
    policy = (f"default-src 'none'; script-src {_sha256(vis)} {_sha256(app)}; style-src 'unsafe-inline'; "
              "img-src data:; connect-src 'none'; form-action 'none'; base-uri 'none'")
    return _PAGE.format(policy=html.escape(policy), title=html.escape(title), style=_STYLE, vis=vis, app=app,
                        data=_json_for_script(_payload(graph, title)))


def write(graph: nx.Graph, path: Path, *, title: str) -> None:
    """Write the page (UTF-8, LF line ends), whole."""
    partial = path.with_name(path.name + ".part")
    partial.write_bytes(render(graph, title=title).encode("utf-8"))
    partial.replace(path)


_STYLE = """
body{margin:0;font:14px/1.4 system-ui,sans-serif;display:flex;height:100vh;color:#222}
#side{width:340px;overflow:auto;padding:10px;border-right:1px solid #ddd;box-sizing:border-box}
#graph{flex:1;position:relative}
#empty{position:absolute;top:40%;width:100%;text-align:center;font-size:18px;color:#a00;display:none}
h1{font-size:16px;margin:0 0 8px}
fieldset{border:1px solid #ddd;margin:0 0 10px;padding:6px}
input[type=search]{width:70%}
#note{background:#fff6d5;padding:4px;display:none}
.swatch{display:inline-block;width:12px;height:12px;margin-right:4px;vertical-align:middle}
#details .fact{border-top:1px solid #eee;padding:4px 0}
#details .sentence{font-style:italic}
"""

_PAGE = """<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="{policy}">
<meta name="referrer" content="no-referrer">
<title>{title}</title>
<style>{style}</style>
</head>
<body>
<div id="side">
<h1 id="heading"></h1>
<p id="note"></p>
<p id="counts"></p>
<fieldset><legend>Search</legend>
<input id="search" type="search" placeholder="a name, e.g. Lavrov" aria-label="search">
<button id="go" type="button">Find</button>
<div id="found"></div>
</fieldset>
<fieldset id="filters"><legend>Filter</legend>
<label>from <input id="from" type="date"></label><br>
<label>to <input id="to" type="date"></label><br>
<div id="classes"></div>
<div id="stances"></div>
</fieldset>
<fieldset><legend>Details (hover or click)</legend><div id="details">Hover over a node or an edge.</div></fieldset>
</div>
<div id="graph"><div id="canvas" style="width:100%;height:100%"></div><div id="empty"></div></div>
<script type="application/json" id="kg-data">{data}</script>
<script>{vis}</script>
<script>{app}</script>
</body>
</html>
"""

# The page's behaviour: draw, filter, search, show details; text enters the page only via textContent.
_APP = r"""(function () {
  "use strict";
  var data = JSON.parse(document.getElementById("kg-data").textContent);
  var byId = function (id) { return document.getElementById(id); };
  var text = function (tag, value, cls) {
    var el = document.createElement(tag);
    el.textContent = value;
    if (cls) { el.className = cls; }
    return el;
  };
  byId("heading").textContent = data.title;
  if (data.note) { byId("note").textContent = data.note; byId("note").style.display = "block"; }
  var shown = {};
  data.legend.forEach(function (entry) { shown[entry.cls] = true; });
  var nodes = new vis.DataSet(data.nodes.map(function (n) {
    return {id: n.id, label: n.label, x: n.x, y: n.y, shape: n.shape, size: n.size, color: n.color,
            font: {size: 12}, cls: n.cls, metrics: n.metrics};
  }));
  var edges = new vis.DataSet(data.edges.map(function (e) {
    return {id: e.id, from: e.from, to: e.to, width: e.width, color: {color: e.color, highlight: e.color},
            weight: e.weight, stance: e.stance, facts: e.facts, first: e.first, last: e.last};
  }));
  var bounds = {from: "", to: ""};
  var dated = function (fact) {
    if (!bounds.from && !bounds.to) { return true; }
    if (!fact.date) { return false; }
    var d = fact.date;
    return (!bounds.from || d >= bounds.from.slice(0, d.length)) && (!bounds.to || d <= bounds.to.slice(0, d.length) + "~");
  };
  var edgeVisible = function (e) {
    return shown[nodes.get(e.from).cls] && shown[nodes.get(e.to).cls] && e.facts.some(dated);
  };
  var nodeVisible = function (n) {
    if (!shown[n.cls]) { return false; }
    if (!bounds.from && !bounds.to) { return true; }
    return edges.get({filter: function (e) { return (e.from === n.id || e.to === n.id) && edgeVisible(e); }}).length > 0;
  };
  var nodeView = new vis.DataView(nodes, {filter: nodeVisible});
  var edgeView = new vis.DataView(edges, {filter: edgeVisible});
  var network = new vis.Network(byId("canvas"), {nodes: nodeView, edges: edgeView}, {
    physics: {enabled: false},
    layout: {improvedLayout: false},
    interaction: {hover: true, tooltipDelay: 100, hideEdgesOnDrag: data.nodes.length > 1000},
    edges: {smooth: false},
    nodes: {borderWidth: 1}
  });
  var counts = function () {
    var n = nodeView.length, m = edgeView.length;
    byId("counts").textContent = n + " nodes, " + m + " edges shown (of " + data.nodes.length + ", " + data.edges.length + ")";
    var empty = byId("empty");
    if (n === 0) {
      empty.textContent = "Nothing matches these filters: widen the dates or tick more classes.";
      empty.style.display = "block";
    } else {
      empty.style.display = "none";
    }
  };
  var refresh = function () { nodeView.refresh(); edgeView.refresh(); counts(); };
  var legend = byId("classes");
  data.legend.forEach(function (entry) {
    var label = document.createElement("label");
    var box = document.createElement("input");
    box.type = "checkbox"; box.checked = true; box.value = entry.cls; box.className = "cls";
    box.addEventListener("change", function () { shown[entry.cls] = box.checked; refresh(); });
    var swatch = text("span", "", "swatch");
    swatch.style.background = entry.color;
    label.appendChild(box); label.appendChild(swatch); label.appendChild(document.createTextNode(entry.cls + " (" + entry.shape + ")"));
    legend.appendChild(label); legend.appendChild(document.createElement("br"));
  });
  data.stances.forEach(function (entry) {
    var line = text("div", "");
    var swatch = text("span", "", "swatch");
    swatch.style.background = entry.color;
    line.appendChild(swatch); line.appendChild(document.createTextNode("edge: " + entry.stance));
    byId("stances").appendChild(line);
  });
  ["from", "to"].forEach(function (name) {
    byId(name).addEventListener("change", function () { bounds[name] = byId(name).value; refresh(); });
  });
  var details = byId("details");
  var showNode = function (id) {
    var n = nodes.get(id);
    details.replaceChildren(text("b", n.label), text("div", n.cls + " " + n.id));
    Object.keys(n.metrics).forEach(function (k) { details.appendChild(text("div", k + ": " + n.metrics[k])); });
  };
  var showEdge = function (id) {
    var e = edges.get(id);
    details.replaceChildren(text("b", nodes.get(e.from).label + " \u2013 " + nodes.get(e.to).label),
                            text("div", "weight " + e.weight + (e.stance ? ", " + e.stance : "") +
                                 (e.first ? ", " + e.first + (e.last !== e.first ? " to " + e.last : "") : "")));
    e.facts.filter(dated).forEach(function (f) {
      var box = text("div", "", "fact");
      box.appendChild(text("div", [f.date || "undated", f.kind || f.stance || "", f.readout].filter(Boolean).join(" \u00b7 ")));
      if (f.title) { box.appendChild(text("div", f.title, "title")); }
      box.appendChild(text("div", f.sentence, "sentence"));
      details.appendChild(box);
    });
  };
  network.on("hoverNode", function (p) { showNode(p.node); });
  network.on("hoverEdge", function (p) { showEdge(p.edge); });
  network.on("click", function (p) {
    if (p.nodes.length) { showNode(p.nodes[0]); } else if (p.edges.length) { showEdge(p.edges[0]); }
  });
  var fold = function (s) { return s.normalize("NFD").replace(/[\u0300-\u036f]/g, "").toLowerCase(); };
  var search = function () {
    var wanted = fold(byId("search").value.trim());
    var found = byId("found");
    if (!wanted) { found.replaceChildren(); return; }
    var hits = nodeView.get({filter: function (n) { return fold(n.label).indexOf(wanted) >= 0 || fold(n.id).indexOf(wanted) >= 0; }});
    found.replaceChildren(text("div", hits.length + (hits.length === 1 ? " match" : " matches")));
    hits.slice(0, 20).forEach(function (n) {
      var link = text("button", n.label, "hit");
      link.type = "button";
      link.addEventListener("click", function () { network.selectNodes([n.id]); network.focus(n.id, {scale: 1.2}); showNode(n.id); });
      found.appendChild(link);
    });
    if (hits.length) {
      network.selectNodes(hits.map(function (n) { return n.id; }));
      network.focus(hits[0].id, {scale: 1.2, animation: false});
      showNode(hits[0].id);
    }
  };
  byId("go").addEventListener("click", search);
  byId("search").addEventListener("keydown", function (ev) { if (ev.key === "Enter") { search(); } });
  counts();
  network.once("afterDrawing", function () { document.body.setAttribute("data-ready", "true"); });
  window.kgView = {
    network: network,
    drawnNodes: function () { return network.body.nodeIndices.length; },
    drawnEdges: function () { return network.body.edgeIndices.length; },
    edgeCentre: function (id) {
      var e = edges.get(id), a = network.getPositions([e.from])[e.from], b = network.getPositions([e.to])[e.to];
      return network.canvasToDOM({x: (a.x + b.x) / 2, y: (a.y + b.y) / 2});
    }
  };
  network.fit({animation: false});
}());
"""
