"""The bilateral-kg command line: parse options, call one function of kg.api, render the result.

Exit codes, for scripts: 0 everything done; 1 an error, nothing written; 2 a usage mistake;
3 done, but some inputs were left out (each named on stderr).

One module per command family registers its commands on the group main when imported:
kg.cli.build (extract, build, validate, eval), kg.cli.ask (queries, query, export, view) and
kg.cli.push (push); kg.cli._common holds the group and the helpers they share.
"""

from __future__ import annotations

from kg.cli import ask, build, push  # noqa: F401  (imported to register their commands)
from kg.cli._common import main

__all__ = ["main"]
