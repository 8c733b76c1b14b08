"""Text that cannot fit is elided (« … ») and given whole in a tooltip, everywhere.

Qt already elides a line edit's placeholder but says nothing of the rest; a combo box cuts
its text without a sign. One proxy style elides the combo boxes' text, and one application
event filter puts the whole text in the tooltip of a combo box or a line edit whose text or
placeholder does not fit (and takes that tooltip away once it fits again). A tooltip the code
set itself is left alone.

The same style gives a tab's label a little room above and below: Qt draws an unselected tab
lower and cuts what rises above the font's ascent, which is where a capital's accent is
(« Étapes » read « Etapes »).
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QLineEdit,
    QProxyStyle,
    QStyle,
    QStyleOptionComboBox,
    QStyleOptionTab,
    QWidget,
)

AUTO_TIP = "catalyseurAutoTip"  # the dynamic property holding the tooltip this module set
TAB_LABEL_ROOM = 3  # pixels given to a tab's label above and below its rectangle


def combo_text_room(combo: QComboBox) -> int:
    option = QStyleOptionComboBox()
    combo.initStyleOption(option)
    field = combo.style().subControlRect(QStyle.ComplexControl.CC_ComboBox, option,
                                         QStyle.SubControl.SC_ComboBoxEditField, combo)
    room = field.width()
    if not option.currentIcon.isNull():
        room -= option.iconSize.width() + 4
    return room


def placeholder_room(edit: QLineEdit) -> int:
    margins = edit.textMargins()
    room = edit.contentsRect().width() - margins.left() - margins.right() - 4  # QLineEdit's own padding
    if edit.isClearButtonEnabled():
        room -= edit.height() // 2
    return room


def cut_text(widget: QWidget) -> str:
    """The whole text ``widget`` cannot show, or ''."""
    if isinstance(widget, QComboBox) and not widget.isEditable():
        text = widget.currentText().strip()  # an indented choice is drawn without its indent
        room = combo_text_room(widget)
    elif isinstance(widget, QLineEdit) and not widget.text() and widget.placeholderText():
        text = widget.placeholderText()
        room = placeholder_room(widget)
    else:
        return ""
    return text if widget.fontMetrics().horizontalAdvance(text) > room + 1 else ""


class _ElidingStyle(QProxyStyle):
    def drawControl(self, element, option, painter, widget=None):
        if (element == QStyle.ControlElement.CE_ComboBoxLabel and isinstance(widget, QComboBox)
                and not widget.isEditable()):
            room = combo_text_room(widget)
            text = option.currentText.strip()
            elided = widget.fontMetrics().elidedText(text, Qt.TextElideMode.ElideRight, room)
            if elided != option.currentText:
                option = QStyleOptionComboBox(option)
                option.currentText = elided
        elif element == QStyle.ControlElement.CE_TabBarTabLabel and isinstance(option, QStyleOptionTab):
            option = QStyleOptionTab(option)
            option.rect = option.rect.adjusted(0, -TAB_LABEL_ROOM, 0, TAB_LABEL_ROOM)  # still centred
        super().drawControl(element, option, painter, widget)


_WATCHED = (QEvent.Type.Paint, QEvent.Type.Resize, QEvent.Type.Show, QEvent.Type.ToolTip)


class _TipWhenCut(QObject):
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in _WATCHED and isinstance(watched, (QComboBox, QLineEdit)):
            update_tip(watched)
        return False


def update_tip(widget: QWidget) -> None:
    """Tooltip = the whole text while it is cut; the widget's own tooltip is never replaced."""
    mine = widget.property(AUTO_TIP)
    if widget.toolTip() and widget.toolTip() != mine:
        return
    whole = cut_text(widget)
    if whole != (mine or ""):
        widget.setToolTip(whole)
        widget.setProperty(AUTO_TIP, whole)


_installed: dict[int, tuple[QObject, QProxyStyle]] = {}


def install(app: QApplication) -> None:
    """Once per application: the eliding style and the tooltip filter."""
    if id(app) in _installed:
        return
    style = _ElidingStyle(app.style().name())
    app.setStyle(style)
    tips = _TipWhenCut(app)
    app.installEventFilter(tips)
    _installed[id(app)] = (tips, style)
