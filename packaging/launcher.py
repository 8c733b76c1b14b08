import sys

from catalyseur_app.cli import main

sys.exit(main())
