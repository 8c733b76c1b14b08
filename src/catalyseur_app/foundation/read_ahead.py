"""Reading sync files ahead, in worker processes, while the consolidation writes.

Reading and verifying a file (``exchange.reader``) costs more than writing it; on the
foundation's machine the next files are read by other processes while this one plans and writes
the current one, in order. Workers are forked (Linux): a forked worker only reads files, never
touches the database connections it inherits, and leaves with ``os._exit`` (multiprocessing's
way), so they are never closed from it. Elsewhere — where the only safe start is "spawn", which
re-runs the main module and, in the frozen program, would start the application again — and for
a handful of files, the files are simply read in this process.
"""

from __future__ import annotations

import multiprocessing
import os
import sys
from collections import deque
from collections.abc import Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from pathlib import Path

from catalyseur_app.exchange.errors import SyncFileError
from catalyseur_app.exchange.reader import SyncFile, read_sync_file
from catalyseur_app.messages import current_language, set_language

MIN_FILES_FOR_WORKERS = 8  # below this, starting the workers costs more than it saves
MAX_WORKERS = 4


def read_one(path: Path, language: str = "fr") -> tuple[SyncFile | None, str]:
    """(the verified file, "") or (None, why it is refused), in ``language``."""
    set_language(language)
    try:
        return read_sync_file(path), ""
    except SyncFileError as error:
        return None, str(error)


def read_ahead(paths: list[Path], workers: int | None = None) -> Iterator[tuple[SyncFile | None, str]]:
    """``read_one`` of each path, in the order given, reading up to two files per worker ahead."""
    language = current_language()
    workers = workers if workers is not None else min(MAX_WORKERS, os.cpu_count() or 1)
    if workers < 2 or len(paths) < MIN_FILES_FOR_WORKERS or not sys.platform.startswith("linux"):
        for path in paths:
            yield read_one(path, language)
        return
    with ProcessPoolExecutor(max_workers=workers, mp_context=multiprocessing.get_context("fork")) as pool:
        waiting: deque[Future] = deque()
        upcoming = iter(paths)
        for path in upcoming:
            waiting.append(pool.submit(read_one, path, language))
            if len(waiting) >= 2 * workers:
                break
        while waiting:
            result = waiting.popleft().result()
            following = next(upcoming, None)
            if following is not None:
                waiting.append(pool.submit(read_one, following, language))
            yield result
