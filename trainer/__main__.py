"""`python -m trainer` is the `trainer` command."""

import sys

from .cli import main

sys.exit(main())
