"""Accessible names for form fields, taken from the label that already names them on screen."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QWidget


def name_fields_from_labels(form: QWidget) -> None:
    """Give every field that has a buddy label (and no accessible name yet) the label's text.

    Screen readers then announce « Nom », « Type »… even where the toolkit would not follow the
    buddy; ``&`` mnemonics and the trailing colon are left out.
    """
    for label in form.findChildren(QLabel):
        buddy = label.buddy()
        if buddy is not None and not buddy.accessibleName():
            text = label.text().replace("&&", "\0").replace("&", "").replace("\0", "&")
            buddy.setAccessibleName(text.rstrip(" :\u00a0\u202f"))
