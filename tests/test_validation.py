"""Broken data files give exact messages: file, line, column, key, expected and found."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from playbook import DataErrors, load_content
from tests.conftest import CliResult

FAQ_WITH_ERRORS = """\
faq:
  - id: budget
    question: [not, text]
    answer:
      - text: {nl: "Antwoord."}
  - id: budget
    question: {nl: "Vraag?"}
    answer: "plain"
    colour: blue
"""


def errors_for(project: Path) -> list[str]:
    with pytest.raises(DataErrors) as caught:
        load_content(project / "data", root=project)
    return [str(error) for error in caught.value.errors]


def test_schema_errors_are_all_reported_with_positions(project_copy: Path) -> None:
    (project_copy / "data/faq.yml").write_text(FAQ_WITH_ERRORS, encoding="utf-8")
    assert errors_for(project_copy) == [
        "data/faq.yml:3:15: faq[0].question: expected text in each language ({nl: ..., en: ...}), got a list",
        "data/faq.yml:8:13: faq[1].answer: expected a list, got the text 'plain'",
        "data/faq.yml:9:5: faq[1].colour: unknown key; expected one of: answer, closing, embed, id, points, question",
    ]


def test_enum_errors_list_the_allowed_values(project_copy: Path) -> None:
    path = project_copy / "data/kpis.yml"
    path.write_text(path.read_text(encoding="utf-8").replace("id: usage_rate", "id: usage", 1), encoding="utf-8")
    (message,) = errors_for(project_copy)
    assert message.startswith("data/kpis.yml:")
    assert message.endswith(
        ": expected one of 'acceptance_score', 'competence_index', 'usage_rate', 'innovation_index', "
        "'time_to_competency' or 'change_friction', got the text 'usage'; did you mean 'usage_rate'?"
    )


def test_semantic_errors_name_unknown_and_unused_ids(project_copy: Path) -> None:
    path = project_copy / "data/mistakes.yml"
    text = path.read_text(encoding="utf-8")
    path.write_text(text.replace("[fraunhofer-2024-technology-focus]", "[no-such-entry]", 1), encoding="utf-8")
    found = errors_for(project_copy)
    assert any(
        line.startswith("data/mistakes.yml:")
        and line.endswith(": expected an id from evidence.yml, got 'no-such-entry'")
        for line in found
    ), found
    assert any(
        line.startswith("data/evidence.yml:")
        and line.endswith(": expected a reference from content, got none to 'fraunhofer-2024-technology-focus'")
        for line in found
    ), found


def test_roadmap_ids_must_carry_their_month(project_copy: Path) -> None:
    path = project_copy / "data/roadmap.yml"
    text = path.read_text(encoding="utf-8")
    path.write_text(text.replace("id: m01-vision", "id: m02-vision", 1), encoding="utf-8")
    found = errors_for(project_copy)
    assert len(found) == 1
    assert found[0].endswith(".activities[2].id: expected an id starting with 'm01-', got 'm02-vision'")
    assert found[0].startswith("data/roadmap.yml:")


def test_cli_prints_every_error_without_traceback(project_copy: Path, cli: Callable[..., CliResult]) -> None:
    (project_copy / "data/faq.yml").write_text(FAQ_WITH_ERRORS, encoding="utf-8")
    result = cli("validate", "--data", str(project_copy / "data"))
    assert result.returncode == 1
    assert "Traceback" not in result.stderr
    assert result.stderr.splitlines() == [
        "data/faq.yml:3:15: faq[0].question: expected text in each language ({nl: ..., en: ...}), got a list",
        "data/faq.yml:8:13: faq[1].answer: expected a list, got the text 'plain'",
        "data/faq.yml:9:5: faq[1].colour: unknown key; expected one of: answer, closing, embed, id, points, question",
        "3 errors found.",
    ]


def test_cli_accepts_the_real_data(cli: Callable[..., CliResult]) -> None:
    result = cli("validate")
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("All data is valid:")


@pytest.mark.parametrize(
    ("old", "new", "expected"),
    [
        (
            "  - id: awareness-risk\n    element: awareness\n",
            "  - id: awareness-risk\n    element: desire\n",
            [
                "data/adkar-survey.yml:31:3: statements: expected 2 or 3 statements for awareness, got 1",
                "data/adkar-survey.yml:31:3: statements: expected 2 or 3 statements for desire, got 4",
            ],
        ),
        (
            "  - id: reinforcement-stick\n    element: reinforcement\n",
            "  - id: reinforcement-stick\n    element: awareness\n",
            [
                "data/adkar-survey.yml:31:3: statements: expected 2 or 3 statements for reinforcement, got 1",
                "data/adkar-survey.yml:31:3: statements: expected the statements in ADKAR order (awareness, desire, knowledge, ability, reinforcement)",
            ],
        ),
    ],
    ids=["too-few-and-too-many", "out-of-order"],
)
def test_the_survey_covers_every_element_in_order(project_copy: Path, old: str, new: str, expected: list[str]) -> None:
    path = project_copy / "data/adkar-survey.yml"
    text = path.read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, new), encoding="utf-8")
    assert errors_for(project_copy) == expected


@pytest.mark.parametrize(
    ("old", "new", "message"),
    [
        (
            '    url: "https://eur-lex.europa.eu/legal-content/{LANG}/TXT/?uri=CELEX:32016R0679#art_22"\n'
            "    checked: 2026-12-02\n",
            "    checked: 2026-12-02\n",
            "expected a url and a checked date for a legal source, got none",
        ),
        (
            '    url: "https://wetten.overheid.nl/BWBR0002747/#HoofdstukII_Artikel2"',
            '    url: "wetten.overheid.nl/BWBR0002747"',
            "expected an https:// address of the official text, got 'wetten.overheid.nl/BWBR0002747'",
        ),
        (
            "    status: adopted\n    applies_from: 2027-12-02\n",
            "    applies_from: 2027-12-02\n",
            "expected a url, a status and a checked date for a legal source, got none",
        ),
        (
            '    status: published\n    official_journal: "OJ L 119, 4.5.2016, p. 1"\n',
            "    status: published\n",
            "expected the official_journal reference of a published text, got none",
        ),
    ],
)
def test_legal_sources_need_an_official_url_and_a_date(project_copy: Path, old: str, new: str, message: str) -> None:
    path = project_copy / "data/evidence.yml"
    text = path.read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, new, 1), encoding="utf-8")
    (found,) = errors_for(project_copy)
    assert found.startswith("data/evidence.yml:")
    assert found.endswith(message)


def test_every_use_case_kind_needs_a_rule(project_copy: Path) -> None:
    path = project_copy / "data/use-case-kinds.yml"
    text = path.read_text(encoding="utf-8")
    path.write_text(text.replace("  - id: credit_scoring\n", "  - id: other\n", 1), encoding="utf-8")
    found = errors_for(project_copy)
    assert any(e.endswith("kinds: expected a rule for every kind, got none for credit_scoring") for e in found)
    assert any(e.endswith("id: expected a unique kind, got 'other' again") for e in found)
