"""Guards on the package: what the wheel holds, what the installed package finds, who imports whom."""

from __future__ import annotations

import ast
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

import kg

REPO = Path(__file__).resolve().parent.parent
PACKAGE = REPO / "kg"


@pytest.fixture(scope="module")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("wheel")
    subprocess.run([sys.executable, "-m", "pip", "wheel", "--no-deps", "-q", "-w", str(out), str(REPO)],
                   check=True, capture_output=True)
    [built] = out.glob("bilateral_kg-*.whl")
    return built


def test_the_wheel_carries_the_ontology_queries_and_gazetteers(wheel: Path) -> None:
    names = set(zipfile.ZipFile(wheel).namelist())
    expected = {"kg/ontology/bilateral.ttl", "kg/ontology/shapes.ttl", "kg/queries/README.md",
                "kg/data/states.tsv", "kg/data/organizations.tsv", "kg/data/officials.tsv", "kg/data/titles.tsv",
                "kg/data/topics.tsv", "kg/data/honorifics.tsv", "kg/data/regions.tsv", "kg/data/venues.tsv",
                "kg/data/languages.tsv", "kg/data/national_namesakes.tsv"}
    assert expected <= names


def test_an_installed_package_builds_and_validates_away_from_the_checkout(wheel: Path, tmp_path: Path) -> None:
    target = tmp_path / "site"
    subprocess.run([sys.executable, "-m", "pip", "install", "-q", "--no-deps", "--target", str(target), str(wheel)],
                   check=True, capture_output=True)
    script = (
        "import kg, sys; from pathlib import Path;"
        f"assert Path(kg.__file__).is_relative_to({str(target)!r}), kg.__file__;"
        f"r = kg.build([{str(REPO / 'examples' / '000.txt')!r}], output=Path('g.trig'));"
        "shacl, _ = kg.validate(data=Path('g.trig')); print(r.readouts, shacl.conforms)"
    )
    run = subprocess.run([sys.executable, "-c", script], cwd=tmp_path, capture_output=True, text=True,
                         env={"PYTHONPATH": str(target), "PATH": "/usr/bin:/bin"})
    assert run.returncode == 0, run.stderr
    assert run.stdout == "1 True\n"


def _imports(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    found = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found |= {alias.name for alias in node.names}
        elif isinstance(node, ast.ImportFrom) and node.module:
            found.add(node.module)
    return found


def _ours(path: Path) -> set[str]:
    return {name for name in _imports(path) if name == "kg" or name.startswith("kg.")}


@pytest.mark.parametrize("module", ["model.py", "errors.py"])
def test_the_bottom_layer_imports_nothing_of_ours(module: str) -> None:
    assert _ours(PACKAGE / module) == set()


@pytest.mark.parametrize("path", sorted((PACKAGE / "dates").glob("*.py")), ids=lambda p: p.name)
def test_the_date_grammar_imports_nothing_of_ours_but_itself(path: Path) -> None:
    assert _ours(path) <= {"kg.dates.grammar", "kg.dates.resolve"}


@pytest.mark.parametrize("path", sorted((PACKAGE / "extract").glob("*.py")), ids=lambda p: p.name)
def test_extraction_knows_nothing_of_graphs(path: Path) -> None:
    assert _ours(path) <= {"kg.model", "kg.dates"} | {f"kg.extract.{p.stem}" for p in (PACKAGE / "extract").glob("*.py")}
    assert not any(name.split(".")[0] in {"rdflib", "pyoxigraph", "pyshacl", "owlready2"} for name in _imports(path))


@pytest.mark.parametrize("path", sorted(PACKAGE.rglob("*.py")), ids=lambda p: str(p.relative_to(PACKAGE)))
def test_nothing_imports_the_cli(path: Path) -> None:
    if path.name != "__main__.py" and path.relative_to(PACKAGE).parts[0] != "cli":
        assert not any(name == "kg.cli" or name.startswith("kg.cli.") for name in _imports(path))


def test_the_public_api_is_sorted_and_complete() -> None:
    assert kg.__all__ == sorted(kg.__all__)
    assert all(hasattr(kg, name) for name in kg.__all__)


def test_importing_kg_loads_no_gazetteer() -> None:
    run = subprocess.run([sys.executable, "-c",
                          "import kg; from kg.extract.lexicon import lexicon; print(lexicon.cache_info().currsize)"],
                         capture_output=True, text=True, check=True)
    assert run.stdout == "0\n"
