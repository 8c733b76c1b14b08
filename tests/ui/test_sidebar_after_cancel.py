"""Issue 11 item 11: after « Annuler » on the unsaved-changes question, the sidebar shows the page
still open, not the one clicked."""

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from catalyseur_app.ui.main_window import PAGE_KEYS, MainWindow


def answer_cancel():
    def answer():
        box = QApplication.activeModalWidget()
        if isinstance(box, QMessageBox):
            box.button(QMessageBox.StandardButton.Cancel).click()
        else:
            QTimer.singleShot(10, answer)
    QTimer.singleShot(0, answer)


def test_cancelling_a_page_switch_keeps_the_sidebar_on_the_open_page(qtbot, store):
    window = MainWindow(store)
    qtbot.addWidget(window)
    window.resize(1200, 800)
    window.show()
    window.navigate("journal")
    window.page("journal").editor.ui.title.setText("Atelier non enregistré")
    navigation = window.ui.navigation
    actors = navigation.item(PAGE_KEYS.index("actors"))
    answer_cancel()
    qtbot.mouseClick(navigation.viewport(), Qt.MouseButton.LeftButton, pos=navigation.visualItemRect(actors).center())
    qtbot.wait(50)  # let the click finish after the question
    journal = navigation.item(PAGE_KEYS.index("journal"))
    typed = window.page("journal").editor.ui.title.text()
    window.page("journal").editor.new()  # nothing left unsaved: closing the window asks nothing
    assert window.current_page_key() == "journal"
    assert navigation.currentItem() is journal
    assert navigation.selectedItems() == [journal]
    assert typed == "Atelier non enregistré"
