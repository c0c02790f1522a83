"""``python -m quotebook``: the same as the ``quotebook`` command."""

import sys

from .cli import main

sys.exit(main())
