"""The import graph of boundary_app, read from the source with ``ast``.

Every import counts: at module level, inside functions and ``if TYPE_CHECKING:`` blocks,
``import x`` and ``from x import y``, relative or absolute, and ``importlib.import_module``
with a literal name. An import inside a function still ties the two modules together; it only
hides a cycle until the function runs.

Two rules are checked here:
- providers/ imports nothing of the domain or the front ends (core, ui, cli, app): a
  third-party provider needs the contract and nothing else;
- core/ imports nothing of the front ends (ui, cli, app, worker);
- no import cycle anywhere in the package.
"""

from __future__ import annotations

import ast
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path

import boundary_app

PACKAGE = "boundary_app"
ROOT = Path(boundary_app.__file__).parent

#: What a provider must not import: the domain and every front end.
NOT_FOR_PROVIDERS = ("core", "ui", "cli", "cli_*", "app", "__main__", "worker")
#: What the domain must not import: the front ends.
NOT_FOR_CORE = ("ui", "cli", "app", "__main__", "worker")


# --- reading imports ----------------------------------------------------------------------------


def module_files(root: Path, package: str) -> dict[str, Path]:
    """Every module of the package under ``root``: dotted name → file."""
    found = {}
    for path in sorted(root.rglob("*.py")):
        parts = [package, *path.relative_to(root).with_suffix("").parts]
        if parts[-1] == "__init__":
            parts.pop()
        found[".".join(parts)] = path
    return found


def _resolve(module: str, is_package: bool, level: int, name: str | None) -> str:
    """The absolute name of ``from <level dots><name> import …`` written in ``module``."""
    if level == 0:
        return name or ""
    base = module.split(".") if is_package else module.split(".")[:-1]
    if level > 1:
        base = base[: -(level - 1)]
    return ".".join([*base, name] if name else base)


def _literal_import(node: ast.Call) -> str | None:
    """The module of ``importlib.import_module("x")`` or ``__import__("x")``, if literal."""
    func = node.func
    called = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", None)
    if called not in ("import_module", "__import__") or not node.args:
        return None
    first = node.args[0]
    return first.value if isinstance(first, ast.Constant) and isinstance(first.value, str) else None


def imported_names(source: str, module: str, is_package: bool = False) -> set[str]:
    """Every module name ``source`` may import, wherever the import is written.

    ``from x import y`` gives ``x`` and ``x.y`` (``y`` may be a submodule or a name in ``x``).
    """
    names: set[str] = set()
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            base = _resolve(module, is_package, node.level, node.module)
            names.add(base)
            names.update(f"{base}.{alias.name}" for alias in node.names if alias.name != "*")
        elif isinstance(node, ast.Call) and (literal := _literal_import(node)):
            names.add(literal)
    names.discard("")
    return names


def package_imports(root: Path, package: str) -> dict[str, set[str]]:
    """For every module of the package: every name it imports (inside the package or not)."""
    return {
        module: imported_names(path.read_text(encoding="utf-8"), module, path.stem == "__init__")
        for module, path in module_files(root, package).items()
    }


def import_graph(imports: Mapping[str, set[str]]) -> dict[str, set[str]]:
    """Module → the package's modules it imports (the longest known prefix of each name)."""
    known = set(imports)
    graph: dict[str, set[str]] = {}
    for module, names in imports.items():
        targets = set()
        for name in names:
            parts = name.split(".")
            while parts and ".".join(parts) not in known:
                parts.pop()
            if parts:
                targets.add(".".join(parts))
        graph[module] = targets - {module}
    return graph


# --- the layer rule -----------------------------------------------------------------------------


def _in(name: str, package: str, part: str) -> bool:
    """Whether module ``name`` is ``package.part`` or inside it (``cli_*``: any ``cli_`` module)."""
    if part.endswith("*"):
        return name.startswith(f"{package}.{part[:-1]}")
    full = f"{package}.{part}"
    return name == full or name.startswith(full + ".")


def layer_violations(
    imports: Mapping[str, set[str]], package: str, layer: str, forbidden: Iterable[str]
) -> dict[str, set[str]]:
    """Modules of ``package.layer`` → what they import from the ``forbidden`` parts."""
    forbidden = tuple(forbidden)
    found = {}
    for module, names in imports.items():
        if not _in(module, package, layer):
            continue
        bad = {n for n in names if any(_in(n, package, part) for part in forbidden)}
        if bad:
            found[module] = bad
    return found


# --- cycles -------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Cycle:
    """Modules that import one another, directly or round about, and one way round them."""

    modules: tuple[str, ...]
    path: tuple[str, ...]

    def __str__(self) -> str:
        return " -> ".join(self.path) + f"  (tangled: {', '.join(self.modules)})"


def _strongly_connected(graph: Mapping[str, set[str]]) -> list[set[str]]:
    """Tarjan's algorithm, without recursion."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    groups: list[set[str]] = []
    for start in sorted(graph):
        if start in index:
            continue
        work = [(start, iter(sorted(graph[start])))]
        index[start] = low[start] = len(index)
        stack.append(start)
        on_stack.add(start)
        while work:
            node, targets = work[-1]
            target = next((t for t in targets if t in graph), None)
            if target is None:
                work.pop()
                if work:
                    low[work[-1][0]] = min(low[work[-1][0]], low[node])
                if low[node] == index[node]:
                    group = set()
                    while True:
                        member = stack.pop()
                        on_stack.discard(member)
                        group.add(member)
                        if member == node:
                            break
                    groups.append(group)
            elif target not in index:
                index[target] = low[target] = len(index)
                stack.append(target)
                on_stack.add(target)
                work.append((target, iter(sorted(graph[target]))))
            elif target in on_stack:
                low[node] = min(low[node], index[target])
    return groups


def _way_round(graph: Mapping[str, set[str]], group: set[str]) -> tuple[str, ...]:
    """The shortest path from the group's first module back to itself, within the group."""
    start = min(group)
    came_from: dict[str, str] = {}
    frontier = [start]
    while frontier:
        following = []
        for node in frontier:
            for target in sorted(graph[node] & group):
                if target == start:
                    path = [node]
                    while path[-1] != start:
                        path.append(came_from[path[-1]])
                    return (start, *reversed(path[:-1]), start)
                if target not in came_from:
                    came_from[target] = node
                    following.append(target)
        frontier = following
    raise AssertionError(f"{group} is not a cycle")


def find_cycles(graph: Mapping[str, set[str]], within: Iterable[str] | None = None) -> list[Cycle]:
    """Every import cycle among the modules ``within`` (all of ``graph`` when None)."""
    keep = set(graph) if within is None else set(within)
    part = {m: {t for t in graph[m] if t in keep} for m in graph if m in keep}
    cycles = [
        Cycle(tuple(sorted(group)), _way_round(part, group))
        for group in _strongly_connected(part)
        if len(group) > 1 or next(iter(group)) in part[next(iter(group))]
    ]
    return sorted(cycles, key=lambda c: c.modules)


# --- the checks on boundary_app -----------------------------------------------------------------


def test_providers_import_nothing_of_core_or_the_front_ends() -> None:
    imports = package_imports(ROOT, PACKAGE)
    violations = layer_violations(imports, PACKAGE, "providers", NOT_FOR_PROVIDERS)
    assert violations == {}, "\n".join(f"{m}: {sorted(n)}" for m, n in sorted(violations.items()))


def test_the_graph_sees_imports_inside_functions() -> None:
    # Guards the two checks against reading nothing: these are real imports in the package.
    graph = import_graph(package_imports(ROOT, PACKAGE))
    assert "boundary_app.providers.files" in graph["boundary_app.core.autostart"]  # in a method
    assert "boundary_app.providers.base" in graph["boundary_app.providers.local"]
    assert any(m.startswith("boundary_app.ui.") for m in graph) and len(graph) > 40


def test_core_imports_nothing_of_the_front_ends() -> None:
    imports = package_imports(ROOT, PACKAGE)
    violations = layer_violations(imports, PACKAGE, "core", NOT_FOR_CORE)
    assert violations == {}, "\n".join(f"{m}: {sorted(n)}" for m, n in sorted(violations.items()))


def test_the_package_has_no_import_cycle() -> None:
    cycles = find_cycles(import_graph(package_imports(ROOT, PACKAGE)))
    assert cycles == [], "\n".join(str(c) for c in cycles)


# --- the checker itself, on a planted package -----------------------------------------------


def plant(root: Path, files: Mapping[str, str]) -> Path:
    """A package ``pkg`` with ``files`` (relative path → source) and every __init__.py."""
    top = root / "pkg"
    for relative, source in files.items():
        path = top / relative
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(source, encoding="utf-8")
    for folder in [top, *(p for p in top.rglob("*") if p.is_dir())]:
        (folder / "__init__.py").touch()
    return top


def test_the_layer_check_catches_every_way_of_importing_core(tmp_path: Path) -> None:
    top = plant(
        tmp_path,
        {
            "core/model.py": "VALUE = 1\n",
            "core/render.py": "def to_html(text): return text\n",
            "app.py": "",
            "cli_extra.py": "",
            "providers/base.py": "import json\nfrom pkg.providers import files\n",
            "providers/files.py": "from . import base\nfrom .base import json\n",
            "providers/late.py": "def f():\n    from pkg.core.render import to_html\n",
            "providers/dotted.py": "from ..core import model\n",
            "providers/plain.py": "import pkg.core.model as m\n",
            "providers/parent.py": "from pkg import core\n",
            "providers/typing_only.py": (
                "from typing import TYPE_CHECKING\nif TYPE_CHECKING:\n    from pkg.app import X\n"
            ),
            "providers/dynamic.py": "import importlib\nimportlib.import_module('pkg.cli_extra')\n",
            "providers/nested/deep.py": "from ...core.model import VALUE\n",
        },
    )

    imports = package_imports(top, "pkg")
    found = layer_violations(imports, "pkg", "providers", NOT_FOR_PROVIDERS)

    assert found == {
        "pkg.providers.late": {"pkg.core.render", "pkg.core.render.to_html"},
        "pkg.providers.dotted": {"pkg.core", "pkg.core.model"},
        "pkg.providers.plain": {"pkg.core.model"},
        "pkg.providers.parent": {"pkg.core"},
        "pkg.providers.typing_only": {"pkg.app", "pkg.app.X"},
        "pkg.providers.dynamic": {"pkg.cli_extra"},
        "pkg.providers.nested.deep": {"pkg.core.model", "pkg.core.model.VALUE"},
    }
    graph = import_graph(imports)
    assert graph["pkg.providers.files"] == {"pkg.providers", "pkg.providers.base"}
    assert graph["pkg.providers.late"] == {"pkg.core.render"}


def test_the_cycle_finder_names_the_modules_of_each_cycle(tmp_path: Path) -> None:
    top = plant(
        tmp_path,
        {
            "core/a.py": "from pkg.core import b\n",
            "core/b.py": "def later():\n    from . import c\n",  # hidden in a function
            "core/c.py": "import pkg.core.a\n",
            "core/d.py": "from pkg.core.a import thing\n",  # leads in, not part of it
            "core/e.py": "from pkg.core.e import helper\n",  # imports itself: not a cycle
            "ui/x.py": "from pkg.ui import y\n",
            "ui/y.py": "from pkg.ui import x\n",
        },
    )
    graph = import_graph(package_imports(top, "pkg"))

    cycles = find_cycles(graph)
    assert [(c.modules, c.path) for c in cycles] == [
        (
            ("pkg.core.a", "pkg.core.b", "pkg.core.c"),
            ("pkg.core.a", "pkg.core.b", "pkg.core.c", "pkg.core.a"),
        ),
        (("pkg.ui.x", "pkg.ui.y"), ("pkg.ui.x", "pkg.ui.y", "pkg.ui.x")),
    ]
    assert "pkg.core.a -> pkg.core.b -> pkg.core.c -> pkg.core.a" in str(cycles[0])
    core_only = find_cycles(graph, within=[m for m in graph if m.startswith("pkg.core")])
    assert [c.modules for c in core_only] == [("pkg.core.a", "pkg.core.b", "pkg.core.c")]
    assert find_cycles(graph, within=["pkg.core.a", "pkg.core.b", "pkg.core.d"]) == []
