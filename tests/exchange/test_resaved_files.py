"""A sync file opened and saved again by LibreOffice (or Excel) without changes still imports: its
empty drawing parts and its booleans saved as the constant formulas TRUE()/FALSE() are accepted;
nothing more (any other drawing or formula stays refused)."""

import re
import shutil
import subprocess

import pytest
from exchange_factory import populate
from exchange_files import add_parts, refused, rewrite_part, sheet_part

from catalyseur_app.cli import main
from catalyseur_app.domain.typography import french_spacing as spaced
from catalyseur_app.exchange.export import export_sync_file
from catalyseur_app.exchange.importer import import_sync_file
from catalyseur_app.exchange.reader import read_sync_file
from catalyseur_app.store import models as m

EMPTY_DRAWING = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<xdr:wsDr xmlns:xdr="http://schemas.'
                 'openxmlformats.org/drawingml/2006/spreadsheetDrawing" xmlns:a="http://schemas.openxmlformats.org/'
                 'drawingml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">'
                 '</xdr:wsDr>')
INSPIRING = '<c r="L3" t="b"><v>1</v></c>'


@pytest.fixture
def exported(other_store, tmp_path):
    """A full export from another device. LibreOffice turns a CR LF inside a text into LF (a real
    change, which the checksum catches), so these notes hold LF only."""
    populate(other_store)
    with other_store.write() as s:
        for actor in s.query(m.Actor):
            actor.notes = actor.notes.replace("\r\n", "\n")
    path = tmp_path / "envoi.xlsx"
    export_sync_file(other_store, path, full=True)
    return path


def records(path):
    return read_sync_file(path).records


@pytest.mark.skipif(shutil.which("soffice") is None, reason="LibreOffice (soffice) is not installed")
def test_a_file_saved_again_by_libreoffice_imports(store, exported, tmp_path, capsys):
    out = tmp_path / "libreoffice"
    done = subprocess.run(
        ["soffice", "--headless", "--norestore", f"-env:UserInstallation={(tmp_path / 'profil').as_uri()}",
         "--convert-to", "xlsx:Calc MS Excel 2007 XML", "--outdir", str(out), str(exported)],
        capture_output=True, timeout=180)
    resaved = out / exported.name
    assert done.returncode == 0 and resaved.exists(), done.stderr
    store.close()
    code = main(["--data-dir", str(store.data_dir), "sync", "import", "--trust-new", str(resaved)])
    store.__init__(store.data_dir, store.engine, None)
    assert code == 0, capsys.readouterr().err
    assert records(resaved) == records(exported)
    with store.read() as s:
        assert s.query(m.Partnership).one().inspiring is True


def with_empty_drawings(source, target):
    """What LibreOffice adds: an empty drawing part per sheet, linked from the sheet."""
    step = add_parts(source, target.with_suffix(".step.xlsx"), {
        "xl/drawings/drawing1.xml": EMPTY_DRAWING.encode(),
        "xl/worksheets/_rels/sheet5.xml.rels": (
            b'<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/'
            b'2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
            b'relationships/drawing" Target="../drawings/drawing1.xml"/></Relationships>')})
    return rewrite_part(step, target, sheet_part("partenariats"),
                        lambda text: text.replace("</worksheet>", '<drawing r:id="rId1"/></worksheet>'))


def test_the_shapes_libreoffice_writes_are_accepted(store, exported, tmp_path):
    drawn = with_empty_drawings(exported, tmp_path / "dessins.xlsx")
    path = rewrite_part(drawn, tmp_path / "vrai.xlsx", sheet_part("partenariats"), lambda text: text.replace(
        INSPIRING, '<c r="L3" s="9" t="b"><f aca="false">TRUE()</f><v>1</v></c>'))
    assert records(path) == records(exported)
    import_sync_file(store, path, trust_new=True)
    with store.read() as s:
        assert s.query(m.Partnership).one().inspiring is True


def test_false_as_a_formula_too(other_store, store, tmp_path):
    populate(other_store)
    with other_store.write() as s:
        s.query(m.Partnership).one().inspiring = False
    exported = tmp_path / "faux.xlsx"
    export_sync_file(other_store, exported, full=True)
    path = rewrite_part(exported, tmp_path / "faux2.xlsx", sheet_part("partenariats"), lambda text: text.replace(
        '<c r="L3" t="b"><v>0</v></c>', '<c r="L3" t="b"><f>FALSE()</f><v>0</v></c>'))
    assert records(path) == records(exported)


@pytest.mark.parametrize("cell", [
    '<c r="L3" t="b"><f>TRUE()</f><v>0</v></c>',  # the cached value says otherwise
    '<c r="L3" t="b"><f>NOT(FALSE())</f><v>1</v></c>',  # a computed boolean
    '<c r="L3" t="b"><f t="shared" si="0"/><v>1</v></c>',  # a shared formula
])
def test_any_other_formula_in_a_boolean_column_stays_refused(store, exported, tmp_path, capsys, cell):
    path = rewrite_part(exported, tmp_path / "formule.xlsx", sheet_part("partenariats"),
                        lambda text: text.replace(INSPIRING, cell))
    refused(store, path, spaced("feuille « partenariats », ligne 3, colonne « inspiring » (L)"), "formule", capsys=capsys)


def test_true_as_a_formula_outside_a_boolean_column_stays_refused(store, exported, tmp_path, capsys):
    path = rewrite_part(exported, tmp_path / "formule.xlsx", sheet_part("acteurs"), lambda text: re.sub(
        r'<c r="K3"><v>\d+</v></c>', '<c r="K3" t="b"><f>TRUE()</f><v>1</v></c>', text))
    refused(store, path, spaced("feuille « acteurs », ligne 3, colonne « version » (K)"), "formule", capsys=capsys)


def test_a_drawing_that_holds_something_stays_refused(store, exported, tmp_path, capsys):
    drawing = EMPTY_DRAWING.replace("</xdr:wsDr>", "<xdr:absoluteAnchor/></xdr:wsDr>")
    path = add_parts(exported, tmp_path / "dessin.xlsx", {"xl/drawings/drawing1.xml": drawing.encode()})
    refused(store, path, spaced("élément inattendu « xl/drawings/drawing1.xml »"), capsys=capsys)
    path = add_parts(exported, tmp_path / "image.xlsx", {"xl/drawings/drawing1.xml": EMPTY_DRAWING.encode(),
                                                        "xl/media/image1.png": b"\x89PNG"})
    refused(store, path, spaced("élément inattendu « xl/media/image1.png »"), capsys=capsys)
