"""Benchmarks of the timeline service (``python -m bench.run``); see docs/performance.md."""
