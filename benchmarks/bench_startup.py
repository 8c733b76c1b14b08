"""Start to a shown, populated main window on a scale-100 store, against a bare PySide6 window.

Both are whole processes (interpreter start included), timed from launch until the window has
been painted with its content — the child then prints "ready" — so what the interpreter does
while exiting is not counted. The median of several starts, in the same run; the ratio is what
counts (target ≤ 4×).
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import time

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
from pathlib import Path
from catalyseur_app.store import open_store
from catalyseur_app.ui.app import application, start
app = application()
store = open_store(Path(sys.argv[1]))
controller = start(store)
app.processEvents()
controller.window.grab()  # painted, with the dashboard's data
print("ready", flush=True)
store.close()
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
    bare = _median_seconds(BARE)
    app = _median_seconds(APP, str(folder))
    ratio = app / bare
    return [row("start to a populated main window (scale 100) vs a bare PySide6 window",
                f"{app:.2f} s vs {bare:.2f} s = {ratio:.1f}×", "≤ 4×", ratio <= 4)]


if __name__ == "__main__":
    for line in run():
        print(line)
