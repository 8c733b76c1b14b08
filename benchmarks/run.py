"""Run every benchmark (benchmarks/bench_*.py) and print one table of results.

Each module exposes ``run() -> list[dict]`` with keys ``name``, ``measured``, ``target``, ``ok``;
figures are ratios against the raw library doing the same work in the same run where that
makes sense, so they mean the same on any machine.

  python benchmarks/run.py                 print the table
  python benchmarks/run.py --update-readme also replace the table in README.md
  python benchmarks/run.py communes kit    only the named benchmarks
"""

from __future__ import annotations

import importlib.util
import os
import platform
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
README = HERE.parent / "README.md"
START, END = "<!-- benchmarks:start -->", "<!-- benchmarks:end -->"


def _load(path: Path):
    sys.path.insert(0, str(HERE))
    spec = importlib.util.spec_from_file_location(path.stem, path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def main(argv: list[str]) -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    wanted = [a for a in argv if not a.startswith("--")]
    rows = []
    for path in sorted(HERE.glob("bench_*.py")):
        if wanted and path.stem.removeprefix("bench_") not in wanted:
            continue
        started = time.perf_counter()
        try:
            results = _load(path).run()
        except Exception as error:  # one broken benchmark must not hide the others
            results = [{"name": f"{path.stem}: failed ({error!r})", "measured": "—", "target": "—", "ok": False}]
        rows += results
        print(f"{path.stem}: {time.perf_counter() - started:.1f} s", file=sys.stderr)
    table = ["| benchmark | measured | target | ok |", "|---|---|---|---|"]
    table += [f"| {r['name']} | {r['measured']} | {r['target']} | {'✅' if r['ok'] else '❌'} |" for r in rows]
    table.append("")
    table.append(f"Measured on {platform.machine()}, {os.cpu_count()} cores, Python {platform.python_version()}, "
                 f"{time.strftime('%Y-%m-%d')}.")
    text = "\n".join(table)
    print(text)
    if "--update-readme" in argv:
        readme = README.read_text(encoding="utf-8")
        head, rest = readme.split(START, 1)
        _, tail = rest.split(END, 1)
        README.write_text(f"{head}{START}\n{text}\n{END}{tail}", encoding="utf-8")
    return 0 if all(r["ok"] for r in rows) else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
