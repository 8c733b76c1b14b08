"""With CATALYSEUR_XLSX_CANDIDATE=calamine or xlsxwriter and this folder on PYTHONPATH, every Python
process (the test run and the children the crash tests start) uses that library candidate from
benchmarks/xlsx_candidates.py in place of the hand-written reader or writer. Measurement only."""

import os
import sys

_CANDIDATE = os.environ.get("CATALYSEUR_XLSX_CANDIDATE")
_TARGETS = {"calamine": "catalyseur_app.exchange.xlsx.reader", "xlsxwriter": "catalyseur_app.exchange.xlsx.writer"}


class _Installer:
    """Installs the candidate right after its module is first imported (not before: importing the
    exchange package at start-up would change what the start-up tests measure)."""

    def find_spec(self, name, path=None, target=None):
        if name != _TARGETS.get(_CANDIDATE):
            return None
        from importlib.machinery import PathFinder

        spec = PathFinder.find_spec(name, path)
        loader = spec.loader
        exec_module = loader.exec_module

        def exec_and_install(module):
            exec_module(module)
            sys.modules[name] = module
            sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
            import xlsx_candidates

            xlsx_candidates.install(_CANDIDATE)

        loader.exec_module = exec_and_install
        return spec


if _CANDIDATE:
    if _CANDIDATE not in _TARGETS:
        raise SystemExit(f"CATALYSEUR_XLSX_CANDIDATE: one of {sorted(_TARGETS)}")
    sys.meta_path.insert(0, _Installer())
