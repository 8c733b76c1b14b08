"""English for the progress steps of ``demo`` (the demo data itself is French); see catalyseur_app.messages."""

ENGLISH = {
    "Acteurs et contacts": "Actors and contacts",
    "Partenariats": "Partnerships",
    "Journal des métiers": "Métier journal",
    "Enregistrement": "Saving",
    "Diagnostics": "Diagnostics",
}
