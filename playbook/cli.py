"""The command line: ``python -m playbook validate | schemas``."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from playbook.content import load_content
from playbook.errors import DataErrors
from playbook.schemas import stale_schemas, write_schemas

ROOT = Path(__file__).resolve().parent.parent


def _validate(args: argparse.Namespace) -> int:
    try:
        content = load_content(args.data, root=args.data.parent)
    except DataErrors as exc:
        print(exc.report(), file=sys.stderr)
        print(f"{len(exc.errors)} error(s) found.", file=sys.stderr)
        return 1
    print(f"All data is valid: {len(content.sources)} files, {len(content.evidence.evidence)} evidence entries.")
    return 0


def _schemas(args: argparse.Namespace) -> int:
    if args.check:
        stale = stale_schemas(args.out, args.data)
        for name in stale:
            print(f"{args.out / name}: out of date; run `make schemas`", file=sys.stderr)
        return 1 if stale else 0
    changed = write_schemas(args.out, args.data)
    print(f"{len(changed)} schema(s) written to {args.out}.")
    return 0


def build_parser() -> argparse.ArgumentParser:
    """The argument parser with one sub-command per task."""
    parser = argparse.ArgumentParser(prog="python -m playbook", description=__doc__)
    commands = parser.add_subparsers(dest="command", required=True)
    validate = commands.add_parser("validate", help="check every data file; print all errors")
    validate.add_argument("--data", type=Path, default=ROOT / "data", help="the data folder")
    validate.set_defaults(run=_validate)
    schemas = commands.add_parser("schemas", help="write the JSON Schemas generated from the models")
    schemas.add_argument("--out", type=Path, default=ROOT / "schemas", help="the schemas folder")
    schemas.add_argument("--data", type=Path, default=ROOT / "data", help="the data folder")
    schemas.add_argument("--check", action="store_true", help="only report schemas that are out of date")
    schemas.set_defaults(run=_schemas)
    return parser


def main(argv: list[str] | None = None) -> int:
    """Run the command line; return the exit code."""
    args = build_parser().parse_args(argv)
    code: int = args.run(args)
    return code
