"""Reusable widgets for the record pages.

    SearchBox          QLineEdit that emits ``search_changed(text)`` ~150 ms after typing stops
                       (``flush()`` emits at once); Échap clears it
    CommunePicker      one commune, typed and completed from the national referential:
                       ``insee()``, ``set_insee(code)``, signal ``commune_changed(object)``
    MultiCommunePicker several communes: ``communes()``, ``set_communes([...])``, signal ``changed``
    FieldErrors        shows messages under the fields of a form: ``show(errors)``,
                       ``clear()``; fields get a red border and the message as tooltip
    compact_rows, ResponsiveColumns   one-line rows; columns hidden when the table is narrow
"""

from catalyseur_app.ui.widgets.commune_picker import CommunePicker, MultiCommunePicker
from catalyseur_app.ui.widgets.field_errors import FieldErrors
from catalyseur_app.ui.widgets.search_box import SearchBox
from catalyseur_app.ui.widgets.table_layout import ResponsiveColumns, compact_rows

__all__ = ["CommunePicker", "FieldErrors", "MultiCommunePicker", "ResponsiveColumns", "SearchBox",
           "compact_rows"]
