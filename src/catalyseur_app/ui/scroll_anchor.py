"""Keep the widget the person just used at the same place on screen while the page changes.

An answer can show or hide follow-up questions (and messages) above or below it; without care the
scroll area moves the page under the pointer and the next click lands on the wrong option.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from PySide6.QtCore import QEvent, QPoint
from PySide6.QtWidgets import QApplication, QScrollArea, QWidget


def _top(widget: QWidget, area: QScrollArea) -> int:
    return widget.mapTo(area.viewport(), QPoint(0, 0)).y()


@contextmanager
def kept_in_place(area: QScrollArea, anchor: QWidget) -> Iterator[None]:
    """Run the block, then scroll ``area`` so that ``anchor`` is where it was before."""
    body = area.widget()
    if body is None or not anchor.isVisible() or not body.isAncestorOf(anchor):
        yield
        return
    before = _top(anchor, area)
    # A page that got shorter would pull the scroll bar back (its range shrinks) and drag
    # the anchor down: the page keeps its height while the person stays on it.
    body.setMinimumHeight(body.height())
    yield
    QApplication.sendPostedEvents(None, QEvent.Type.LayoutRequest)
    if body.layout() is not None:
        body.layout().activate()
    QApplication.sendPostedEvents(None, QEvent.Type.LayoutRequest)
    bar = area.verticalScrollBar()
    bar.setValue(bar.value() + _top(anchor, area) - before)


def release(area: QScrollArea) -> None:
    """Let the page take its natural height again (when the person moves to another page)."""
    if area.widget() is not None:
        area.widget().setMinimumHeight(0)
