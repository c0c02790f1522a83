"""The package's shape: no import cycles, and the core's bottom layers import upward never.

Every import counts, including those under ``TYPE_CHECKING`` and inside functions:
a cycle hidden behind a late import is still two modules that cannot be read, or
changed, one without the other.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[1] / "quotebook"

# A package of the core may import from the packages listed, and from itself.
LAYERS = {
    "quotebook.core.domain": (),
    "quotebook.core.storage": ("quotebook.core.domain",),
}


def module_name(path: Path) -> str:
    parts = path.relative_to(PACKAGE.parent).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def modules() -> dict[str, Path]:
    return {module_name(path): path for path in PACKAGE.rglob("*.py")}


def imported(name: str, path: Path, known: dict[str, Path]) -> set[str]:
    """The package's modules that ``name`` imports, wherever in it the import is."""
    package = name if path.name == "__init__.py" else name.rpartition(".")[0]
    found: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                parts = package.split(".")
                parts = parts[: len(parts) - node.level + 1]
                base = ".".join([*parts, *([node.module] if node.module else [])])
            for alias in node.names:
                submodule = f"{base}.{alias.name}"
                found.add(submodule if submodule in known else base)
    return {module for module in found if module in known and module != name}


def graph() -> dict[str, set[str]]:
    known = modules()
    return {name: imported(name, path, known) for name, path in known.items()}


def cycle_through(start: str, edges: dict[str, set[str]]) -> list[str] | None:
    """A path of imports that leads from ``start`` back to it, if there is one."""
    stack: list[tuple[str, list[str]]] = [(start, [start])]
    seen: set[str] = set()
    while stack:
        name, path = stack.pop()
        for nxt in sorted(edges[name]):
            if nxt == start:
                return [*path, start]
            if nxt not in seen:
                seen.add(nxt)
                stack.append((nxt, [*path, nxt]))
    return None


def test_the_graph_sees_the_imports_it_checks() -> None:
    edges = graph()
    assert "quotebook.core.domain.values" in edges["quotebook.core.storage.tables"]
    assert "quotebook.core.library.library" in edges["quotebook.cli"]  # a late import


def test_no_module_imports_itself_through_others() -> None:
    edges = graph()
    cycles = [cycle for name in sorted(edges) if (cycle := cycle_through(name, edges))]
    assert cycles == []


@pytest.mark.parametrize("layer", sorted(LAYERS))
def test_the_bottom_layers_import_nothing_above_them(layer: str) -> None:
    allowed = (layer, *LAYERS[layer])
    upward = {
        f"{name} -> {target}"
        for name, targets in graph().items()
        if name == layer or name.startswith(f"{layer}.")
        for target in targets
        if target.startswith("quotebook.") and not target.startswith(allowed)
    }
    assert upward == set()
