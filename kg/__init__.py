"""bilateral-kg: diplomatic readouts -> an RDF knowledge graph of bilateral relations.

The pipeline, one module per stage: ``readouts`` (files -> Readout) -> ``extract`` (Readout ->
Extraction, typed facts with evidence spans) -> ``rdf`` (Extraction -> quads, one named graph per
readout) -> ``stores`` (files, the embedded Oxigraph store, query backends) -> ``validate`` (SHACL,
HermiT); ``library`` reads the SPARQL questions of ``queries/``. ``api`` composes them; the CLI
is a thin layer over ``api``. Nothing is loaded at import time.
"""

from kg.api import BuildReport, build, export, extract_paths, load_dataset, query, read, validate, view
from kg.errors import InputError, KgError, OntologyError, QueryError, QueryUsageError, StoreError, ValidationError
from kg.extract import extract
from kg.model import EntityMention, Event, Extraction, MentionedEvent, Official, Position, Readout, Span

__all__ = [
    "BuildReport",
    "EntityMention",
    "Event",
    "Extraction",
    "InputError",
    "KgError",
    "MentionedEvent",
    "Official",
    "OntologyError",
    "Position",
    "QueryError",
    "QueryUsageError",
    "Readout",
    "Span",
    "StoreError",
    "ValidationError",
    "build",
    "export",
    "extract",
    "extract_paths",
    "load_dataset",
    "query",
    "read",
    "validate",
    "view",
]
