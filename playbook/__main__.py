"""Entry point for ``python -m playbook``."""

from __future__ import annotations

import sys

from playbook.cli import main

sys.exit(main())
