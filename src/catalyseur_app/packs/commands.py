"""``catalyseur-app pack import|key``: receive the foundation's reference packs."""

from __future__ import annotations

import sys

from catalyseur_app.formatting import format_date
from catalyseur_app.messages import t


def register(subparsers) -> None:
    pack = subparsers.add_parser("pack", help="packs de référence de la Fondation (kits, listes, exemples inspirants)")
    actions = pack.add_subparsers(dest="pack_command", metavar="ACTION", required=True)
    importer = actions.add_parser("import", help="installer un pack de la Fondation (.zip signé)")
    importer.add_argument("file", metavar="FICHIER.zip")
    importer.add_argument("--preview", action="store_true", help="montrer ce qui serait installé, sans rien changer")
    importer.add_argument("--accept-key", metavar="EMPREINTE",
                          help="au premier pack : l'empreinte de la clé de la Fondation, vérifiée auprès d'elle")
    importer.set_defaults(handler=_import)
    key = actions.add_parser("key", help="la clé de la Fondation enregistrée ici")
    key_actions = key.add_subparsers(dest="key_command", metavar="ACTION", required=True)
    key_actions.add_parser("show", help="afficher l'empreinte de la clé enregistrée").set_defaults(handler=_key_show)
    key_set = key_actions.add_parser("set", help="enregistrer la clé publique donnée par la Fondation")
    key_set.add_argument("public_key", metavar="CLÉ_PUBLIQUE")
    key_set.add_argument("--replace", action="store_true", help="remplacer une clé déjà enregistrée")
    key_set.set_defaults(handler=_key_set)


def describe_preview(preview) -> list[str]:
    content = preview.content
    lines = [t("Pack n° {sequence} de la Fondation, fait le {date}, clé d'empreinte {fingerprint}.",
               sequence=content.sequence, date=format_date(content.made_at), fingerprint=preview.fingerprint)]
    for form_id, version, title in preview.new_kits:
        lines.append(t("  Nouveau kit : {title} ({form_id}, version {version})", title=title, form_id=form_id,
                       version=version))
    for term in preview.new_terms:
        lines.append(t("  Nouveau terme dans la liste « {vocabulary} » : {label} ({code})",
                       vocabulary=term["vocabulary"], label=term["fr"], code=term["code"]))
    lines.append(t("  Exemples inspirants — nouveaux : {new}, mis à jour : {updated}, déjà présents : {known}.",
                   new=len(preview.new_examples), updated=len(preview.updated_examples), known=preview.known_examples))
    if preview.known_kits or preview.known_terms:
        lines.append(t("  Déjà installés : kits {kits}, termes {terms}.", kits=preview.known_kits,
                       terms=preview.known_terms))
    return lines


def _refused(error) -> int:
    print(t("Pack refusé : {error}", error=error), file=sys.stderr)
    for detail in getattr(error, "details", ()):
        print("  " + detail, file=sys.stderr)
    return 2


def _import(args) -> int:
    from catalyseur_app.atomic import OutputError
    from catalyseur_app.store import StoreError, open_store_for_cli

    from .format import PackError
    from .install import install_pack, preview_pack

    try:
        with open_store_for_cli(args) as store:
            if args.preview:
                preview = preview_pack(store, args.file)
            else:
                preview = install_pack(store, args.file, args.accept_key).preview
    except (PackError, StoreError, OutputError) as error:
        return _refused(error)
    for line in describe_preview(preview):
        print(line)
    if args.preview:
        if not preview.key_pinned:
            print(t("Premier pack : pour l'installer, vérifiez l'empreinte auprès de la Fondation et ajoutez "
                    "--accept-key « {fingerprint} ».", fingerprint=preview.fingerprint))
        print(t("Aperçu seulement (--preview) : rien n'a été modifié."))
    else:
        print(t("Pack n° {sequence} installé.", sequence=preview.content.sequence))
    return 0


def _key_show(args) -> int:
    from catalyseur_app.signing import fingerprint
    from catalyseur_app.store import StoreError, open_store_for_cli

    from .install import pinned_key

    try:
        with open_store_for_cli(args) as store:
            key = pinned_key(store)
    except StoreError as error:
        return _refused(error)
    if key is None:
        print(t("Aucune clé de la Fondation n'est encore enregistrée : elle le sera au premier pack accepté."))
    else:
        print(t("Clé de la Fondation enregistrée, empreinte {fingerprint}.", fingerprint=fingerprint(key)))
    return 0


def _key_set(args) -> int:
    from catalyseur_app.store import StoreError, open_store_for_cli

    from .format import PackError
    from .install import set_foundation_key

    try:
        with open_store_for_cli(args) as store:
            shown = set_foundation_key(store, args.public_key, replace=args.replace)
    except (PackError, StoreError) as error:
        return _refused(error)
    print(t("Clé de la Fondation enregistrée, empreinte {fingerprint}.", fingerprint=shown))
    return 0
