"""The Ed25519 key files and signatures shared by sync files and reference packs."""

import stat

import pytest

from catalyseur_app import signing


def test_a_key_is_created_once_private_to_its_owner_and_signs(tmp_path):
    path = tmp_path / "cle.pem"
    key = signing.load_or_create(path)
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    again = signing.load_or_create(path)
    assert again.public_key == key.public_key
    signature = key.sign(b"manifest")
    assert signing.verify(key.public_key, signature, b"manifest")
    assert not signing.verify(key.public_key, signature, b"manifest changed")
    other = signing.load_or_create(tmp_path / "autre.pem")
    assert not signing.verify(other.public_key, signature, b"manifest")
    assert len(key.fingerprint.split()) == 16


@pytest.mark.parametrize("public_key,signature", [("pas du base64", "AAAA"), ("AAAA", "%%%"), ("", "")])
def test_garbage_never_verifies(public_key, signature):
    assert not signing.verify(public_key, signature, b"data")


def test_a_damaged_key_file_gets_a_message(tmp_path):
    path = tmp_path / "cle.pem"
    path.write_text("pas une clé")
    with pytest.raises(signing.SigningKeyError, match="illisible"):
        signing.load(path)
