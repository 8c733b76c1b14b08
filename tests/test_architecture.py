import ast
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = ROOT / "src" / "catalyseur_app"


def test_nothing_outside_ui_imports_qt():
    offenders = []
    for path in PACKAGE.rglob("*.py"):
        if "ui" in path.relative_to(PACKAGE).parts[:1]:
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            names = [a.name for a in node.names] if isinstance(node, ast.Import) else (
                [node.module or ""] if isinstance(node, ast.ImportFrom) else [])
            if any(n.split(".")[0] in ("PySide6", "shiboken6") for n in names):
                offenders.append(str(path.relative_to(ROOT)))
    assert offenders == []


def test_headless_packages_load_without_qt():
    code = (
        "import sys, catalyseur_app.cli, catalyseur_app.store, catalyseur_app.kit, "
        "catalyseur_app.exchange, catalyseur_app.reports, catalyseur_app.domain.communes;"
        "catalyseur_app.cli.build_parser();"
        "assert not [m for m in sys.modules if m.startswith('PySide6')], 'Qt was imported'"
    )
    subprocess.run([sys.executable, "-c", code], check=True)


def test_generated_forms_are_current():
    result = subprocess.run([sys.executable, str(ROOT / "tools" / "build_forms.py"), "--check"],
                            capture_output=True, text=True)
    assert result.returncode == 0, result.stdout


def test_french_translation_is_complete():
    result = subprocess.run([sys.executable, str(ROOT / "tools" / "translations.py"), "unfinished"],
                            capture_output=True, text=True)
    assert result.returncode == 0, "untranslated:\n" + result.stdout


def test_the_command_line_loads_no_heavy_library_until_a_command_runs():
    code = (
        "import sys, catalyseur_app.cli as cli; cli.build_parser();"
        "heavy = {m.split('.')[0] for m in sys.modules}"
        " & {'sqlalchemy', 'alembic', 'openpyxl', 'reportlab', 'PySide6'};"
        "assert not heavy, sorted(heavy)"
    )
    subprocess.run([sys.executable, "-c", code], check=True)


def test_only_global_options_open_the_window_without_loading_the_commands():
    from catalyseur_app.cli import _opens_the_window

    assert _opens_the_window([])
    assert _opens_the_window(["--data-dir", "/tmp/x", "--lang", "en"])
    for argv in (["demo"], ["--data-dir", "/tmp/x", "sync", "export"], ["--help"], ["--version"], ["--lang", "xx"]):
        assert not _opens_the_window(argv), argv


# --- Structure: rooms, imports, sizes -------------------------------------------------------------

GENERATED = PACKAGE / "ui" / "generated"
MAX_LINES = 400


def _modules() -> dict[str, Path]:
    """Dotted name -> file, for every module of the package but generated forms and migrations."""
    found = {}
    for path in sorted(PACKAGE.rglob("*.py")):
        relative = path.relative_to(PACKAGE.parent)
        if GENERATED in path.parents or "migrations" in relative.parts:
            continue
        parts = list(relative.with_suffix("").parts)
        if parts[-1] == "__init__":
            parts.pop()
        found[".".join(parts)] = path
    return found


def _imports(name: str, path: Path) -> list[tuple[str, list[str]]]:
    """(module imported, names taken) for every import of the file, at any depth (inside
    functions and under TYPE_CHECKING too), made absolute."""
    package = name if path.name == "__init__.py" else name.rpartition(".")[0]
    found = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            found.extend((alias.name, []) for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                anchor = package.split(".")[: len(package.split(".")) - node.level + 1]
                base = ".".join(anchor + ([base] if base else []))
            found.append((base, [alias.name for alias in node.names]))
    return found


def _graph() -> dict[str, set[str]]:
    """Module -> the modules of the package it imports, wherever the import stands."""
    modules = _modules()
    graph: dict[str, set[str]] = {name: set() for name in modules}
    for name, path in modules.items():
        for module, names in _imports(name, path):
            targets = [f"{module}.{n}" for n in names if f"{module}.{n}" in modules] or [module]
            graph[name].update(target for target in targets if target in modules and target != name)
    return graph


def test_no_module_imports_back_into_a_module_that_imports_it():
    graph = _graph()
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    cycles = []

    def visit(node: str) -> None:  # Tarjan's strongly connected components
        index[node] = low[node] = len(index)
        stack.append(node)
        for after in graph[node]:
            if after not in index:
                visit(after)
                low[node] = min(low[node], low[after])
            elif after in stack:
                low[node] = min(low[node], index[after])
        if low[node] == index[node]:
            component = []
            while True:
                member = stack.pop()
                component.append(member)
                if member == node:
                    break
            if len(component) > 1:
                cycles.append(sorted(component))

    for node in graph:
        if node not in index:
            visit(node)
    assert cycles == []


def test_no_private_name_is_imported_from_another_file():
    modules = _modules()
    offenders = []
    for name, path in modules.items():
        for module, names in _imports(name, path):
            if not module.startswith("catalyseur_app"):
                continue
            offenders += [f"{name} takes {module}.{n}" for n in names
                          if n.startswith("_") and not n.startswith("__")]
            if module.rpartition(".")[2].startswith("_") and not module.endswith("__"):
                offenders.append(f"{name} imports {module}")
    assert offenders == []


def test_each_view_is_named_after_its_form():
    """ui/x.py and ui/pages/x.py show forms/x.ui; ui/pages/a/b.py shows forms/a_b.ui."""
    offenders = []
    ui = PACKAGE / "ui"
    for name, path in _modules().items():
        if ui not in path.parents:
            continue
        parts = list(path.relative_to(ui).with_suffix("").parts)
        if parts[0] == "pages":
            parts.pop(0)
        expected = "_".join(parts)
        for module, _names in _imports(name, path):
            if module.startswith("catalyseur_app.ui.generated.ui_"):
                form = module.rpartition(".ui_")[2]
                if form != expected:
                    offenders.append(f"{path.relative_to(ROOT)} shows forms/{form}.ui")
    assert offenders == []
    shown = {module.rpartition(".ui_")[2] for name, path in _modules().items() for module, _ in _imports(name, path)
             if module.startswith("catalyseur_app.ui.generated.ui_")}
    assert shown == {form.stem for form in (ROOT / "forms").glob("*.ui")}, "a form no view shows"


def test_no_module_is_over_four_hundred_lines():
    long = {str(path.relative_to(ROOT)): count for path in _modules().values()
            if (count := len(path.read_text(encoding="utf-8").splitlines())) > MAX_LINES}
    assert long == {}


# --- One owner of the language (issue 14 §1) -------------------------------------------------------

LANGUAGE_NAMES = frozenset({"language", "_language", "lang", "language_code"})
# The functions that change the language: i18n.install_language calls messages.set_language; the
# others hand it the language a person chose (the menu, the setting) or the command line's --lang
# (run_gui reads args.lang). Nothing else in the window takes, keeps or passes a language of its
# own: it calls messages.language() (or a formatting helper, which follows it) where one is needed.
SETS_THE_LANGUAGE = frozenset({("ui/i18n.py", "install_language"), ("ui/app.py", "run_gui"), ("ui/app.py", "start"),
                               ("ui/app.py", "change_language"), ("ui/main_window.py", "request_language")})


def _language_holders(relative: str, tree: ast.AST) -> list[str]:
    """Where the module keeps a language of its own: an attribute named like one (``self.language``,
    ``context.language``; ``messages.language``, the owner's function, is the exception), the same
    through getattr/hasattr/setattr, a parameter, or any variable bound to such a name."""
    found = []

    def visit(node: ast.AST, function: str | None) -> None:
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)):
            if (relative, node.name) in SETS_THE_LANGUAGE:
                return
            function = node.name
        where = f"{relative}:{getattr(node, 'lineno', '?')}"
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.Lambda)):
            arguments = node.args
            every = arguments.posonlyargs + arguments.args + arguments.kwonlyargs
            every += [a for a in (arguments.vararg, arguments.kwarg) if a is not None]
            found.extend(f"{where} parameter {a.arg!r} of {function or 'lambda'}" for a in every if a.arg in LANGUAGE_NAMES)
        elif isinstance(node, ast.Attribute) and node.attr in LANGUAGE_NAMES:
            if not (isinstance(node.value, ast.Name) and node.value.id == "messages"):
                found.append(f"{where} attribute .{node.attr}")
        elif isinstance(node, ast.Name) and node.id in LANGUAGE_NAMES and isinstance(node.ctx, (ast.Store, ast.Del)):
            found.append(f"{where} variable {node.id!r}")
        elif (isinstance(node, ast.Call) and isinstance(node.func, ast.Name)
              and node.func.id in {"getattr", "hasattr", "setattr", "delattr"} and len(node.args) > 1
              and isinstance(node.args[1], ast.Constant) and node.args[1].value in LANGUAGE_NAMES):
            found.append(f"{where} {node.func.id}(…, {node.args[1].value!r})")
        for child in ast.iter_child_nodes(node):
            visit(child, function)

    visit(tree, None)
    return found


def test_the_window_keeps_no_language_of_its_own():
    """messages.language() is the one owner of the current language: no page, model, dialog, context
    or controller stores a copy, takes one as a parameter or passes one along (a copy goes stale
    and disagrees with t() and the formatting helpers the day someone forgets to pass it on)."""
    ui = PACKAGE / "ui"
    offenders = []
    for path in _modules().values():
        if ui in path.parents:
            relative = str(path.relative_to(PACKAGE).as_posix())
            offenders += _language_holders(relative, ast.parse(path.read_text(encoding="utf-8")))
    assert offenders == []


def test_the_language_rule_sees_each_way_of_keeping_a_language():
    kept = """
class Context:
    language: str = "fr"
class Page:
    def __init__(self, context, lang="fr"):
        self.language = context.language
        self._language = getattr(context, "language", "fr")
    def show(self):
        language = self.language
        return messages.language(), language
def install_language(app, language):
    return language
"""
    found = _language_holders("ui/i18n.py", ast.parse(kept))  # where install_language may take one
    assert [line.partition(" ")[2] for line in found] == [
        "variable 'language'", "parameter 'lang' of __init__", "attribute .language", "attribute .language",
        "attribute ._language", "getattr(…, 'language')", "variable 'language'", "attribute .language"], found
