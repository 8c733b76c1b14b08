"""The window's first screen is drawn before SQLAlchemy is loaded; the rest loads behind it."""

import subprocess
import sys
import textwrap

from catalyseur_app.profile import ProfileData, save_profile
from catalyseur_app.records.actors import ActorData, create_actor
from catalyseur_app.store import open_store

CHILD = textwrap.dedent("""
    import sys, threading
    from pathlib import Path
    from catalyseur_app.store import open_store
    from catalyseur_app.ui.app import application, start

    app = application()
    store = open_store(Path(sys.argv[1]))
    controller = start(store)
    app.processEvents()
    dashboard = controller.window.page("dashboard")
    assert dashboard.data.totals.actors == 2, dashboard.data.totals
    assert "Camille Martin" in controller.window.statusBar().currentMessage()
    assert "sqlalchemy" not in sys.modules, "SQLAlchemy was imported before the first screen"

    app.processEvents()  # the window has been drawn: the rest loads in the background
    loaders = [thread for thread in threading.enumerate() if thread.name == "load-the-rest"]
    assert loaders, "nothing is loaded after the first screen"
    loaders[0].join(60)
    assert "sqlalchemy.orm" in sys.modules
    controller.window.navigate("actors")
    assert controller.window.page("actors").model.total == 2
    store.close()
    print("ok")
""")


def test_the_first_screen_is_drawn_before_sqlalchemy_is_loaded(tmp_path):
    with open_store(tmp_path) as store:
        save_profile(store, ProfileData("Camille Martin", "Tiers-lieu", "camille@exemple.fr", ["15187"]))
        create_actor(store, ActorData(name="École de Vabre", kind="association", commune_insee="81305"))
        create_actor(store, ActorData(name="Mairie de Murat", kind="commune", commune_insee="15138"))
    result = subprocess.run([sys.executable, "-c", CHILD, str(tmp_path)], capture_output=True, text=True,
                            timeout=120)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "ok"
