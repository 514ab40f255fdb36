"""rdflib's SPARQL engine, taught to find ``GRAPH ?g`` matches through its quad index.

The library's queries keep every triple pattern in a ``GRAPH ?g {}`` block, so that they see the
union of the readout graphs on any endpoint, whatever its default graph is. rdflib evaluates such a
block one named graph at a time (a count over 2,000 graphs took 60 s, see MEASURED.md), and joins
two groups by evaluating both in full; on a large file the queries would never finish.

Three custom evaluation functions, installed through rdflib's extension point
(``rdflib.plugins.sparql.CUSTOM_EVALS``) for the duration of one query, change how rdflib evaluates,
never what the answer is:

- ``GRAPH ?g { P }`` with ``?g`` unbound: one triple pattern that every solution of ``P`` must match
  is looked up once in the union of the graphs; ``P`` is then evaluated only in the graphs that hold
  a match, with that match's terms bound. A solution of ``P`` in a graph instantiates the pattern
  to exactly one triple of that graph, so it comes out once, as it did before.
- a join whose right side holds only triple patterns and GRAPH blocks passes each left solution's
  bindings into the right side (rdflib's "lazy join", which rdflib itself uses for innermost joins
  only). With no FILTER, OPTIONAL or subquery on the right there is no scope that the bindings
  could leak into, so this is the join itself. Any other join (a subquery on the right) is still
  evaluated as rdflib does, both sides apart, but matched through a hash index on the variables
  every right row binds instead of by comparing every left row with every right row.
- a group's FILTER, which rdflib applies after the whole group (every OPTIONAL included), is split
  into its conjuncts, and each one goes down the left side of the group's joins as far as its
  variables stay certainly bound (or bound before the query starts, as parameters are): a join or
  an OPTIONAL never changes a value its left side has bound, so the filter keeps or drops the same
  rows, only sooner. A conjunct with EXISTS stays where it is.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any, cast

from rdflib import BNode, URIRef, Variable
from rdflib.graph import DATASET_DEFAULT_GRAPH_ID
from rdflib.paths import AlternativePath, Path
from rdflib.plugins.sparql import CUSTOM_EVALS
from rdflib.plugins.sparql.evaluate import evalPart
from rdflib.plugins.sparql.operators import and_
from rdflib.plugins.sparql.parserutils import CompValue, Expr
from rdflib.plugins.sparql.sparql import AlreadyBound, QueryContext

__all__ = ["graph_index_evaluation"]

_GRAPH, _JOIN = "bilateral-kg: GRAPH through the quad index", "bilateral-kg: join of pure patterns"
_FILTER = "bilateral-kg: filters pushed down"


@contextmanager
def graph_index_evaluation() -> Iterator[None]:
    """Install the two evaluation functions while the body runs (consume the results inside).

    rdflib keeps them in a module-level dict, so two threads querying at once would share them;
    they never change an answer, only its speed.
    """
    CUSTOM_EVALS[_GRAPH] = _eval_graph
    CUSTOM_EVALS[_JOIN] = _eval_join
    CUSTOM_EVALS[_FILTER] = _eval_filter
    try:
        yield
    finally:
        for key in (_GRAPH, _JOIN, _FILTER):
            CUSTOM_EVALS.pop(key, None)


def _required_triples(part: Any) -> list[tuple[Any, Any, Any]]:
    """Triple patterns that every solution of ``part`` matches (not those under OPTIONAL, UNION, ...)."""
    name = getattr(part, "name", None)
    if name == "BGP":
        return list(part.triples)
    if name in ("Filter", "Extend"):
        return _required_triples(part.p)
    if name == "Join":
        return _required_triples(part.p1) + _required_triples(part.p2)
    if name == "LeftJoin":
        return _required_triples(part.p1)
    return []


def _eval_graph(ctx: QueryContext, part: CompValue) -> Iterator[Any]:
    if part.name != "Graph" or not isinstance(part.term, Variable) or ctx[part.term] is not None:
        raise NotImplementedError
    if ctx.dataset is None:
        raise NotImplementedError
    triples = [t for t in _required_triples(part.p) if not isinstance(t[1], Path) or _alternatives(t[1])]
    if not triples:
        raise NotImplementedError
    seed = max(triples, key=lambda t: sum(_selectivity(ctx, term) for term in t))
    return _seeded(ctx, part, seed)


def _alternatives(path: Any) -> list[Any]:
    """The IRIs of a path such as ``bkg:iso3|bkg:acronym``; empty for any other path."""
    if isinstance(path, AlternativePath) and all(isinstance(a, URIRef) for a in path.args):
        return list(path.args)
    return []


def _selectivity(ctx: QueryContext, term: Any) -> int:
    """A variable bound by the rows so far narrows a lookup most; a constant (often a class) less."""
    if isinstance(term, (Variable, BNode)):
        return 2 if ctx[term] is not None else 0
    return 1


def _matches(ctx: QueryContext, seed: tuple[Any, Any, Any]) -> Iterator[tuple[tuple[Any, ...], Any]]:
    """Each distinct (terms for the seed's positions, named graph) that the quad index holds."""
    subject, predicate, obj = (ctx[term] for term in seed)
    predicates = _alternatives(predicate) if isinstance(predicate, Path) else [predicate]
    seen: set[tuple[Any, ...]] = set()
    for each in predicates:
        pattern: Any = (subject, each, obj)
        for match, contexts in ctx.dataset.store.triples(pattern, context=None):
            terms = (match[0], predicate if isinstance(predicate, Path) else match[1], match[2])
            for graph in cast(Iterator[Any], contexts):
                key = (*terms, graph.identifier)
                if graph.identifier != DATASET_DEFAULT_GRAPH_ID and key not in seen:
                    seen.add(key)  # the default graph is not a named graph (SPARQL 1.1, section 13.3)
                    yield terms, graph.identifier


def _seeded(ctx: QueryContext, part: CompValue, seed: tuple[Any, Any, Any]) -> Iterator[Any]:
    """Evaluate the GRAPH block in each graph holding a match of ``seed``, the match's terms bound."""
    previous = ctx.graph
    for terms, name in list(_matches(ctx, seed)):
        inner = ctx.pushGraph(ctx.dataset.get_context(name)).push()
        try:
            inner[part.term] = name
            for term, value in zip(seed, terms, strict=True):
                if isinstance(term, (Variable, BNode)):
                    inner[term] = value
        except AlreadyBound:
            continue  # a repeated variable matched two different terms
        for solution in evalPart(inner, part.p):
            solution.ctx.graph = previous
            yield solution


def _pure(part: Any) -> bool:
    name = getattr(part, "name", None)
    if name == "BGP":
        return True
    if name == "Graph":
        return _pure(part.p)
    if name == "Join":
        return _pure(part.p1) and _pure(part.p2)
    return False


def _eval_join(ctx: QueryContext, part: CompValue) -> Iterator[Any]:
    if part.name != "Join" or part.lazy:
        raise NotImplementedError
    return _bound_join(ctx, part) if _pure(part.p2) else _hash_join(ctx, part)


def _hash_join(ctx: QueryContext, part: CompValue) -> Iterator[Any]:
    """rdflib's own join (``_join`` over a set of right rows), indexed.

    A left row is compatible with a right row when they agree on the variables both bind; on the
    variables that every right row binds, that is a lookup when the left row binds them too.
    """
    right = list(set(evalPart(ctx, part.p2)))
    keys = sorted(set.intersection(*(set(row) for row in right)), key=str) if right else []
    index: dict[tuple[Any, ...], list[Any]] = {}
    for row in right:
        index.setdefault(tuple(row[k] for k in keys), []).append(row)
    for left in evalPart(ctx, part.p1):
        own = set(left)
        candidates = index.get(tuple(left[k] for k in keys), []) if own.issuperset(keys) else right
        for row in candidates:
            if left.compatible(row):
                yield left.merge(row)


def _bound_join(ctx: QueryContext, part: CompValue) -> Iterator[Any]:
    for left in evalPart(ctx, part.p1):
        for right in evalPart(ctx.thaw(left), part.p2):
            yield right.merge(left)


def _certain(part: Any) -> set[Variable]:
    """Variables that every solution of ``part`` binds."""
    name = getattr(part, "name", None)
    if name == "BGP":
        return {term for triple in part.triples for term in triple if isinstance(term, Variable)}
    if name == "Graph":
        return ({part.term} if isinstance(part.term, Variable) else set()) | _certain(part.p)
    if name == "Join":
        return _certain(part.p1) | _certain(part.p2)
    if name == "LeftJoin":
        return _certain(part.p1)
    if name in ("Filter", "Extend"):
        return _certain(part.p)
    if name == "Union":
        return _certain(part.p1) & _certain(part.p2)
    return set()


def _variables(expr: Any) -> set[Variable] | None:
    """The variables of an expression, or None when it holds EXISTS (its pattern may need more)."""
    if isinstance(expr, Variable):
        return {expr}
    if isinstance(expr, CompValue):
        if expr.name in ("Builtin_EXISTS", "Builtin_NOTEXISTS"):
            return None
        found: set[Variable] = set()
        for value in expr.values():
            inner = _variables(value)
            if inner is None:
                return None
            found |= inner
        return found
    if isinstance(expr, (list, tuple)):
        found = set()
        for value in expr:
            inner = _variables(value)
            if inner is None:
                return None
            found |= inner
        return found
    return set()


def _conjuncts(expr: Any) -> list[Any]:
    if isinstance(expr, Expr) and expr.name == "ConditionalAndExpression":
        return [expr.expr, *expr.other]
    return [expr]


def _sink(part: Any, expr: Any, needed: set[Variable], scope: Any) -> Any:
    """``part`` with the filter ``expr`` as deep on its left side as ``needed`` stays certainly bound."""
    if getattr(part, "name", None) in ("Join", "LeftJoin") and needed <= _certain(part.p1):
        copy = CompValue(part.name, **dict(part))
        copy["p1"] = _sink(part.p1, expr, needed, scope)
        return copy
    return CompValue("Filter", expr=expr, p=part, _vars=scope)


def _eval_filter(ctx: QueryContext, part: CompValue) -> Iterator[Any]:
    if part.name != "Filter" or part.no_isolated_scope or getattr(part.p, "name", None) not in (
            "Join", "LeftJoin"):
        raise NotImplementedError
    tree, kept = part.p, []
    for conjunct in _conjuncts(part.expr):
        variables = _variables(conjunct)
        needed = None if variables is None else {v for v in variables if ctx[v] is None}
        if needed is not None and needed <= _certain(part.p.p1):
            tree = _sink(tree, conjunct, needed, part._vars)
        else:
            kept.append(conjunct)
    if tree is part.p:
        raise NotImplementedError
    if kept:
        tree = CompValue("Filter", expr=and_(*kept) if len(kept) > 1 else kept[0], p=tree, _vars=part._vars)
    return evalPart(ctx, tree)
