"""``python -m benchmarks``: run every benchmark once and write benchmarks/results.md."""

from __future__ import annotations

from benchmarks.run import main

raise SystemExit(main())
