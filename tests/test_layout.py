"""The tree shows the pipeline: stage packages in the order ``pipeline.py`` calls them, imports one way."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parent.parent / "dossier"
#: The stages, in the order ``pipeline.py`` calls them. A stage may use the ones before it.
STAGES = ("read", "mrz", "classify", "extract", "checks", "packet", "report")
#: Shared records and text tools every stage may use; they use no stage.
SHARED = ("models", "errors", "kinds", "names", "data")
#: The glue on top: nothing below may import it.
GLUE = ("cli", "pipeline", "__main__")
MAX_TOP_LEVEL_MODULES = 8
MAX_LINES = 400


def _modules() -> list[Path]:
    return sorted(path for path in PACKAGE.rglob("*.py") if "__pycache__" not in path.parts)


def _room(path: Path) -> str:
    """The first part of a module's name under ``dossier``: its stage, shared room or glue."""
    return path.relative_to(PACKAGE).with_suffix("").parts[0]


def _imported_rooms(path: Path) -> set[str]:
    """The rooms of ``dossier`` that a module imports, at any depth in its code."""
    rooms: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text("utf-8"))):
        names: list[str] = []
        if isinstance(node, ast.Import):
            names = [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names = [f"{node.module}.{alias.name}" for alias in node.names]
        for name in names:
            parts = name.split(".")
            if parts[0] == "dossier" and len(parts) > 1 and parts[1] != "__version__":
                rooms.add(parts[1])
    return rooms


def _allowed(room: str) -> set[str]:
    if room in SHARED:
        return set(SHARED)
    if room in STAGES:
        return set(SHARED) | set(STAGES[: STAGES.index(room) + 1])
    if room == "__main__":
        return {"cli"}
    if room == "cli":
        return set(SHARED) | set(STAGES) | {"pipeline"}
    return set(SHARED) | set(STAGES)  # pipeline


def test_every_module_lives_in_a_known_room() -> None:
    known = {*STAGES, *SHARED, *GLUE, "__init__"}
    assert sorted({_room(path) for path in _modules()} - known) == []


@pytest.mark.parametrize("path", _modules(), ids=lambda path: str(path.relative_to(PACKAGE)))
def test_imports_run_from_later_stages_to_earlier_ones(path: Path) -> None:
    room = _room(path)
    wrong = _imported_rooms(path) - _allowed(room) - {room}
    assert not wrong, (
        f"{path.relative_to(PACKAGE)} ({room}) imports a later stage or the glue: {sorted(wrong)}"
    )


@pytest.mark.parametrize("path", _modules(), ids=lambda path: str(path.relative_to(PACKAGE)))
def test_modules_stay_short(path: Path) -> None:
    assert len(path.read_text("utf-8").splitlines()) < MAX_LINES


def test_few_modules_beside_the_stage_packages() -> None:
    top = [path.name for path in PACKAGE.glob("*.py")]
    assert len(top) <= MAX_TOP_LEVEL_MODULES, top


def test_each_stage_package_says_what_it_takes_and_gives() -> None:
    for stage in STAGES:
        init = PACKAGE / stage / "__init__.py"
        docstring = ast.get_docstring(ast.parse(init.read_text("utf-8")))
        assert docstring, f"{stage}/__init__.py has no docstring"
        assert " in" in docstring and " out" in docstring, (
            f"{stage}: say what the stage takes in and gives out"
        )


def test_the_checker_catches_a_backward_import(tmp_path: Path) -> None:
    module = tmp_path / "probe.py"
    module.write_text("from dossier.report.record import to_json\nimport dossier.pipeline\n", "utf-8")
    assert _imported_rooms(module) == {"report", "pipeline"}
    assert {"report", "pipeline"} - _allowed("read") == {"report", "pipeline"}
