"""Every bad file is refused with a French message naming where, and the store is left unchanged."""

import re
import uuid
import zipfile

import pytest
from exchange_factory import populate
from exchange_files import actor_row, add_parts, forge, refused, rewrite_part, set_manifest_value, sheet_part

from catalyseur_app.domain.typography import french_spacing as spaced
from catalyseur_app.exchange.export import export_sync_file
from catalyseur_app.exchange.importer import import_sync_file
from catalyseur_app.exchange.reader import read_sync_file
from catalyseur_app.exchange.xlsx.reader import Workbook
from catalyseur_app.exchange.xlsx.safety import open_checked


@pytest.fixture
def good(other_store, tmp_path):
    """A valid file made on another device, with three actors."""
    populate(other_store)
    path = tmp_path / "bon.xlsx"
    export_sync_file(other_store, path, full=True)
    return path


def test_not_a_zip(store, tmp_path, capsys):
    path = tmp_path / "x.xlsx"
    path.write_bytes(bytes(range(256)) * 10)
    refused(store, path, "n'est pas un classeur Excel (.xlsx)", capsys=capsys)


def test_truncated(store, good, tmp_path, capsys):
    path = tmp_path / "coupe.xlsx"
    path.write_bytes(good.read_bytes()[: good.stat().st_size // 2])
    refused(store, path, "incomplet ou endommagé", capsys=capsys)


def test_xls_renamed(store, tmp_path, capsys):
    path = tmp_path / "ancien.xlsx"
    path.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 500 + "Workbook".encode("utf-16-le")
                     + b"\x00" * 500)
    refused(store, path, "ancien classeur Excel (.xls)", capsys=capsys)


def test_password_protected(store, tmp_path, capsys):
    path = tmp_path / "secret.xlsx"
    path.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 500 + "EncryptionInfo".encode("utf-16-le")
                     + "EncryptedPackage".encode("utf-16-le") + b"\x00" * 500)
    refused(store, path, "protégé par un mot de passe", capsys=capsys)


def test_csv_renamed(store, tmp_path, capsys):
    path = tmp_path / "liste.xlsx"
    path.write_text("id;nom\n1;Mairie\n2;Association\n", encoding="utf-8")
    refused(store, path, "CSV", capsys=capsys)


def test_ods_renamed(store, tmp_path, capsys):
    path = tmp_path / "libre.xlsx"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("mimetype", "application/vnd.oasis.opendocument.spreadsheet")
        archive.writestr("content.xml", "<office:document-content/>")
    refused(store, path, "OpenDocument (.ods)", capsys=capsys)


def test_macro_enabled(store, good, tmp_path, capsys):
    path = add_parts(good, tmp_path / "macro.xlsx", {"xl/vbaProject.bin": b"\x00" * 100})
    refused(store, path, "macros", capsys=capsys)
    path = rewrite_part(good, tmp_path / "macro2.xlsx", "[Content_Types].xml",
                        lambda t: t.replace("sheet.main+xml", "sheet.macroEnabled.main+xml"))
    refused(store, path, "avec macros (.xlsm)", capsys=capsys)


def test_external_links_are_refused(store, good, tmp_path, capsys):
    path = add_parts(good, tmp_path / "liens.xlsx", {"xl/externalLinks/externalLink1.xml": b"<externalLink/>"})
    refused(store, path, "liens externes", capsys=capsys)


BILLION_LAUGHS = ('<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol">'
                  '<!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">'
                  '<!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">]>')


def test_xml_bomb_in_a_sheet_and_in_the_workbook(store, good, tmp_path, capsys):
    path = rewrite_part(good, tmp_path / "bombe.xlsx", sheet_part("acteurs"),
                        lambda t: BILLION_LAUGHS + t[t.index("<worksheet"):].replace(">association<", ">&lol3;<", 1))
    refused(store, path, "déclarations XML interdites", capsys=capsys)
    path = rewrite_part(good, tmp_path / "bombe2.xlsx", "xl/workbook.xml",
                        lambda t: BILLION_LAUGHS + t[t.index("<workbook"):])
    refused(store, path, "déclarations XML interdites", "xl/workbook.xml", capsys=capsys)


def test_external_entity(store, good, tmp_path, capsys):
    xxe = '<?xml version="1.0"?><!DOCTYPE x [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>'
    path = rewrite_part(good, tmp_path / "xxe.xlsx", sheet_part("acteurs"),
                        lambda t: xxe + t[t.index("<worksheet"):].replace(">association<", ">&xxe;<", 1))
    refused(store, path, "entité externe", capsys=capsys)


def test_zip_bomb(store, good, tmp_path, capsys):
    path = add_parts(good, tmp_path / "bombe-zip.xlsx", {"xl/worksheets/sheet99.xml": b"\x00" * (60 * 1024 * 1024)})
    refused(store, path, "anormalement compressé", capsys=capsys)


def test_thousands_of_entries(store, good, tmp_path, capsys):
    path = add_parts(good, tmp_path / "entrees.xlsx", {f"customXml/item{i}.xml": b"<a/>" for i in range(2000)})
    refused(store, path, "éléments", capsys=capsys)


def test_stale_dimension_does_not_hide_rows(store, good, tmp_path):
    path = rewrite_part(good, tmp_path / "dimension.xlsx", sheet_part("acteurs"),
                        lambda t: re.sub(r'<dimension ref="[^"]+"/>', '<dimension ref="A1:B3"/>', t))
    assert len(read_sync_file(path).records["actor"]) == 3  # every row present is read
    import_sync_file(store, path, trust_new=True)
    from sqlalchemy import func, select

    from catalyseur_app.store import models as m
    with store.read() as s:
        assert s.scalar(select(func.count()).select_from(m.Actor)) == 3


def test_stale_dimension_with_a_row_added_is_a_count_mismatch(store, good, tmp_path, capsys):
    def add_row(text):
        text = re.sub(r'<dimension ref="[^"]+"/>', '<dimension ref="A1:P5"/>', text)
        row = re.search(r"<row r=\"5\"[^>]*>.*?</row>", text, re.S).group()
        new_id = str(uuid.uuid4())
        extra = re.sub(r'r="([A-Z]+)5"', r'r="\g<1>6"', row.replace('<row r="5"', '<row r="6"'))
        extra = re.sub(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}", new_id, extra, count=1)
        return text.replace("</sheetData>", extra + "</sheetData>")

    path = rewrite_part(good, tmp_path / "ajout.xlsx", sheet_part("acteurs"), add_row)
    refused(store, path, spaced("feuille « acteurs »"), "4 lignes lues alors que le manifeste en annonce 3", capsys=capsys)


def test_missing_and_extra_sheets(store, good, tmp_path, capsys):
    path = rewrite_part(good, tmp_path / "renomme.xlsx", "xl/workbook.xml",
                        lambda t: t.replace('name="acteurs"', 'name="Acteurs 2"'))
    refused(store, path, spaced("la feuille « acteurs » manque"), capsys=capsys)
    path = rewrite_part(good, tmp_path / "extra.xlsx", "xl/workbook.xml",
                        lambda t: t.replace("</sheets>", '<sheet name="notes" sheetId="99" r:id="rId2"/></sheets>'))
    refused(store, path, spaced("la feuille « notes » est inattendue"), capsys=capsys)


def test_missing_and_extra_columns(store, good, tmp_path, capsys):
    part = sheet_part("acteurs")
    path = rewrite_part(good, tmp_path / "colonne.xlsx", part,
                        lambda t: t.replace('preserve">website</t>', 'preserve">site</t>'))
    refused(store, path, spaced("feuille « acteurs », ligne 1"), spaced("la colonne « website » manque"), capsys=capsys)
    path = rewrite_part(good, tmp_path / "colonne2.xlsx", part, lambda t: t.replace(
        '</row><row r="2">', '<c r="Z1" t="inlineStr"><is><t>remarque</t></is></c></row><row r="2">', 1))
    refused(store, path, "ligne 1, colonne Z", spaced("« remarque » est inattendue"), capsys=capsys)


def test_wrong_type(store, good, tmp_path, capsys):
    path = rewrite_part(good, tmp_path / "type.xlsx", sheet_part("acteurs"),
                        lambda t: t.replace('<c r="K3"><v>1</v></c>',
                                            '<c r="K3" t="inlineStr"><is><t>un</t></is></c>'))
    refused(store, path, spaced("feuille « acteurs », ligne 3, colonne « version » (K)"),
            "un nombre entier attendu, un texte trouvé", capsys=capsys)


def test_impossible_dates(store, good, tmp_path, capsys):
    part = sheet_part("partenariats")
    path = rewrite_part(good, tmp_path / "date.xlsx", part,
                        lambda t: re.sub(r'(<c r="F3" s="1"><v>)\d+(</v>)', r"\g<1>99999999\g<2>", t))
    refused(store, path, spaced("ligne 3, colonne « start_date » (F)"), "date impossible", capsys=capsys)
    path = rewrite_part(good, tmp_path / "date2.xlsx", part, lambda t: re.sub(
        r'<c r="F3" s="1"><v>\d+</v></c>', '<c r="F3" t="inlineStr"><is><t>2024-02-31</t></is></c>', t))
    refused(store, path, spaced("date impossible (« 2024-02-31 »)"), capsys=capsys)


def test_invalid_uuid(store, tmp_path, capsys):
    path = forge(tmp_path / "uuid.xlsx", {"acteurs": [actor_row("pas-un-uuid")]})
    refused(store, path, spaced("feuille « acteurs », ligne 3, colonne « id » (A)"), "n'est pas un identifiant valide",
            capsys=capsys)


def test_duplicated_uuid(store, tmp_path, capsys):
    same = str(uuid.uuid4())
    path = forge(tmp_path / "doublon.xlsx", {"acteurs": [actor_row(same), actor_row(same, "Autre")]})
    refused(store, path, "ligne 4", "apparaît deux fois", "ligne 3", capsys=capsys)


def test_reference_to_a_record_that_does_not_exist(store, tmp_path, capsys):
    ghost = str(uuid.uuid4())
    path = forge(tmp_path / "reference.xlsx", {"acteurs": [actor_row(str(uuid.uuid4()), merged_into_id=ghost)]})
    refused(store, path, spaced("colonne « merged_into_id » (J)"), f"référence à un acteur inexistant ({ghost})",
            capsys=capsys)


def test_checksum_mismatch(store, good, tmp_path, capsys):
    path = rewrite_part(good, tmp_path / "modifie.xlsx", sheet_part("partenariats"),
                        lambda t: t.replace("Épicerie solidaire", "Epicerie solidaire"))
    refused(store, path, spaced("feuille « partenariats »"), "SHA-256", capsys=capsys)


def test_row_count_mismatch(store, tmp_path, capsys):
    # An unsigned (version 2) file: in a signed one, the changed manifest fails its signature
    # first (tests/exchange/test_signed_files.py).
    unsigned = forge(tmp_path / "forge.xlsx", {"acteurs": [actor_row(str(uuid.uuid4())) for _ in range(3)]})
    path = rewrite_part(unsigned, tmp_path / "compte.xlsx", sheet_part("manifeste"),
                        lambda t: set_manifest_value(t, "rows:acteurs", "<v>4</v>"))
    refused(store, path, "3 lignes lues alors que le manifeste en annonce 4", capsys=capsys)


def test_newer_format_version(store, good, tmp_path, capsys):
    path = rewrite_part(good, tmp_path / "futur.xlsx", sheet_part("manifeste"),
                        lambda t: set_manifest_value(t, "format_version", "<v>4</v>"))
    refused(store, path, spaced("feuille « manifeste »"), "mettez à jour l'application", capsys=capsys)


def test_a_file_from_this_same_device(store, tmp_path, capsys):
    populate(store)
    path = tmp_path / "moi.xlsx"
    export_sync_file(store, path, full=True)
    refused(store, path, "fait par cet appareil-ci", capsys=capsys)


def test_cells_holding_formulas(store, good, tmp_path, capsys):
    path = rewrite_part(good, tmp_path / "formule.xlsx", sheet_part("acteurs"), lambda t: re.sub(
        r'<c r="B3"(?: s="\d+")? t="inlineStr"><is><t xml:space="preserve">[^<]*</t></is></c>',
        '<c r="B3" t="str"><f>HYPERLINK("http://x")</f><v>x</v></c>', t))
    refused(store, path, spaced("ligne 3, colonne « name » (B)"), "contient une formule", capsys=capsys)


def test_defusedxml_must_be_active(good, monkeypatch):
    import openpyxl

    from catalyseur_app.exchange.errors import SyncFileError

    monkeypatch.setattr(openpyxl, "DEFUSEDXML", False)
    with pytest.raises(SyncFileError, match="defusedxml"):
        open_checked(good)


def test_the_reader_reads_shared_strings_too(good, tmp_path):
    """A file saved again by a spreadsheet program (texts in a shared table) reads the same."""
    strings = []

    def to_shared(text):
        def replace(match):
            strings.append(match.group(2))
            return f'{match.group(1)} t="s"><v>{len(strings) - 1}</v></c>'
        return re.sub(r'(<c r="[A-Z]+\d+"(?: s="\d+")?) t="inlineStr"><is><t xml:space="preserve">(.*?)</t></is></c>',
                      replace, text, flags=re.S)

    step = rewrite_part(good, tmp_path / "step.xlsx", sheet_part("acteurs"), to_shared)
    table = ('<?xml version="1.0" encoding="UTF-8"?><sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/'
             '2006/main">' + "".join(f'<si><t xml:space="preserve">{t}</t></si>' for t in strings) + "</sst>")
    resaved = add_parts(step, tmp_path / "resaved.xlsx", {"xl/sharedStrings.xml": table.encode()})
    with open_checked(resaved) as archive:
        assert len(Workbook(archive, resaved.name).shared_strings) == len(strings) > 20
    assert read_sync_file(resaved).records["actor"] == read_sync_file(good).records["actor"]
