"""`python -m altegio.cli`."""

import sys

from . import main

sys.exit(main())
