"""``python -m placement.cli``: the command line."""

import sys

from placement.cli import main

sys.exit(main())
