"""Every error meant for a person shares one base (message, details), so it is shown one way."""

from catalyseur_app.atomic import OutputError
from catalyseur_app.demo.dataset import DemoRefused
from catalyseur_app.diagnostics.errors import DiagnosticError
from catalyseur_app.domain.communes import CommuneDataError
from catalyseur_app.exchange.errors import SyncFileError
from catalyseur_app.foundation.database import FoundationError
from catalyseur_app.kit.problems import KitError
from catalyseur_app.profile import ProfileError
from catalyseur_app.records.errors import RecordNotFound, StaleRecord, ValidationError
from catalyseur_app.reports.data import ReportError
from catalyseur_app.signing import SigningKeyError
from catalyseur_app.store.errors import RestoreNeeded, StoreError
from catalyseur_app.user_errors import UserError


def test_every_package_refuses_with_a_user_error():
    for error_class in (OutputError, DemoRefused, DiagnosticError, CommuneDataError, SyncFileError, FoundationError,
                        KitError, ProfileError, RecordNotFound, StaleRecord, ValidationError, ReportError,
                        SigningKeyError, StoreError, RestoreNeeded):
        assert issubclass(error_class, UserError), error_class


def test_the_message_then_one_line_per_detail():
    assert str(SyncFileError("Fichier refusé.")) == "Fichier refusé."
    error = DiagnosticError("Le diagnostic n'est pas complet.", ["Volet 1 : question 2", "Volet 3 : question 1"])
    assert str(error) == "Le diagnostic n'est pas complet.\n  – Volet 1 : question 2\n  – Volet 3 : question 1"
    assert error.message == "Le diagnostic n'est pas complet." and len(error.details) == 2
    assert str(ValidationError({"name": "Le nom est obligatoire."})) == "Le nom est obligatoire."
    assert isinstance(RecordNotFound(), LookupError) and "n'existe plus" in str(RecordNotFound())
