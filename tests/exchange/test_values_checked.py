"""Values a receiver could not keep are refused at the preview, naming file, sheet, row and column,
in French (English with --lang en), and nothing is changed: cells longer than Excel allows, codes
outside the application's lists, unknown communes, ODD outside 1-17, impossible numbers, and
escapes that make no character (_xD800_)."""

import re
import uuid
from datetime import UTC, date, datetime

import pytest
from exchange_files import OTHER_DEVICE, actor_row, forge, refused, rewrite_part, sheet_part

from catalyseur_app.domain.typography import french_spacing as spaced

STAMP = datetime(2025, 1, 1, tzinfo=UTC)


def stamped(**values):
    return dict(id=str(uuid.uuid4()), version=1, changed_by=OTHER_DEVICE, created_at=STAMP, updated_at=STAMP,
                **values)


def partnership(**values):
    return stamped(**{"title": "Jardin partagé", "form": "mecenat", "stage": "active", **values})


def activity(**values):
    return stamped(**{"day": date(2024, 4, 2), "metier": "dialogue", "mission": "dialogue.rencontres",
                      "title": "Réunion", **values})


def diagnostic(**values):
    return stamped(**{"kit_id": "sortie_de_crise", "kit_version": "2024.1", "commune_insee": "15187",
                      "started_on": date(2024, 5, 6), **values})


CASES = {
    # name: (sheet, row, place fragment, message fragment)
    "long-text": ("acteurs", actor_row(str(uuid.uuid4()), notes="é" * 32768),
                  spaced("colonne « notes » (I)"), "32"),
    "actor-kind": ("acteurs", actor_row(str(uuid.uuid4()), kind="martien"), spaced("colonne « kind » (D)"), spaced("« martien »")),
    "commune": ("acteurs", actor_row(str(uuid.uuid4()), commune_insee="00000"), spaced("colonne « commune_insee » (E)"),
                spaced("« 00000 »")),
    "form": ("partenariats", partnership(form="don"), spaced("colonne « form » (D)"), spaced("« don »")),
    "stage": ("partenariats", partnership(stage="finie"), spaced("colonne « stage » (E)"), spaced("« finie »")),
    "odd": ("partenariats", partnership(odds="3;99"), spaced("colonne « odds » (O)"), "99"),
    "need": ("partenariats", partnership(needs="emploi;bonheur"), spaced("colonne « needs » (N)"), spaced("« bonheur »")),
    "list-commune": ("partenariats", partnership(communes="15187;00000"), spaced("colonne « communes » (M)"), spaced("« 00000 »")),
    "money": ("partenariats", partnership(money_eur=1e30), spaced("colonne « money_eur » (H)"), "1e+30"),
    "negative-money": ("partenariats", partnership(money_eur=-5.0), spaced("colonne « money_eur » (H)"), "-5"),
    "metier": ("activites", activity(metier="jardinage"), spaced("colonne « metier » (C)"), spaced("« jardinage »")),
    "mission": ("activites", activity(mission="dialogue.danse"), spaced("colonne « mission » (D)"), spaced("« dialogue.danse »")),
    "mission-of-another-metier": ("activites", activity(mission="lieu.fablab"), spaced("colonne « mission » (D)"),
                                  spaced("« lieu.fablab »")),
    "minutes": ("activites", activity(minutes=10 ** 30), spaced("colonne « minutes » (F)"), "1000000000000000000000000000000"),
    "participants": ("activites", activity(participants=-3), spaced("colonne « participants » (G)"), "-3"),
    "negative-version": ("acteurs", actor_row(str(uuid.uuid4()), version=-1), spaced("colonne « version » (K)"), "-1"),
    "zero-version": ("acteurs", actor_row(str(uuid.uuid4()), version=0), spaced("colonne « version » (K)"), "0"),
    "diagnostic-commune": ("diagnostics", diagnostic(commune_insee="99999"), spaced("colonne « commune_insee » (D)"),
                           spaced("« 99999 »")),
    "diagnostic-status": ("diagnostics", diagnostic(status="perdu"), spaced("colonne « status » (F)"), spaced("« perdu »")),
}


@pytest.mark.parametrize("dry_run", [True, False], ids=["preview", "import"])
@pytest.mark.parametrize("case", CASES)
def test_refused_with_its_place(store, tmp_path, capsys, case, dry_run):
    sheet, row, column, fragment = CASES[case]
    path = forge(tmp_path / f"{case}.xlsx", {sheet: [row]})
    refused(store, path, spaced(f"feuille « {sheet} », ligne 3, {column}"), fragment, capsys=capsys, dry_run=dry_run)


def test_in_english(store, tmp_path, capsys):
    path = forge(tmp_path / "odd.xlsx", {"partenariats": [partnership(odds="99")]})
    refused(store, path, "sheet “partenariats”, row 3, column “odds” (O)", "numbered 1 to 17", capsys=capsys, lang="en")
    path = forge(tmp_path / "minutes.xlsx", {"activites": [activity(minutes=10 ** 30)]})
    refused(store, path, "sheet “activites”, row 3, column “minutes” (F)", capsys=capsys, lang="en")


def test_the_longest_cell_excel_allows_is_accepted(store, tmp_path):
    from catalyseur_app.exchange.importer import import_sync_file

    path = forge(tmp_path / "long.xlsx", {"acteurs": [actor_row(str(uuid.uuid4()), notes="é" * 32767)]})
    assert import_sync_file(store, path, trust_new=True).plan.summary()["add"] == 1


@pytest.mark.parametrize("dry_run", [True, False], ids=["preview", "import"])
def test_an_escape_that_makes_no_character(store, tmp_path, capsys, dry_run):
    good = forge(tmp_path / "bon.xlsx", {"acteurs": [actor_row(str(uuid.uuid4()), notes="Bonjour")]})
    path = rewrite_part(good, tmp_path / "surrogate.xlsx", sheet_part("acteurs"),
                        lambda text: text.replace(">Bonjour<", ">Bon_xD800_jour<"))
    refused(store, path, spaced("feuille « acteurs », ligne 3, colonne « notes » (I)"), "_xD800_", capsys=capsys,
            dry_run=dry_run)


def test_an_escape_that_makes_no_character_in_the_manifest(store, tmp_path, capsys):
    good = forge(tmp_path / "bon.xlsx", {})
    path = rewrite_part(good, tmp_path / "manifeste.xlsx", sheet_part("manifeste"),
                        lambda text: re.sub(r">Autre catalyseur<", ">Autre_xDFFF_ catalyseur<", text))
    refused(store, path, spaced("feuille « manifeste »"), "_xDFFF_", capsys=capsys)
