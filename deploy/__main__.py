"""`python -m deploy`: the command line of the publishing wrapper around mike (see deploy/site.py)."""

from __future__ import annotations

import sys

from deploy.cli import main

sys.exit(main())
