"""Plausible French names for the demo: people, organisations of every kind, projects.

Everything is invented; any likeness to a real organisation is a coincidence of common words.
"""

from __future__ import annotations

import random

from catalyseur_app.domain.typography import of_commune

FIRST_NAMES = (
    "Camille", "Nathalie", "Isabelle", "Sylvie", "Catherine", "Christine", "Martine", "Sophie",
    "Céline", "Valérie", "Sandrine", "Hélène", "Élodie", "Aurélie", "Claire", "Juliette", "Léa",
    "Manon", "Chloé", "Agnès", "Brigitte", "Françoise", "Monique", "Josiane", "Marion", "Anaïs",
    "Jean", "Pierre", "Michel", "Philippe", "Alain", "Bernard", "Jacques", "Patrick", "Christophe",
    "Stéphane", "Laurent", "Olivier", "Nicolas", "Thierry", "Frédéric", "Éric", "Julien", "Sébastien",
    "Jérôme", "Mathieu", "Benoît", "Hervé", "Gilles", "Denis", "Yves", "Rémi", "Loïc", "Théo",
    "Hugo", "Lucas", "Maxime", "Baptiste", "Antoine", "François", "Gérard", "Joël", "Noël",
)

LAST_NAMES = (
    "Martin", "Bernard", "Dubois", "Thomas", "Robert", "Richard", "Petit", "Durand", "Leroy",
    "Moreau", "Simon", "Laurent", "Lefèvre", "Michel", "Garcia", "David", "Bertrand", "Roux",
    "Vincent", "Fournier", "Morel", "Girard", "André", "Mercier", "Dupont", "Lambert", "Bonnet",
    "François", "Martinez", "Legrand", "Garnier", "Faure", "Rousseau", "Blanc", "Guérin", "Muller",
    "Henry", "Roussel", "Nicolas", "Perrin", "Morin", "Mathieu", "Clément", "Gauthier", "Dumont",
    "Lopez", "Fontaine", "Chevalier", "Robin", "Masson", "Sanchez", "Gérard", "Nguyen", "Boyer",
    "Denis", "Lemaire", "Duval", "Joly", "Gautier", "Roger", "Roche", "Roy", "Noël", "Meyer",
    "Lucas", "Meunier", "Jean", "Perez", "Marchand", "Dufour", "Blanchard", "Marie", "Barbier",
    "Brun", "Dumas", "Brunet", "Schmitt", "Leroux", "Colin", "Fernandez", "Pierre", "Renard",
    "Arnaud", "Rolland", "Caron", "Aubert", "Giraud", "Leclerc", "Vidal", "Bourgeois", "Renaud",
    "Lemoine", "Picard", "Gaillard", "Philippe", "Leclercq", "Lacroix", "Fabre", "Dupuis",
    "Olivier", "Rodriguez", "Da Silva", "Hubert", "Louis", "Charles", "Guillot", "Rivière",
    "Delmas", "Vergne", "Chassagne", "Lavergne", "Bouchard", "Courtial", "Teyssandier", "Coste",
    "Lachaud", "Peyrat", "Chabrier", "Besse", "Rouchy", "Malbec", "Fargeix", "Auclair",
)

_ASSOCIATION = (
    "Foyer rural {de_c}", "Comité des fêtes {de_c}", "Amicale laïque {de_c}", "Les Amis {de_c}",
    "Association {w} solidaire", "Épicerie solidaire {w}", "Ressourcerie du pays {de_c}",
    "Entraide {w}", "Familles rurales {de_c}", "Club des aînés {de_c}", "Jardins partagés {de_c}",
    "Atelier vélo {w}", "Tiers-lieu {w}", "Radio {w}", "Chantier d'insertion {w}",
    "Maison des jeunes {de_c}", "Sauvegarde du patrimoine {de_c}", "Réseau {w} mobilité",
)
_COMPANY_SMALL = (
    "Boulangerie {l}", "Menuiserie {l}", "Garage {l}", "Scierie {l} et fils", "Ferme {l}",
    "Fromagerie {w}", "Transports {l}", "Électricité {l}", "Bureau d'études {w}", "{w} Numérique",
    "Maçonnerie {l}", "Brasserie {w}", "Coopérative laitière {w}", "Auberge {w}", "Taxis {l}",
)
_COMPANY_MID = (
    "{w} Industries", "Groupe {l}", "{w} Agroalimentaire", "Laiteries {w}", "{w} Bois Construction",
    "Transports {l} Massif central", "{w} Énergies",
)
_COMPANY_LARGE = (
    "Banque {w} Centre", "Énergies de France — délégation {w}", "Mutuelle {w}",
    "Caisse régionale {w}", "Groupe La Poste — direction {w}", "Assurances {w}",
)
_FOUNDATION = (
    "Fondation {w} pour les territoires", "Fondation {l}", "Fonds de dotation {w}",
    "Fondation d'entreprise {w}",
)
_ACADEMIC = (
    "Lycée agricole {de_c}", "IUT d'Aurillac — département {w}", "Université Clermont Auvergne — laboratoire {w}",
    "INRAE — unité {w}", "Lycée professionnel {de_c}", "École d'ingénieurs {w}",
)
_PUBLIC = (
    "Direction départementale des territoires", "France Travail — agence {de_c}", "Préfecture — sous-préfecture {de_c}",
    "Agence régionale de santé — délégation", "Banque des Territoires — direction {w}", "ADEME — direction régionale",
    "Caisse d'allocations familiales", "Chambre d'agriculture", "Chambre de commerce et d'industrie",
)
_NETWORK = (
    "Réseau des tiers-lieux {w}", "Fédération des foyers ruraux", "Réseau {w} des entrepreneurs",
    "Union départementale des associations familiales", "Réseau rural {w}", "Club d'entreprises {w}",
)
_CITIZENS = (
    "Collectif citoyen {de_c}", "Habitants {de_c} en transition", "Collectif {w}", "Conseil citoyen {de_c}",
)
_OTHER = ("Groupement {w}", "Syndicat mixte {w}", "SCIC {w}", "Coopérative {w}")

# Words that sound like a small region's identity.
PLACE_WORDS = (
    "Margeride", "Artense", "Châtaigneraie", "Carladès", "Planèze", "Cézallier", "Combrailles",
    "Millevaches", "Limousin", "Volcans", "Haute-Auvergne", "Puy Mary", "Creuse", "Monts du Cantal",
    "Vallée de la Cère", "Xaintrie", "Sources", "Plateau", "Bocage", "Pays vert", "Terres d'Auvergne",
    "Tulipe", "Horizons", "Trait d'union", "Passerelle", "Cantal", "Aubrac", "Marche", "Vézère",
)

_NAME_PATTERNS = {
    "association": _ASSOCIATION, "tpe_pme": _COMPANY_SMALL, "eti": _COMPANY_MID,
    "grande_entreprise": _COMPANY_LARGE, "fondation": _FOUNDATION, "academique": _ACADEMIC,
    "institution_publique": _PUBLIC, "reseau": _NETWORK, "citoyens": _CITIZENS, "autre": _OTHER,
}


def person_name(rng: random.Random) -> tuple[str, str]:
    """A first and a last name, never the same word twice (no « Jean Jean »)."""
    first = rng.choice(FIRST_NAMES)
    last = rng.choice(LAST_NAMES)
    while last == first:
        last = rng.choice(LAST_NAMES)
    return first, last


def organisation_name(rng: random.Random, kind: str, commune_name: str, department_name: str) -> str:
    """A name for an actor of ``kind`` based in ``commune_name``."""
    if kind == "commune":
        return f"Commune {of_commune(commune_name)}"
    if kind == "epci":
        return f"Communauté de communes {rng.choice(PLACE_WORDS)}"
    if kind == "departement":
        return f"Conseil départemental — {department_name}"
    if kind == "region":
        return "Région Auvergne-Rhône-Alpes" if rng.random() < 0.5 else "Région Nouvelle-Aquitaine"
    pattern = rng.choice(_NAME_PATTERNS.get(kind, _OTHER))
    return pattern.format(c=commune_name, de_c=of_commune(commune_name), w=rng.choice(PLACE_WORDS),
                          l=rng.choice(LAST_NAMES))


def website_of(name: str) -> str:
    from catalyseur_app.domain.text import fold

    slug = "-".join(fold(name).split()[:4])
    return f"https://www.{slug}.fr"


def email_of(first: str, last: str, domain_hint: str) -> str:
    from catalyseur_app.domain.text import fold

    local = ".".join(fold(part).replace(" ", "-") for part in (first, last))
    domain = "-".join(fold(domain_hint).split()[:3]) or "exemple"
    return f"{local}@{domain}.fr"


def phone(rng: random.Random) -> str:
    prefix = rng.choice(("04 71", "05 55", "06", "07"))
    digits = 8 if prefix in ("06", "07") else 6
    rest = "".join(str(rng.randrange(10)) for _ in range(digits))
    return f"{prefix} " + " ".join(rest[i:i + 2] for i in range(0, digits, 2))


def luhn_siren(rng: random.Random) -> str:
    """A 9-digit SIREN whose Luhn checksum is right."""
    body = [rng.randrange(1, 10)] + [rng.randrange(10) for _ in range(7)]
    for check in range(10):
        digits = body + [check]
        total = 0
        for position, digit in enumerate(reversed(digits)):
            if position % 2 == 1:
                digit *= 2
                if digit > 9:
                    digit -= 9
            total += digit
        if total % 10 == 0:
            return "".join(map(str, digits))
    raise AssertionError("unreachable: one check digit always fits")
