"""Errors that bilateral-kg raises on purpose.

The tree::

    KgError                  anything the user can fix; the CLI prints "Error: ..." and exits 1
    ├── InputError           a readout file or corpus line that cannot be read
    ├── OntologyError        the ontology or shapes are missing or broken, the reasoner cannot run
    ├── ValidationError      the graph violates the SHACL shapes or the ontology
    ├── StoreError           an output file or store cannot be written or opened, an endpoint not reached
    └── QueryError           a query the engine rejects (syntax, evaluation), with the engine's words
        └── QueryUsageError  a query asked for wrongly: unknown name, parameter missing, unknown or
                             mistyped; the CLI treats it as a usage mistake (exit 2)

Each message says what happened, the offending value, and what to do. A traceback means a bug.
"""

from __future__ import annotations

__all__ = ["InputError", "KgError", "OntologyError", "QueryError", "QueryUsageError", "StoreError", "ValidationError"]


class KgError(Exception):
    """Base of every error that bilateral-kg raises for a problem the user can fix."""


class InputError(KgError):
    """A readout file or corpus line that cannot be read; names the file (and line)."""

    def __init__(self, source: str, message: str) -> None:
        super().__init__(f"{source}: {message}")
        self.source = source
        self.reason = message


class OntologyError(KgError):
    """The ontology or the shapes cannot be loaded, or the reasoner cannot run."""


class ValidationError(KgError):
    """The graph does not conform to the shapes or is inconsistent with the ontology."""


class StoreError(KgError):
    """An output file or a store cannot be written or opened."""


class QueryError(KgError):
    """A query that cannot run: the engine rejected it (its message, with line and column when it
    gives them) or failed while evaluating it."""


class QueryUsageError(QueryError):
    """A query asked for wrongly: an unknown name, a parameter missing, unknown or of the wrong type.

    The message lists what is expected (the known queries, or the parameters with their types and
    defaults), because the fix is always on the caller's side.
    """
