"""``catalyseur-app foundation key|kit|vocabulary|examples|pack``: what the foundation publishes back
down to the catalyseurs, and the signed reference pack made of it."""

from __future__ import annotations

import sys
from pathlib import Path

from catalyseur_app.messages import t

KEY_FILE_NAME = "cle-signature-fondation.pem"


def default_key_path() -> Path:
    """The foundation's private key: in the foundation's own data folder (platformdirs), 0600."""
    import platformdirs

    return Path(platformdirs.user_data_dir("Catalyseur Fondation", "Fondation des Territoires")) / KEY_FILE_NAME


def register(actions) -> None:
    key_help = "clé privée de la Fondation (sinon celle du dossier de la Fondation, créée la première fois)"
    key = actions.add_parser("key", help="la clé de signature des packs : clé publique et empreinte à communiquer")
    key.add_argument("--key", type=Path, metavar="FICHIER.pem", help=key_help)
    key.set_defaults(handler=_key)

    kit = actions.add_parser("kit", help="les kits de diagnostic à publier dans les packs")
    kit_actions = kit.add_subparsers(dest="kit_action", metavar="ACTION", required=True)
    kit_add = kit_actions.add_parser("add", help="enregistrer une version de kit (classeur XLSForm, vérifié)")
    kit_add.add_argument("file", metavar="FICHIER.xlsx")
    kit_add.add_argument("--db", required=True, metavar="BASE", help="la base de la Fondation")
    kit_add.set_defaults(handler=_kit_add)

    vocabulary = actions.add_parser("vocabulary", help="les termes ajoutés aux listes (besoins, étapes…)")
    vocabulary_actions = vocabulary.add_subparsers(dest="vocabulary_action", metavar="ACTION", required=True)
    term = vocabulary_actions.add_parser("add", help="ajouter un terme à une liste")
    term.add_argument("vocabulary", metavar="LISTE", help="need, partnership_stage, partner_role ou contact_role")
    term.add_argument("code", metavar="CODE", help="code stable (minuscules, chiffres, _)")
    term.add_argument("--fr", required=True, metavar="LIBELLÉ", help="libellé français")
    term.add_argument("--en", required=True, metavar="LABEL", help="libellé anglais")
    term.add_argument("--db", required=True, metavar="BASE", help="la base de la Fondation")
    term.set_defaults(handler=_term_add)

    examples = actions.add_parser("examples", help="les exemples inspirants")
    examples_actions = examples.add_subparsers(dest="examples_action", metavar="ACTION", required=True)
    load = examples_actions.add_parser("import", help="importer le classeur des exemples (feuille « exemples »)")
    load.add_argument("file", metavar="FICHIER.xlsx")
    load.add_argument("--db", required=True, metavar="BASE", help="la base de la Fondation")
    load.set_defaults(handler=_examples_import)

    pack = actions.add_parser("pack", help="écrire le pack de référence signé (kits, listes, exemples)")
    pack.add_argument("--db", required=True, metavar="BASE", help="la base de la Fondation")
    pack.add_argument("--out", required=True, type=Path, metavar="FICHIER.zip")
    pack.add_argument("--key", type=Path, metavar="FICHIER.pem", help=key_help)
    pack.set_defaults(handler=_pack)


def _refused(error) -> int:
    print(t("Refusé : {error}", error=error), file=sys.stderr)
    for detail in getattr(error, "details", ()):
        print("  " + detail, file=sys.stderr)
    return 1


def _key(args) -> int:
    from catalyseur_app.signing import SigningKeyError, load_or_create

    path = args.key or default_key_path()
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        key = load_or_create(path)
    except (SigningKeyError, OSError) as error:
        return _refused(error)
    print(t("Clé de la Fondation : {path}", path=path))
    print(t("Clé publique : {key}", key=key.public_key))
    print(t("Empreinte : {fingerprint}", fingerprint=key.fingerprint))
    return 0


def _kit_add(args) -> int:
    from .database import FoundationError
    from .pack_content import add_kit

    try:
        form_id, version, added = add_kit(args.db, args.file)
    except FoundationError as error:
        return _refused(error)
    if added:
        print(t("Kit « {form_id} » version « {version} » enregistré pour le prochain pack.",
                form_id=form_id, version=version))
    else:
        print(t("Le kit « {form_id} » version « {version} » était déjà enregistré.", form_id=form_id, version=version))
    return 0


def _term_add(args) -> int:
    from .database import FoundationError
    from .pack_content import add_term

    try:
        added = add_term(args.db, args.vocabulary, args.code, args.fr, args.en)
    except FoundationError as error:
        return _refused(error)
    if added:
        print(t("Terme « {code} » ajouté à la liste « {vocabulary} » pour le prochain pack.",
                code=args.code, vocabulary=args.vocabulary))
    else:
        print(t("Le terme « {code} » était déjà dans la liste « {vocabulary} ».", code=args.code,
                vocabulary=args.vocabulary))
    return 0


def _examples_import(args) -> int:
    from .database import FoundationError
    from .pack_content import import_examples

    try:
        outcome = import_examples(args.db, args.file)
    except FoundationError as error:
        return _refused(error)
    print(t("Exemples inspirants — ajoutés : {added}, mis à jour : {updated}, inchangés : {unchanged}.",
            added=outcome.added, updated=outcome.updated, unchanged=outcome.unchanged))
    return 0


def _pack(args) -> int:
    from catalyseur_app.atomic import OutputError
    from catalyseur_app.signing import SigningKeyError

    from .database import FoundationError
    from .pack_content import make_pack

    key_path = args.key or default_key_path()
    try:
        key_path.parent.mkdir(parents=True, exist_ok=True)
        content, key = make_pack(args.db, args.out, key_path)
    except (FoundationError, OutputError, SigningKeyError, OSError) as error:
        return _refused(error)
    print(t("Pack n° {sequence} écrit : {path} — kits : {kits}, termes : {terms}, exemples : {examples}.",
            sequence=content.sequence, path=args.out, kits=len(content.kits), terms=len(content.terms),
            examples=len(content.examples)))
    print(t("Signé par la clé d'empreinte {fingerprint}.", fingerprint=key.fingerprint))
    return 0
