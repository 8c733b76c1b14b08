"""A tab's label keeps the accent of its capital letter (« Étapes », not « Etapes ») whether the
tab is selected or not: Qt's styles draw an unselected tab lower and cut what rises above the
font's ascent, which is exactly where a capital's accent is."""

from PySide6.QtWidgets import QApplication, QTabWidget, QWidget

from catalyseur_app.ui.widgets import elision


def _tab_image(qtbot, label: str):
    tabs = QTabWidget()
    qtbot.addWidget(tabs)
    tabs.addTab(QWidget(), "Formes")
    tabs.addTab(QWidget(), label)  # not selected
    tabs.resize(300, 80)
    tabs.show()
    qtbot.waitExposed(tabs)
    bar = tabs.tabBar()
    return bar.grab(bar.tabRect(1)).toImage()


def test_an_unselected_tab_draws_the_accent_of_its_capital(qtbot):
    elision.install(QApplication.instance())
    accented, plain = _tab_image(qtbot, "Étapes"), _tab_image(qtbot, "Etapes")
    assert accented.size() == plain.size()
    differing_rows = {y for y in range(plain.height()) for x in range(plain.width())
                      if accented.pixel(x, y) != plain.pixel(x, y)}
    assert differing_rows, "the accent of « É » was cut off"
