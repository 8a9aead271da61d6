"""Deploys with mike that start clean and commit nothing hidden: `python -m deploy site | serve`."""
