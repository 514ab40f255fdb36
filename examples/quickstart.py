"""A walk through the bilateral-kg Python API, from one readout to SPARQL over the graph.

Run it from anywhere:  python examples/quickstart.py
It reads the readouts next to this file, writes only to a temporary folder and needs no network.
"""

import tempfile
from pathlib import Path

import kg

HERE = Path(__file__).resolve().parent  # the examples/ folder: six readouts as .txt files


def code(key):
    """'state/RUS' -> 'RUS': the model refers to states, orgs and officials by such keys."""
    return key.split("/", 1)[1] if key else "?"


# (a) Read one readout and look at the facts extracted from it. -------------------------------
readout = next(kg.read([HERE / "000.txt"]))  # kg.read yields Readout objects (files or folders)
facts = kg.extract(readout)  # an Extraction: typed facts, each with a Span of evidence
print(f"Readout {readout.id}: {readout.title}")

event = facts.event  # the main event the readout reports (None if none was found)
print(f"\nMain event: {event.kind} on {event.date or 'an unknown date'}")
for key in event.participants:  # participants are official keys; look each one up
    person = facts.official(key)
    print(f"  participant: {person.name} ({code(person.affiliation)}), {', '.join(person.titles)}")
print(f"  on the sidelines of: {event.sidelines_of}")

print("\nPositions (holder, stance, topic):")
for position in facts.positions:
    holder = "both" if position.joint else code(position.holders[0])
    print(f"  {holder:5} {position.stance:8} {position.topic}")

# Every fact points back to its sentence: a Span is [start, end) character offsets in the text.
position = next(p for p in facts.positions if p.topic == "unilateralism")
span = position.evidence
print(f"\nEvidence for '{position.topic}' ({span.start}-{span.end}):")
print(f"  {readout.text[span.start:span.end]}")

with tempfile.TemporaryDirectory() as tmp:
    # (b) Build the knowledge graph of the whole folder into one TriG file. -------------------
    # Each readout becomes one named graph; the output's extension picks the RDF format.
    target = Path(tmp) / "graph.trig"
    report = kg.build([HERE], output=target)  # README.md is skipped: it is not a readout
    print(f"\nBuilt {target.name}: {report.readouts} readouts, {report.triples} triples")
    print("  " + ", ".join(f"{n} {cls}" for cls, n in sorted(report.entities.items())))
    print(f"  complete: {report.complete}, warnings: {len(report.warnings)}")

    # (c) Load it back and query it with SPARQL. -----------------------------------------------
    # load_dataset returns an rdflib Dataset whose default graph is the union of all the named
    # graphs, so plain patterns see every readout's graph and the reference graph at once, and
    # GRAPH ?g { ... } still tells which readout's graph a fact came from.
    dataset = kg.load_dataset(data=target)

    prefixes = """
        PREFIX bkg: <https://w3id.org/bilateral-kg/ontology#>
        PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
        PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
        PREFIX oa: <http://www.w3.org/ns/oa#>
    """
    # Every event with participants (bkg:Meeting, bkg:PhoneCall, ...), its date and who took
    # part, one row per participant; undated events (no date in the text) sort last.
    meetings = dataset.query(prefixes + """
        SELECT ?g ?e ?kind ?date ?name WHERE {
            GRAPH ?g { ?e a ?kind ; bkg:participant ?o . ?o rdfs:label ?name .
                       OPTIONAL { ?e bkg:startDate ?date } }
        } ORDER BY (!BOUND(?date)) ?date ?g ?name
    """)
    print("\nEvents with participants:")
    events = {}  # event -> (date, kind, graph, [names]), in the query's order
    for row in meetings:
        date, kind, graph, names = events.setdefault(
            row.e, (row.date or "undated", row.kind.split("#")[-1], row.g.split("/")[-1], []))
        names.append(str(row.name))
    for date, kind, graph, names in events.values():
        print(f"  {date!s:10} {kind:10} {' and '.join(names):42} (readout {graph})")

    # Where does Russia oppose unilateralism? The position is in readout 000's graph, the
    # topic's label in the reference graph: the union lets one pattern join them.
    evidence = dataset.query(prefixes + """
        SELECT ?sentence WHERE {
            ?position a bkg:PolicyPosition ;
                bkg:holder <https://w3id.org/bilateral-kg/id/state/RUS> ;
                bkg:stance bkg:Oppose ;
                bkg:topic ?topic ;
                bkg:evidence ?ev .
            ?topic skos:prefLabel "unilateralism"@en .
            ?ev oa:hasSelector ?q .
            ?q oa:exact ?sentence .
        }
    """)
    print("\nEvidence, from the graph, that Russia opposes unilateralism:")
    for row in evidence:
        print(f"  {row.sentence}")
