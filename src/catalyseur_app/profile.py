"""The catalyseur's profile: who they are and which communes they work in.

``load_profile`` is part of the window's first screen: it reads with plain SQL, and SQLAlchemy
is imported only by the functions that need a session.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from catalyseur_app.domain.communes import get_commune_index
from catalyseur_app.domain.validators import check_email, check_name, check_text
from catalyseur_app.messages import t, translatable
from catalyseur_app.store import Store
from catalyseur_app.user_errors import UserError

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from catalyseur_app.store.models import Profile

# The id of this installation's own profile: sync files from other devices bring their
# catalyseur's profile too, and those are never "mine".
OWN_PROFILE_SETTING = "own_profile_id"
# This installation's catalyseur (the one the wizard created), else the oldest live profile.
_OWN_PROFILE_ID = (
    "SELECT p.id FROM profiles p WHERE p.deleted_at IS NULL"
    " ORDER BY p.id = (SELECT value FROM settings WHERE key = :setting) DESC, p.created_at LIMIT 1"
)


class ProfileError(UserError, ValueError):
    def __init__(self, field_errors: dict[str, str]):
        super().__init__("; ".join(field_errors.values()))
        self.field_errors = field_errors


@dataclass
class ProfileData:
    full_name: str
    structure: str = ""
    email: str = ""
    communes: list[str] = field(default_factory=list)  # INSEE codes
    id: str | None = None


def own_profile(session: Session) -> Profile | None:
    """This installation's catalyseur (the one the wizard created), else the oldest profile."""
    from sqlalchemy import text

    from catalyseur_app.store.models import Profile

    profile_id = session.execute(text(_OWN_PROFILE_ID), {"setting": OWN_PROFILE_SETTING}).scalar()
    return session.get(Profile, profile_id) if profile_id else None


def load_profile(store: Store) -> ProfileData | None:
    rows = store.query(
        f"SELECT id, full_name, structure, email FROM profiles WHERE id = ({_OWN_PROFILE_ID})",
        {"setting": OWN_PROFILE_SETTING})
    if not rows:
        return None
    profile_id, full_name, structure, email = rows[0]
    communes = store.query("SELECT insee FROM profile_communes WHERE profile_id = ? ORDER BY insee", (profile_id,))
    return ProfileData(full_name, structure, email, [insee for (insee,) in communes], profile_id)


def validate_profile(data: ProfileData) -> dict[str, str]:
    errors = {}
    if message := check_name(data.full_name, translatable("Nom"), max_length=200):
        errors["full_name"] = message
    if message := check_text(data.structure, translatable("Structure"), max_length=200):
        errors["structure"] = message
    if message := check_email(data.email):
        errors["email"] = message
    index = get_commune_index()
    unknown = [code for code in data.communes if index.get(code) is None]
    if unknown:
        errors["communes"] = t("Commune inconnue : {codes}.", codes=", ".join(unknown))
    return errors


def save_profile(store: Store, data: ProfileData) -> str:
    """Create or update the single profile; returns its id."""
    data.full_name, data.structure, data.email = data.full_name.strip(), data.structure.strip(), data.email.strip()
    if errors := validate_profile(data):
        raise ProfileError(errors)
    from catalyseur_app.store.models import Profile, ProfileCommune, Setting

    with store.write() as session:
        profile = own_profile(session)
        if profile is None:
            profile = Profile(full_name=data.full_name)
            session.add(profile)
            session.flush()
            session.merge(Setting(key=OWN_PROFILE_SETTING, value=profile.id))
        profile.full_name, profile.structure, profile.email = data.full_name, data.structure, data.email
        wanted = list(dict.fromkeys(data.communes))
        current = {c.insee: c for c in profile.communes}
        for code, row in current.items():
            if code not in wanted:
                profile.communes.remove(row)
        for code in wanted:
            if code not in current:
                profile.communes.append(ProfileCommune(insee=code))
        session.flush()
        return profile.id
