"""The library's shape, checked with nothing but ast: the wings import only the wings below them
(text, then dates, then articles, then the entry modules), no module imports itself back through
others (function-level imports included), no module uses another's private names, and the
library never imports click or rich."""

from __future__ import annotations

import ast
from pathlib import Path

from conftest import ROOT

LIBRARY = ROOT / "newsctl"
# the order of the reading: a wing may import its own modules and the wings before it
WINGS = (
    "newsctl.errors",
    "newsctl.files",
    "newsctl.codes",
    "newsctl.text",
    "newsctl.dates",
    "newsctl.articles",
)


def modules() -> dict[str, Path]:
    found = {}
    for path in LIBRARY.rglob("*.py"):
        parts = path.relative_to(ROOT).with_suffix("").parts
        name = ".".join(parts[:-1] if parts[-1] == "__init__" else parts)
        found[name] = path
    return found


def imports(path: Path) -> list[tuple[str, list[str]]]:
    """(module, names) of every import in a file, wherever it stands (functions included)."""
    tree = ast.parse(path.read_text("utf-8"))
    found: list[tuple[str, list[str]]] = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found += [(alias.name, []) for alias in node.names]
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            found.append((node.module, [alias.name for alias in node.names]))
    return found


def wing(name: str) -> int:
    """The place of a module in the reading order; entry modules come last."""
    for rank, prefix in enumerate(WINGS):
        if name == prefix or name.startswith(prefix + "."):
            return rank
    return len(WINGS)


def library_imports(name: str, path: Path, known: dict[str, Path]) -> set[str]:
    out: set[str] = set()
    for module, names in imports(path):
        if not module.startswith("newsctl"):
            continue
        targets = [f"{module}.{n}" for n in names if f"{module}.{n}" in known] or [module]
        out.update(t for t in targets if t in known and t != name)
    return out


def test_no_wing_imports_a_later_one() -> None:
    known = modules()
    for name, path in known.items():
        if name in ("newsctl", "newsctl.__main__") or name.endswith("__init__"):
            continue
        for target in library_imports(name, path, known):
            if target == "newsctl":
                continue
            assert wing(target) <= wing(name), f"{name} imports {target}, a later stage"


def test_no_import_cycle() -> None:
    known = modules()
    graph = {
        name: library_imports(name, path, known) - {"newsctl"}
        for name, path in known.items()
        if name not in ("newsctl", "newsctl.__main__")
    }
    state: dict[str, int] = {}

    def visit(node: str, trail: list[str]) -> None:
        state[node] = 1
        for nxt in graph.get(node, ()):
            if state.get(nxt) == 1:
                raise AssertionError("import cycle: " + " -> ".join([*trail, node, nxt]))
            if nxt not in state:
                visit(nxt, [*trail, node])
        state[node] = 2

    for node in graph:
        if node not in state:
            visit(node, [])


def test_no_private_name_is_used_across_modules() -> None:
    known = modules()
    for name, path in known.items():
        for module, names in imports(path):
            if module.startswith("newsctl") and module != name:
                private = [n for n in names if n.startswith("_") and not n.startswith("__")]
                assert not private, f"{name} imports {private} from {module}"
        tree = ast.parse(path.read_text("utf-8"))
        aliases = {
            alias.asname or alias.name
            for node in ast.walk(tree)
            if isinstance(node, ast.ImportFrom) and (node.module or "").startswith("newsctl")
            for alias in node.names
        }
        for node in ast.walk(tree):
            if (
                isinstance(node, ast.Attribute)
                and isinstance(node.value, ast.Name)
                and node.value.id in aliases
                and node.attr.startswith("_")
                and not node.attr.startswith("__")
                and node.attr not in ("_replace", "_asdict", "_fields")
            ):
                raise AssertionError(f"{name} uses {node.value.id}.{node.attr}")


def test_the_library_never_imports_click_or_rich() -> None:
    for name, path in modules().items():
        for module, _ in imports(path):
            assert module.split(".")[0] not in ("click", "rich"), f"{name} imports {module}"
