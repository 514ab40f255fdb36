"""The shipped tables agree with one another: what one row refers to, another row defines."""

from __future__ import annotations

import pytest

from kg.extract.lexicon import lexicon

_ORGANIZATIONS = sorted(lexicon().organizations.values(), key=lambda org: org.id)


@pytest.mark.parametrize("org", _ORGANIZATIONS, ids=lambda org: org.id)
def test_an_organization_s_members_are_states_of_the_table(org) -> None:  # type: ignore[no-untyped-def]
    assert set(org.members) <= set(lexicon().states), org.id


@pytest.mark.parametrize("org", [org for org in _ORGANIZATIONS if org.parent], ids=lambda org: org.id)
def test_an_organization_s_parent_is_an_organization_of_the_table(org) -> None:  # type: ignore[no-untyped-def]
    assert org.parent in lexicon().organizations, org.id


@pytest.mark.parametrize("row", [row for row in lexicon().publishers], ids=lambda row: row[0].pattern)
def test_a_publisher_s_side_is_a_state_or_an_organization_of_the_tables(row) -> None:  # type: ignore[no-untyped-def]
    side = row[1]
    kind, _, code = side.rpartition("/")
    assert (kind == "org" and code in lexicon().organizations) or (not kind and code in lexicon().states), side
