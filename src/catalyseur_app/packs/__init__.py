"""Reference packs of the Fondation des Territoires: the signed file (format), the checks shared
by both sides (terms), and their installation in a catalyseur's store (install). No Qt here."""
