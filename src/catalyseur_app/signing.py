"""Ed25519 keys: one per installation (sync files) and one for the foundation (reference packs).

The private key stays in its data folder (PEM, mode 0600) and is never exported; what travels is
the public key (base64 of its 32 raw bytes), its fingerprint and signatures (base64 of 64 bytes).
The `cryptography` package does the cryptography; this module only names files and encodings.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
from dataclasses import dataclass
from pathlib import Path

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import (
    Ed25519PrivateKey,
    Ed25519PublicKey,
)

from catalyseur_app.atomic import atomic_path
from catalyseur_app.messages import t
from catalyseur_app.user_errors import UserError

PRIVATE_KEY_MODE = 0o600


class SigningKeyError(UserError):
    """A key file or an encoded key cannot be used; the message is meant for a person."""


@dataclass(frozen=True)
class SigningKey:
    private: Ed25519PrivateKey

    @property
    def public_key(self) -> str:
        return encode(self.private.public_key().public_bytes(
            serialization.Encoding.Raw, serialization.PublicFormat.Raw))

    @property
    def fingerprint(self) -> str:
        return fingerprint(self.public_key)

    def sign(self, data: bytes) -> str:
        return encode(self.private.sign(data))


def load_or_create(path: Path) -> SigningKey:
    """The key kept at ``path``, created (atomically, 0600) the first time."""
    if path.exists():
        return load(path)
    key = SigningKey(Ed25519PrivateKey.generate())
    pem = key.private.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
                                    serialization.NoEncryption())
    with atomic_path(path, mode=PRIVATE_KEY_MODE) as temporary:
        temporary.write_bytes(pem)
    return key


def load(path: Path) -> SigningKey:
    try:
        private = serialization.load_pem_private_key(path.read_bytes(), password=None)
    except (OSError, ValueError, TypeError) as error:
        raise SigningKeyError(t("La clé de signature « {path} » est illisible : {error}",
                          path=path, error=error)) from error
    if not isinstance(private, Ed25519PrivateKey):
        raise SigningKeyError(t("La clé de signature « {path} » n'est pas une clé Ed25519.", path=path))
    return SigningKey(private)


def verify(public_key: str, signature: str, data: bytes) -> bool:
    """True when ``signature`` (base64) is the signature of ``data`` by ``public_key`` (base64)."""
    try:
        key = Ed25519PublicKey.from_public_bytes(decode(public_key))
        key.verify(decode(signature), data)
    except (InvalidSignature, ValueError):
        return False
    return True


def fingerprint(public_key: str) -> str:
    """SHA-256 of the raw public key, 16 groups of 4 hex digits: short enough to read on a phone."""
    digest = hashlib.sha256(decode(public_key)).hexdigest()
    return " ".join(digest[i:i + 4] for i in range(0, 64, 4))


def encode(raw: bytes) -> str:
    return base64.b64encode(raw).decode("ascii")


def decode(text: str) -> bytes:
    try:
        return base64.b64decode(text.encode("ascii"), validate=True)
    except (binascii.Error, UnicodeEncodeError) as error:
        raise ValueError(f"not base64: {text[:20]!r}") from error
