"""Issue 11, item 6: the window opens within the screen and remembers its place, size, maximised
state, splitters and column widths between launches (in the test's own data folder)."""

from PySide6.QtCore import QRect, Qt
from PySide6.QtWidgets import QApplication

from catalyseur_app.profile import ProfileData, save_profile
from catalyseur_app.ui.main_window import PAGE_KEYS, MainWindow
from catalyseur_app.ui.window_state import SETTINGS_FILE, first_rect, fit_rect

LAPTOPS = (QRect(0, 0, 1366, 738), QRect(0, 0, 1024, 738))  # 768 minus a 30-pixel panel


def _window(qtbot, store) -> MainWindow:
    window = MainWindow(store)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


def test_the_window_opens_within_the_available_screen(qtbot, store):
    window = _window(qtbot, store)
    available = window.screen().availableGeometry()
    frame = window.frameGeometry()
    # the test screen is 800 pixels wide: the window fits it as far as its minimum width allows
    assert available.contains(frame.topLeft()) and frame.bottom() <= available.bottom(), (frame, available)
    assert window.width() <= max(available.width(), window.minimumSizeHint().width())


def test_the_first_size_fits_a_small_laptop_and_a_saved_place_is_brought_back_on_screen():
    for available in LAPTOPS:
        rect = first_rect(available)
        assert available.contains(rect) and rect.width() <= 1200 and rect.height() <= 780
        # a window saved on a bigger screen, or half off this one, comes back whole
        assert available.contains(fit_rect(QRect(900, 500, 1200, 780), available))
        assert fit_rect(QRect(-300, -50, 600, 400), available) == QRect(0, 0, 600, 400)
    assert first_rect(QRect(0, 0, 1920, 1050)).size().toTuple() == (1200, 780)


def test_size_place_and_maximised_state_are_remembered(qtbot, store):
    window = _window(qtbot, store)
    width = window.minimumSizeHint().width()
    window.setGeometry(0, 50, width, 640)
    window.close()
    assert (store.data_dir / SETTINGS_FILE).is_file()

    again = _window(qtbot, store)
    assert again.geometry().getRect() == (0, 50, width, 640)
    again.showMaximized()
    QApplication.processEvents()
    again.close()

    third = MainWindow(store)
    qtbot.addWidget(third)
    assert third.windowState() & Qt.WindowState.WindowMaximized


def test_splitters_and_column_widths_are_remembered(qtbot, store):
    save_profile(store, ProfileData("Camille Martin", "Tiers-lieu", "camille@exemple.fr", ["15187"]))
    window = _window(qtbot, store)
    window.navigate("journal")
    page = window.page("journal")
    page.ui.splitter.setSizes([300, 400])
    sizes = page.ui.splitter.sizes()
    page.ui.table.setColumnWidth(0, 133)
    window.close()

    again = _window(qtbot, store)
    again.navigate("journal")
    page = again.page("journal")
    QApplication.processEvents()
    assert page.ui.splitter.sizes() == sizes
    assert page.ui.table.columnWidth(0) == 133


def test_every_page_fits_a_1024_by_768_window(qtbot, store):
    save_profile(store, ProfileData("Camille Martin", "Tiers-lieu", "camille@exemple.fr", ["15187"]))
    store.load_sessions()
    window = _window(qtbot, store)
    for key in PAGE_KEYS:
        window.navigate(key)
        window.resize(1024, 740)
        QApplication.processEvents()
        assert window.size().toTuple() == (1024, 740), (key, window.minimumSizeHint())
