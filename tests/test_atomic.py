import errno
import os
import stat

import pytest

from catalyseur_app.atomic import OutputError, atomic_path, write_atomically


def _umask() -> int:
    current = os.umask(0)
    os.umask(current)
    return current


def test_a_new_file_gets_the_usual_permissions_and_a_replaced_one_keeps_its_own(tmp_path):
    target = tmp_path / "bilan.xlsx"
    write_atomically(target, lambda path: path.write_bytes(b"v1"))
    assert stat.S_IMODE(target.stat().st_mode) == 0o666 & ~_umask()
    target.chmod(0o640)
    write_atomically(target, lambda path: path.write_bytes(b"v2"))
    assert target.read_bytes() == b"v2" and stat.S_IMODE(target.stat().st_mode) == 0o640


def test_a_failure_leaves_the_old_file_and_no_temporary(tmp_path):
    target = tmp_path / "rapport.pdf"
    target.write_bytes(b"ancien")

    def fail(path):
        path.write_bytes(b"moit")
        raise OSError(errno.ENOSPC, "No space left on device")

    with pytest.raises(OutputError, match="disque est plein"):
        write_atomically(target, fail)
    assert target.read_bytes() == b"ancien"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["rapport.pdf"]


def test_a_missing_folder_is_named(tmp_path):
    with pytest.raises(OutputError, match="n'existe pas"), atomic_path(tmp_path / "absent" / "x.pdf"):
        pass


def test_a_temporary_file_left_by_a_killed_write_is_removed_by_the_next_write_of_that_target(tmp_path):
    import time

    from catalyseur_app.atomic import STALE_AFTER

    target = tmp_path / "envoi [1].xlsx"
    old = tmp_path / ".envoi [1].xlsx.k1ll3d.part"
    recent = tmp_path / ".envoi [1].xlsx.runn1ng.part"
    other = tmp_path / ".autre.xlsx.k1ll3d.part"
    for leftover in (old, recent, other):
        leftover.write_bytes(b"PK half")
    long_ago = time.time() - STALE_AFTER - 60
    for leftover in (old, other):
        os.utime(leftover, (long_ago, long_ago))
    write_atomically(target, lambda path: path.write_bytes(b"PK complete"))
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted([target.name, recent.name, other.name])
