"""Safe YAML loading: positions, refusals and their exact messages."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from playbook.loading.errors import DataErrors
from playbook.loading.reading import MAX_BYTES
from playbook.loading.yamlsource import format_key, load_yaml


def write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "sample.yml"
    path.write_text(text, encoding="utf-8")
    return path


def messages(tmp_path: Path, text: str) -> list[str]:
    with pytest.raises(DataErrors) as caught:
        load_yaml(write(tmp_path, text), "data/sample.yml")
    return [str(error) for error in caught.value.errors]


def test_positions_are_one_based_line_and_column(tmp_path: Path) -> None:
    source = load_yaml(write(tmp_path, "faq:\n  - id: a\n    answer: x\n"), "data/sample.yml")
    assert source.locate(("faq", 0, "answer")) == (3, 13)
    assert source.locate(("faq", 0, "answer"), at_key=True) == (3, 5)
    assert source.locate(("faq", 0, "missing")) == (2, 5)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "a: &x 1\nb: *x\n",
            [
                "data/sample.yml:1:4: (file): expected plain YAML without anchors, got anchor '&x'",
                "data/sample.yml:2:4: (file): expected plain YAML without anchors, got alias '*x'",
            ],
        ),
        (
            "a: 1\nb: 2\na: 3\n",
            ["data/sample.yml:3:1: a: expected each key once, got 'a' again (first at line 1)"],
        ),
        (
            "a: [1, 2\nb: 3\n",
            [
                "data/sample.yml:1:4: (file): expected a closing ']', got none: the '[' opened here is never closed "
                "(YAML: while parsing a flow sequence did not find expected ',' or ']')"
            ],
        ),
    ],
    ids=["anchors", "duplicate-key", "syntax"],
)
def test_refusals_name_file_line_and_problem(tmp_path: Path, text: str, expected: list[str]) -> None:
    assert messages(tmp_path, text) == expected


def test_files_over_one_mebibyte_are_refused_before_parsing(tmp_path: Path) -> None:
    text = "# " + "x" * MAX_BYTES + "\n: : not yaml"
    assert messages(tmp_path, text) == [
        f"data/sample.yml:1:1: (file): expected at most 1,048,576 bytes, got {len(text.encode()):,} bytes"
    ]


KEY_PART = re.compile(r"\[(?P<index>[0-9]+)\]|(?:^|\.)(?P<name>[a-z_]+)")


def parse_key(text: str) -> tuple[int | str, ...]:
    """Read ``faq[3].answer`` back into ``("faq", 3, "answer")``, refusing anything left over."""
    if text == "(file)":
        return ()
    parts: list[int | str] = []
    position = 0
    while position < len(text):
        found = KEY_PART.match(text, position)
        assert found is not None, f"unreadable key {text!r} at {position}"
        parts.append(int(found["index"]) if found["index"] is not None else found["name"])
        position = found.end()
    return tuple(parts)


@pytest.mark.parametrize(
    ("path", "expected"),
    [((), "(file)"), (("faq", 3, "answer"), "faq[3].answer"), ((0, "id"), "[0].id"), (("a", 1, 2), "a[1][2]")],
)
def test_format_key_examples(path: tuple[int | str, ...], expected: str) -> None:
    assert format_key(path) == expected


@given(st.lists(st.one_of(st.integers(min_value=0, max_value=99), st.from_regex(r"[a-z_]{1,8}", fullmatch=True))))
def test_format_key_round_trips_indexes_and_names(path: list[int | str]) -> None:
    assert parse_key(format_key(tuple(path))) == tuple(path)
