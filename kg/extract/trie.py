"""Alternations of many words as a prefix tree, so a regular expression tries each text position once.

CPython's ``re`` tries the branches of ``a|b|c|...`` one after another at every position: with
thousands of gazetteer names that is thousands of attempts per character. Written as a tree of
shared prefixes ("Foreign (?:Minister|Secretary)"), a position fails after a character or two.
Longer forms still win over their prefixes, as in a longest-first alternation.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

__all__ = ["trie_pattern"]

_END = ""  # marks that a form ends at this node


def _insert(tree: dict[str, dict], form: str) -> None:
    node = tree
    for char in form:
        node = node.setdefault(char, {})
    node[_END] = {}


def _pattern(node: dict[str, dict]) -> str:
    ends_here = _END in node
    branches = [re.escape(char) + _pattern(child) for char, child in sorted(node.items()) if char != _END]
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    if ends_here:  # a longer form first, then the form that ends here
        return f"(?:{body})?"
    return body


def trie_pattern(forms: Iterable[str]) -> str:
    """One regular expression (without anchors or boundaries) matching any of the forms.

    The caller adds the boundaries it needs around it. With no forms, it matches nothing.
    """
    tree: dict[str, dict] = {}
    for form in forms:
        if form:
            _insert(tree, form)
    if not tree:
        return "(?!)"
    return _pattern(tree)
