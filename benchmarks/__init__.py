"""Build-performance benchmarks: scale, data-layer overhead, author loop and page weight.

Run with `make bench` (``python -m benchmarks``); the results go to ``benchmarks/results.md``. Benchmarks are
measurements, never tests: nothing here is collected by pytest and no figure fails a build.
"""
