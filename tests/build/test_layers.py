"""digest's layers import downwards only, and no module imports itself back through others.

Bottom to top: the content model (``digest.model``, which imports nothing else of digest); files and package
resources; the configuration; the content folder (loading, the registry, the checks); ingest and the site, neither
knowing the other; the evaluation (on ingest) and the search index (on the site); the incremental build; the
Pelican plugin; the commands. Checked on the source (every import statement, module-level or not, and those
under ``TYPE_CHECKING``), without running it: a planted upward import or cycle fails these tests (the tests of the
checker below plant one of each).
"""

from __future__ import annotations

import ast
from dataclasses import dataclass
from pathlib import Path

PACKAGE = Path(__file__).resolve().parents[2] / "digest"


@dataclass(frozen=True)
class Layer:
    members: tuple[str, ...]
    independent: bool = False  # members may not import one another


def layer(*members: str, independent: bool = False) -> Layer:
    return Layer(members, independent)


# Bottom to top: a module may import its own layer and the layers below it.
LAYERS = [
    layer("digest.model"),
    layer("digest.fs", "digest.resources"),
    layer("digest.defaults", "digest.settings", "digest.i18n"),
    layer(
        "digest.roles",
        "digest.introductions",
        "digest.content",
        "digest.registry",
        "digest.event_checks",
        "digest.registry_checks",
        "digest.entry_checks",
        "digest.checks",
    ),
    layer("digest.ingest", "digest.site", independent=True),
    layer("digest.evaluate", "digest.search", independent=True),
    layer("digest.build"),
    layer("digest.plugin", "digest.namespace_plugin"),
    layer("digest.commands", "digest.cli", "digest.__main__"),
]
ROOT = "digest"  # the package's __init__: its version only


def module_name(path: Path) -> str:
    parts = path.relative_to(PACKAGE.parent).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def modules() -> dict[str, Path]:
    return {module_name(path): path for path in sorted(PACKAGE.rglob("*.py"))}


def imports(name: str, path: Path, known: dict[str, Path]) -> set[str]:
    """The digest modules ``path`` imports: ``from . import x`` counts as importing module x when there is one (and
    not the package, already imported as the importer's parent)."""
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
            named = {f"{base}.{alias.name}" for alias in node.names}
            found.update(named & known.keys())
            if not named <= known.keys() or not name.startswith(base + "."):  # a package imports its parents first
                found.add(base)
    return {module for module in found if module in known and module not in (name, ROOT)}


def graph() -> dict[str, set[str]]:
    known = modules()
    return {name: imports(name, path, known) for name, path in known.items() if name != ROOT}


def member(name: str) -> tuple[int, str] | None:
    """(layer index, member) of a module: the member is the package or module it belongs to."""
    for index, found in enumerate(LAYERS):
        for top in found.members:
            if name == top or name.startswith(top + "."):
                return index, top
    return None


def violations(edges: dict[str, set[str]]) -> list[str]:
    """Every import that goes up a layer, or across to an independent sibling."""
    found = []
    for name, targets in sorted(edges.items()):
        here = member(name)
        for target in sorted(targets):
            there = member(target)
            if here is None or there is None:
                continue
            if there[0] > here[0]:
                found.append(f"{name} imports {target}, a layer above it")
            elif there[0] == here[0] and there[1] != here[1] and LAYERS[here[0]].independent:
                found.append(f"{name} imports {target}, which its layer keeps independent of it")
    return found


def outside_the_model(edges: dict[str, set[str]]) -> list[str]:
    return sorted(
        f"{name} imports {target}"
        for name, targets in edges.items()
        if name.startswith("digest.model")
        for target in targets
        if not target.startswith("digest.model")
    )


def cycles(edges: dict[str, set[str]]) -> list[list[str]]:
    """The strongly connected components of more than one module (Tarjan's algorithm, iterative)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    found = []
    for root in sorted(edges):
        if root in index:
            continue
        work = [(root, iter(sorted(edges.get(root, ()))))]
        index[root] = low[root] = len(index)
        stack.append(root)
        on_stack.add(root)
        while work:
            node, targets = work[-1]
            target = next(targets, None)
            if target is None:
                work.pop()
                if work:
                    low[work[-1][0]] = min(low[work[-1][0]], low[node])
                if low[node] == index[node]:
                    component = []
                    while True:
                        popped = stack.pop()
                        on_stack.discard(popped)
                        component.append(popped)
                        if popped == node:
                            break
                    if len(component) > 1:
                        found.append(sorted(component))
            elif target not in index:
                index[target] = low[target] = len(index)
                stack.append(target)
                on_stack.add(target)
                work.append((target, iter(sorted(edges.get(target, ())))))
            elif target in on_stack:
                low[node] = min(low[node], index[target])
    return found


def test_the_resolver_sees_relative_and_function_level_imports():
    edges = graph()
    assert "digest.site.render" in edges["digest.build.scheduler"]
    assert "digest.search.canonical" in edges["digest.search.index"]  # from . import canonical
    assert "digest.build.scheduler" in edges["digest.plugin"]
    assert "digest.model.frontmatter" in edges["digest.model.files"]


def test_every_module_has_a_layer():
    assert not [name for name in graph() if member(name) is None]


def test_each_layer_imports_only_its_own_and_the_layers_below():
    assert not violations(graph())


def test_the_model_imports_nothing_else_of_digest():
    assert not outside_the_model(graph())


def test_no_import_cycle():
    assert cycles(graph()) == []


def test_the_checks_catch_a_planted_upward_import_and_a_planted_cycle():
    edges = graph()
    upward = {**edges, "digest.content": edges["digest.content"] | {"digest.site.index"}}
    assert violations(upward) == ["digest.content imports digest.site.index, a layer above it"]
    across = {**edges, "digest.site.events": edges["digest.site.events"] | {"digest.ingest.events"}}
    assert violations(across) == [
        "digest.site.events imports digest.ingest.events, which its layer keeps independent of it"
    ]
    leak = {**edges, "digest.model.schema": edges["digest.model.schema"] | {"digest.fs"}}
    assert outside_the_model(leak) == ["digest.model.schema imports digest.fs"]
    cycle = {
        **edges,
        "digest.model.text": edges["digest.model.text"] | {"digest.model.entries"},
        "digest.model.entries": edges["digest.model.entries"] | {"digest.model.text"},
    }
    assert ["digest.model.entries", "digest.model.text"] in cycles(cycle)
    assert ["digest.model.entries", "digest.model.text"] not in cycles(edges)


def test_no_module_is_over_400_lines():
    """A module that grows past 400 lines is split by job (issue 15): one job per module keeps each one readable."""
    long = {
        str(path.relative_to(PACKAGE)): n
        for path in PACKAGE.rglob("*.py")
        if (n := len(path.read_text(encoding="utf-8").splitlines())) > 400
    }
    assert not long, f"split these modules by job: {long}"
