"""Checks on what a person types. Each check returns a message (French, or English when the
language is English: ``catalyseur_app.messages``), or None when the value is fine. Labels are French
texts marked ``translatable()``; the checks translate them.

    check_required(value, label)          empty or blank text
    check_text(value, label, max_length, multiline=False)
                                          control characters (tab/newline allowed only when
                                          multiline) and maximum length
    check_name(value, label)              required + single line + at most NAME_MAX characters
    check_notes(value, label)             multi-line text of at most NOTES_MAX characters
    check_siren(value)                    SIREN (9 digits) or SIRET (14 digits), Luhn key
    check_email(value), check_phone(value), check_url(value)
    check_date_order(start, end)          end on or after start
    clean_siren(value) -> str             the digits only (spaces removed)
    normalise_name(name) -> str           key for duplicate detection (accents, case, punctuation
                                          and legal-form words dropped)

Empty optional values (e-mail, phone, URL, SIREN) are accepted: check_required says when a value
must be there.
"""

from __future__ import annotations

import re
from datetime import date

from catalyseur_app.domain.text import fold
from catalyseur_app.formatting import format_number
from catalyseur_app.messages import t, translatable

NAME_MAX = 300
NOTES_MAX = 20_000
SHORT_TEXT_MAX = 500

# La Poste's SIREN does not follow the Luhn key for its establishments: INSEE documents that a
# SIRET starting with 356000000 is valid when the sum of its digits is a multiple of 5.
LA_POSTE_SIREN = "356000000"

_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\u2028\u2029]")
_CONTROL_MULTILINE_OK = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
_EMAIL = re.compile(
    r"^[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]+@[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?"
    r"(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)+$"
)
_URL = re.compile(r"^(https?://)?([A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?\.)+[A-Za-z]{2,}(:\d{1,5})?(/\S*)?$")
_PHONE_SEPARATORS = re.compile(r"[ .\-]")

LEGAL_FORM_WORDS = frozenset({
    "sarl", "sas", "sasu", "sa", "eurl", "sci", "scop", "scic", "association", "asso", "assoc",
    "fondation", "ets", "etablissements", "cie", "compagnie",
    "la", "le", "les", "de", "des", "du", "d", "l",
})


def check_required(value: str | None, label: str) -> str | None:
    if value is None or not str(value).strip():
        return t("Le champ « {label} » est obligatoire.", label=t(label))
    return None


def check_text(value: str | None, label: str, max_length: int, multiline: bool = False) -> str | None:
    if not value:
        return None
    if not multiline and any(char in value for char in "\n\r\t"):
        return t("Le champ « {label} » doit tenir sur une seule ligne (sans retour à la ligne ni tabulation).",
                 label=t(label))
    if (_CONTROL_MULTILINE_OK if multiline else _CONTROL).search(value):
        return t("Le champ « {label} » contient des caractères de contrôle invisibles ; retirez-les.", label=t(label))
    if len(value) > max_length:
        return t("Le champ « {label} » est trop long : {length} caractères, {maximum} au plus. Raccourcissez-le.",
                 label=t(label), length=format_number(len(value)), maximum=format_number(max_length))
    return None


def check_name(value: str | None, label: str = translatable("Nom"), max_length: int = NAME_MAX) -> str | None:
    return check_required(value, label) or check_text(value, label, max_length)


def check_notes(value: str | None, label: str = translatable("Notes"), max_length: int = NOTES_MAX) -> str | None:
    return check_text(value, label, max_length, multiline=True)


def clean_siren(value: str | None) -> str:
    return re.sub(r"\s", "", value or "")


def luhn_ok(digits: str) -> bool:
    total = 0
    for position, char in enumerate(reversed(digits)):
        digit = int(char)
        if position % 2 == 1:
            digit *= 2
            if digit > 9:
                digit -= 9
        total += digit
    return total % 10 == 0


def check_siren(value: str | None) -> str | None:
    digits = clean_siren(value)
    if not digits:
        return None
    if not digits.isdigit() or not digits.isascii():
        return t("Le SIREN/SIRET ne doit contenir que des chiffres (les espaces sont acceptés).")
    if len(digits) not in (9, 14):
        return t("Un SIREN a 9 chiffres et un SIRET 14 ; celui-ci en a {count}.", count=len(digits))
    if (len(digits) == 14 and digits.startswith(LA_POSTE_SIREN) and digits != LA_POSTE_SIREN + "00000"
            and sum(int(c) for c in digits) % 5 == 0):
        return None
    if not luhn_ok(digits):
        kind = "SIREN" if len(digits) == 9 else "SIRET"
        return t("Ce {kind} n'est pas valide : sa clé de contrôle ne correspond pas. Vérifiez les chiffres.", kind=kind)
    return None


def check_email(value: str | None) -> str | None:
    text = (value or "").strip()
    if not text:
        return None
    if len(text) > 254 or not _EMAIL.match(text) or ".." in text:
        return t("L'adresse électronique « {text} » n'est pas valide (exemple : prenom.nom@exemple.fr).",
                 text=text[:80])
    return None


def clean_phone(value: str | None) -> str:
    return _PHONE_SEPARATORS.sub("", (value or "").strip())


def check_phone(value: str | None) -> str | None:
    text = (value or "").strip()
    if not text:
        return None
    compact = clean_phone(text)
    if re.fullmatch(r"0[1-9]\d{8}", compact) or re.fullmatch(r"\+33[1-9]\d{8}", compact):
        return None
    return t("Le numéro « {text} » n'est pas un numéro français valide : 10 chiffres commençant par 0 "
             "(ex. 01 23 45 67 89) ou +33 suivi de 9 chiffres.", text=text[:40])


def check_url(value: str | None) -> str | None:
    text = (value or "").strip()
    if not text:
        return None
    if len(text) > SHORT_TEXT_MAX or not _URL.match(text):
        return t("L'adresse web « {text} » n'est pas valide (exemple : https://www.exemple.fr).", text=text[:80])
    return None


def check_date_order(start: date | None, end: date | None) -> str | None:
    if start is not None and end is not None and end < start:
        return t("La date de fin doit être postérieure ou égale à la date de début.")
    return None


def normalise_name(name: str | None) -> str:
    """The key two names share when they very likely name the same organisation.

    >>> normalise_name("Association Les Amis de l'École")
    'amis ecole'
    >>> normalise_name("SARL  Boulangerie-Dupont")
    'boulangerie dupont'
    """
    words = fold(name or "").split()
    kept = [word for word in words if word not in LEGAL_FORM_WORDS]
    return " ".join(kept or words)
