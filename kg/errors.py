"""Errors that bilateral-kg raises on purpose.

The tree::

    KgError                  anything the user can fix; the CLI prints "Error: ..." and exits 1
    ├── InputError           a readout file or corpus line that cannot be read
    ├── OntologyError        the ontology or shapes are missing or broken, the reasoner cannot run
    ├── ValidationError      the graph violates the SHACL shapes or the ontology
    └── StoreError           an output file or store cannot be written or opened

Each message says what happened, the offending value, and what to do. A traceback means a bug.
"""

from __future__ import annotations

__all__ = ["InputError", "KgError", "OntologyError", "StoreError", "ValidationError"]


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
