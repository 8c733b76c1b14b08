from datetime import date, timedelta

from sqlalchemy import func, select

from catalyseur_app.cli import main
from catalyseur_app.domain.communes import get_commune_index
from catalyseur_app.domain.validators import check_email, check_phone, check_siren
from catalyseur_app.domain.vocabularies import ACTOR_KINDS, MISSIONS, ODD, PARTNERSHIP_FORMS, PARTNERSHIP_STAGES
from catalyseur_app.store import open_store
from catalyseur_app.store.models import (
    Activity,
    Actor,
    Contact,
    Partnership,
    PartnershipOdd,
    PartnershipPartner,
    Profile,
)


def test_demo_fills_an_empty_folder_with_every_kind_form_stage_and_mission(data_dir, capsys):
    assert main(["--data-dir", str(data_dir), "demo"]) == 0
    assert "Données de démonstration créées" in capsys.readouterr().out
    with open_store(data_dir) as store, store.read() as session:
        def count(model):
            return session.scalar(select(func.count()).select_from(model))

        assert (count(Actor), count(Contact), count(Partnership), count(Activity)) == (120, 150, 60, 450)
        assert count(Profile) == 1
        assert set(session.scalars(select(Actor.kind).distinct())) == set(ACTOR_KINDS.codes())
        assert set(session.scalars(select(Partnership.form).distinct())) == set(PARTNERSHIP_FORMS.codes())
        assert set(session.scalars(select(Partnership.stage).distinct())) == set(PARTNERSHIP_STAGES.codes())
        assert set(session.scalars(select(Activity.mission).distinct())) == set(MISSIONS.codes())
        assert {str(o) for o in session.scalars(select(PartnershipOdd.odd).distinct())} == set(ODD.codes())

        index = get_commune_index()
        for actor in session.scalars(select(Actor)):
            assert index.get(actor.commune_insee).department_code in ("15", "23")
            assert check_siren(actor.siren) is None
            assert actor.version == 1 and actor.changed_by == store.device_id
        for contact in session.scalars(select(Contact)):
            assert contact.consent_date is not None and contact.consent_source
            assert check_email(contact.email) is None and check_phone(contact.phone) is None

        # partners: at least two per partnership, of at least two different kinds of actor
        per_partnership = session.execute(
            select(PartnershipPartner.partnership_id, func.count(), func.count(Actor.kind.distinct()))
            .join(Actor, Actor.id == PartnershipPartner.actor_id).group_by(PartnershipPartner.partnership_id)
        ).all()
        assert len(per_partnership) == 60 and all(n >= 2 and kinds >= 2 for _, n, kinds in per_partnership)

        days = session.execute(select(func.min(Activity.day), func.max(Activity.day))).one()
        assert days[1] == date.today() and days[0] >= date.today() - timedelta(days=365)
        for partnership in session.scalars(select(Partnership).where(Partnership.end_date.is_not(None))):
            assert partnership.start_date is None or partnership.end_date >= partnership.start_date

        # the search index follows the bulk inserts
        from catalyseur_app.records.query import ListQuery, count_rows

        assert count_rows(session, ListQuery("actors", search="commune")) > 0


def test_demo_refuses_a_folder_that_already_has_data(data_dir, capsys):
    assert main(["--data-dir", str(data_dir), "demo"]) == 0
    capsys.readouterr()
    assert main(["--data-dir", str(data_dir), "demo"]) == 1
    error = capsys.readouterr().err
    assert "contient déjà des données" in error and str(data_dir) in error
    with open_store(data_dir) as store, store.read() as session:
        assert session.scalar(select(func.count()).select_from(Actor)) == 120


def test_demo_scale_multiplies_the_volume_and_a_bad_scale_is_refused(data_dir, capsys):
    assert main(["--data-dir", str(data_dir), "demo", "--scale", "0"]) == 1
    assert "entre 1 et 1000" in capsys.readouterr().err
    assert main(["--data-dir", str(data_dir), "demo", "--scale", "3"]) == 0
    with open_store(data_dir) as store, store.read() as session:
        assert session.scalar(select(func.count()).select_from(Activity)) == 1350
        assert session.scalar(select(func.count()).select_from(Actor)) == 360
