"""Start to a shown, populated main window on a scale-100 store, against a bare PySide6 window.

Both are whole processes (interpreter start included), timed from launch until the window has
been painted with its content — the child then prints "ready" — so what the interpreter does
while exiting is not counted. The application starts through its real entry point
(``catalyseur-app --data-dir …``: command line, log, instance lock, store, window), with only
the event loop replaced by "draw once, say ready, leave". Its modules are compiled to bytecode
first, as an installed application's are (pip and PyInstaller do it at install time). The
median of several starts, in the same run; the ratio is what counts (target ≤ 4×).
"""

from __future__ import annotations

import compileall
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

from common import row, scale_store_dir

REPEATS = 5
BARE = """
from PySide6.QtWidgets import QApplication, QMainWindow, QLabel
app = QApplication([])
window = QMainWindow(); window.setCentralWidget(QLabel("Catalyseur")); window.resize(1200, 780)
window.show(); app.processEvents(); window.grab()
print("ready", flush=True)
"""
APP = """
import sys
from PySide6.QtWidgets import QApplication

def draw_once_and_leave(app):  # instead of the event loop
    app.processEvents()
    window = next(w for w in app.topLevelWidgets() if w.isVisible())
    window.grab()  # painted, with the dashboard's data
    print("ready", flush=True)
    return 0

QApplication.exec = draw_once_and_leave
from catalyseur_app.cli import main
sys.exit(main(["--data-dir", sys.argv[1]]))
"""


def _median_seconds(code: str, *args: str) -> float:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    times = []
    for _ in range(REPEATS):
        started = time.perf_counter()
        child = subprocess.Popen([sys.executable, "-c", code, *args], env=env, text=True,
                                 stdout=subprocess.PIPE, stderr=subprocess.DEVNULL)
        line = child.stdout.readline()
        times.append(time.perf_counter() - started)
        child.communicate()
        if line.strip() != "ready" or child.returncode != 0:
            raise RuntimeError(f"the start-up script failed (exit {child.returncode})")
    return statistics.median(times)


def run() -> list[dict]:
    folder = scale_store_dir(100)
    import catalyseur_app

    compileall.compile_dir(Path(catalyseur_app.__file__).parent, quiet=1)
    bare = _median_seconds(BARE)
    app = _median_seconds(APP, str(folder))
    ratio = app / bare
    return [row("start to a populated main window (scale 100) vs a bare PySide6 window",
                f"{app:.2f} s vs {bare:.2f} s = {ratio:.1f}×", "≤ 4×", ratio <= 4)]


if __name__ == "__main__":
    for line in run():
        print(line)
