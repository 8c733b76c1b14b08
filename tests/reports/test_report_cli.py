import errno
import os
import stat

import openpyxl
import pytest
from pdf_reading import all_text, assert_well_formed, reader
from report_samples import TRICKY, add_diagnostic, add_partnership, add_profile

from catalyseur_app.cli import main
from catalyseur_app.store import open_store


@pytest.fixture
def ids(data_dir):
    with open_store(data_dir) as store:
        add_profile(store)
        partnership = add_partnership(store)
        diagnostic = add_diagnostic(store)
    return {"diagnostic": diagnostic, "partnership": partnership}


def test_diagnostic_report(ids, tmp_path, capsys):
    out = tmp_path / "rapport.pdf"
    assert main(["report", "diagnostic", ids["diagnostic"], "--out", str(out)]) == 0
    pdf = reader(out)
    assert_well_formed(pdf)
    assert "Saint-Flour" in all_text(pdf)
    assert "Document écrit" in capsys.readouterr().out
    assert sorted(p.name for p in tmp_path.iterdir()) == ["data", "rapport.pdf"]


def test_partnership_sheet_is_one_page(ids, tmp_path):
    out = tmp_path / "fiche.pdf"
    assert main(["report", "partnership", ids["partnership"], "--out", str(out)]) == 0
    pdf = reader(out)
    assert_well_formed(pdf)
    assert len(pdf.pages) == 1
    text = all_text(pdf)
    assert "Repas partagés des hameaux" in text
    assert "Collectivités territoriales" in text and "Entreprises" in text  # the worlds of the partners
    assert "Mécénat" in text and "ODD 17" in text and "Saint-Flour" in text
    assert "Quarante personnes âgées" in text


@pytest.mark.parametrize("suffix", [".pdf", ".xlsx"])
def test_summary(ids, tmp_path, suffix):
    out = tmp_path / f"synthese{suffix}"
    assert main(["report", "summary", "--from", "2026-07-01", "--to", "2026-12-31", "--out", str(out)]) == 0
    if suffix == ".pdf":
        assert_well_formed(reader(out))
    else:
        assert "Diagnostics" in openpyxl.load_workbook(out).sheetnames


def test_bad_dates_and_extension(ids, tmp_path, capsys):
    with pytest.raises(SystemExit):
        main(["report", "summary", "--from", "01/07/2026", "--to", "2026-12-31", "--out", str(tmp_path / "s.pdf")])
    assert "AAAA-MM-JJ" in capsys.readouterr().err
    assert main(["report", "summary", "--from", "2026-07-01", "--to", "2026-12-31",
                 "--out", str(tmp_path / "s.docx")]) == 1
    assert ".pdf ou .xlsx" in capsys.readouterr().err
    assert main(["report", "summary", "--from", "2026-12-31", "--to", "2026-07-01",
                 "--out", str(tmp_path / "s.pdf")]) == 1
    assert "La période est vide" in capsys.readouterr().err
    assert main(["report", "diagnostic", "nope", "--out", str(tmp_path / "r.pdf")]) == 1
    assert "n'existe pas" in capsys.readouterr().err
    assert sorted(p.name for p in tmp_path.iterdir()) == ["data"]


def test_unwritable_folder(ids, tmp_path, capsys, monkeypatch):
    folder = tmp_path / "lecture-seule"
    folder.mkdir()
    folder.chmod(stat.S_IRUSR | stat.S_IXUSR)
    if os.geteuid() == 0:  # root writes anywhere: make the system refuse as it would for a person
        import tempfile

        def refuse(*args, **kwargs):
            raise PermissionError(errno.EACCES, "Permission denied")

        monkeypatch.setattr(tempfile, "mkstemp", refuse)
    try:
        code = main(["report", "diagnostic", ids["diagnostic"], "--out", str(folder / "rapport.pdf")])
        assert code == 1
        err = capsys.readouterr().err
        assert "accès refusé" in err and "rapport.pdf" in err
        assert list(folder.iterdir()) == []
    finally:
        folder.chmod(stat.S_IRWXU)


def test_missing_folder(ids, tmp_path, capsys):
    assert main(["report", "diagnostic", ids["diagnostic"], "--out", str(tmp_path / "absent" / "r.pdf")]) == 1
    assert "n'existe pas" in capsys.readouterr().err


@pytest.mark.parametrize("kind, suffix", [("diagnostic", ".pdf"), ("summary", ".xlsx"), ("summary", ".pdf")])
def test_full_disk_leaves_no_partial_file(ids, tmp_path, capsys, monkeypatch, kind, suffix):
    from catalyseur_app.reports import outputs

    def full_disk(data, target, progress=None):
        with open(target, "wb") as handle:
            handle.write(b"%PDF-1.4 half a document")
        raise OSError(errno.ENOSPC, "No space left on device")

    for name in ("build_diagnostic_report", "build_summary_pdf", "build_summary_xlsx"):
        monkeypatch.setattr(outputs, name, full_disk)
    out = tmp_path / "sortie"
    out.mkdir()
    target = out / f"document{suffix}"
    previous = (b"%PDF-1.4 previous version" if suffix == ".pdf" else b"PK\x03\x04 previous version")
    target.write_bytes(previous)
    if kind == "diagnostic":
        args = ["report", "diagnostic", ids["diagnostic"], "--out", str(target)]
    else:
        args = ["report", "summary", "--from", "2026-07-01", "--to", "2026-12-31", "--out", str(target)]
    assert main(args) == 1
    assert "Le disque est plein" in capsys.readouterr().err
    assert [p.name for p in out.iterdir()] == [target.name]
    assert target.read_bytes() == previous  # the old file is untouched


def test_tricky_names_through_the_cli(data_dir, tmp_path):
    with open_store(data_dir) as store:
        add_profile(store, name=TRICKY)
        partnership = add_partnership(store, TRICKY, partners=((TRICKY, "association", "porteur"),
                                                               ("A & B <SARL>", "tpe_pme", "partenaire")))
    out = tmp_path / "fiche.pdf"
    assert main(["report", "partnership", partnership, "--out", str(out)]) == 0
    pdf = reader(out)
    assert len(pdf.pages) == 1
    assert "A & B <SARL>" in all_text(pdf)
