"""Why a backup copy was made (the word in its file name), and the tables a person recognises."""

# Reasons, as they appear in the file names. Automatic and closing copies rotate by age
# (see retention.py); the others are kept by their own rule.
AUTOMATIC = "automatique"
CLOSING = "fermeture"
MANUAL = "manuelle"
BEFORE_IMPORT = "avant-import"
BEFORE_MIGRATION = "avant-migration"
BEFORE_RESTORE = "avant-restauration"
BEFORE_CONSOLIDATION = "avant-consolidation"  # a foundation's SQLite consolidation store

# The tables a person recognises, shown in lists and compared by the rotation.
MAIN_TABLES = ("actors", "contacts", "partnerships", "activities", "diagnostics")
