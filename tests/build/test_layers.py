"""The build machinery's layers import downwards only: the site (page families, rendering, output) knows nothing
of the search index or of the incremental build, the search index nothing of the build; the Pelican plugin and
the commands sit on top. Checked on the source (every import statement, module-level or not), without running it."""

from __future__ import annotations

import ast
from pathlib import Path

PACKAGE = Path(__file__).resolve().parents[2] / "digest"
# Bottom to top: a module may import its own layer and the layers below it.
LAYERS = ["digest.site", "digest.search", "digest.build", "digest.plugin", "digest.commands"]


def module_name(path: Path) -> str:
    parts = path.relative_to(PACKAGE.parent).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def modules() -> dict[str, Path]:
    return {module_name(path): path for path in sorted(PACKAGE.rglob("*.py"))}


def imports(name: str, path: Path, known: dict[str, Path]) -> set[str]:
    """The digest modules ``path`` imports (``from . import x`` counts as importing module x when there is one)."""
    package = name if path.name == "__init__.py" else name.rpartition(".")[0]
    found = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                anchor = package.split(".")[: len(package.split(".")) - node.level + 1]
                base = ".".join(anchor + ([base] if base else []))
            found.add(base)
            found.update(f"{base}.{alias.name}" for alias in node.names if f"{base}.{alias.name}" in known)
    return {module for module in found if module in known}


def layer(name: str) -> int | None:
    return next((i for i, top in enumerate(LAYERS) if name == top or name.startswith(top + ".")), None)


def graph() -> dict[str, set[str]]:
    known = modules()
    return {name: imports(name, path, known) for name, path in known.items()}


def test_the_resolver_sees_relative_and_function_level_imports():
    edges = graph()
    assert "digest.site.render" in edges["digest.build.scheduler"]
    assert "digest.search.canonical" in edges["digest.search.index"]  # from . import canonical
    assert "digest.build.scheduler" in edges["digest.plugin"]


def test_each_layer_imports_only_its_own_and_the_layers_below():
    upward = sorted(f"{name} imports {target}" for name, targets in graph().items() if layer(name) is not None
                    for target in targets if layer(target) is not None and layer(target) > layer(name))
    assert not upward, upward


def test_no_import_cycle_among_the_layered_modules():
    edges = {name: {t for t in targets if layer(t) is not None}
             for name, targets in graph().items() if layer(name) is not None}
    cycles, index, low, stack, on_stack = [], {}, {}, [], set()

    def visit(node: str) -> None:  # Tarjan's strongly connected components
        index[node] = low[node] = len(index)
        stack.append(node)
        on_stack.add(node)
        for target in edges.get(node, ()):
            if target not in index:
                visit(target)
                low[node] = min(low[node], low[target])
            elif target in on_stack:
                low[node] = min(low[node], index[target])
        if low[node] == index[node]:
            component = []
            while True:
                member = stack.pop()
                on_stack.discard(member)
                component.append(member)
                if member == node:
                    break
            if len(component) > 1:
                cycles.append(sorted(component))

    for node in sorted(edges):
        if node not in index:
            visit(node)
    assert not cycles, cycles
