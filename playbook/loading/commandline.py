"""The command line's help and argparse's own messages in the organization's language (PLAYBOOK_LANG, else
organization.yml's `default_language`): ``python -m playbook --help`` and a mistyped option in Dutch too."""

from __future__ import annotations

import argparse
import sys
from typing import NoReturn

from playbook.loading.language import translate

HELP_NL = {
    "show this help message and exit": "toon deze hulp en stop",
    "check every data file; print all errors": "controleer elk databestand; toon alle fouten",
    "write a starter company file data/companies/<slug>.yml": "schrijf een startbestand data/companies/<slug>.yml",
    "bring ticks from the site back into a company file": "zet vinkjes van de site terug in een bedrijfsbestand",
    "print a company's playbook (or the home page) to PDF with Chromium": (
        "druk het playbook van een bedrijf (of de startpagina) af als pdf met Chromium"
    ),
    "write a company's filled-in instruments (Word, Markdown) and its AI-system register": (
        "schrijf de ingevulde instrumenten van een bedrijf (Word, Markdown) en zijn register van AI-systemen"
    ),
    "print the address `mkdocs serve` answers on": "toon het adres waarop `mkdocs serve` antwoordt",
    "list every company's client site: slug, branch, site_url": "toon de klantsite van elk bedrijf: slug, branch, site_url",
    "remove a company from every version of a deploy branch": "haal een bedrijf weg uit elke versie van een deploybranch",
    "write the JSON Schemas generated from the models": "schrijf de JSON Schema's die uit de modellen volgen",
    "the data folder": "de datamap",
    "fail on warnings too (every publishing path uses this)": "faal ook bij waarschuwingen (elke publicatie doet dit)",
    "the company id: 2-40 characters a-z, 0-9 and '-'": "de id van het bedrijf: 2-40 tekens a-z, 0-9 en '-'",
    "the organization's name": "de naam van de organisatie",
    "the language of its texts and field guide (default: organization.yml's default_language, else nl)": (
        "de taal van de teksten en de invulhulp (standaard: default_language in organization.yml, anders nl)"
    ),
    "merge a checklist export into <slug>'s progress block": "voeg een export van de vinkjes toe aan progress van <slug>",
    "the company slug and the ticks exported from its page (<slug>-progress.json)": (
        "de slug van het bedrijf en de vinkjes die van zijn pagina zijn geëxporteerd (<slug>-progress.json)"
    ),
    "import into this company whatever company the file names (after its file was renamed)": (
        "importeer in dit bedrijf, welk bedrijf het bestand ook noemt (nadat het bedrijfsbestand is hernoemd)"
    ),
    "the company slug; empty for the home page": "de slug van het bedrijf; leeg voor de startpagina",
    "the built site (its root, either language)": "de gebouwde site (de hoofdmap, in beide talen)",
    "the PDF file (a path ending in .pdf) or a folder for <company>[-summary].pdf (default: pdf/)": (
        "het pdf-bestand (een pad dat op .pdf eindigt) of een map voor <bedrijf>[-summary].pdf (standaard: pdf/)"
    ),
    "nl or en; default: the company's `language:` (Dutch for the home page)": (
        "nl of en; standaard: de `language:` van het bedrijf (Nederlands voor de startpagina)"
    ),
    "print the two-page director summary (same language rule)": (
        "druk de samenvatting voor de directie van twee pagina's af (dezelfde taalregel)"
    ),
    "the company slug": "de slug van het bedrijf",
    "the folder for <slug>/ (default: documents/)": "de map voor <slug>/ (standaard: documents/)",
    "the port mkdocs serve listens on": "de poort waarop mkdocs serve luistert",
    "as the line `make serve` prints (Preview: …)": "als de regel die `make serve` toont (Voorbeeldweergave: …)",
    "the project folder": "de projectmap",
    "as JSON (the publish workflow's matrix)": "als JSON (de matrix van de publicatieworkflow)",
    "the deploy branch": "de deploybranch",
    "the company's name (default: from the branch's export)": "de naam van het bedrijf (standaard: uit de export op de branch)",
    "push the branch afterwards": "push de branch daarna",
    "where --push pushes": "waarheen --push pusht",
    "the repository": "de repository",
    "the schemas folder": "de map met schema's",
    "only report schemas that are out of date": "meld alleen schema's die verouderd zijn",
}
"""Every help text of ``python -m playbook`` in Dutch (`tests/test_command_language.py` checks that none is missing)."""

DESCRIPTION_NL = (
    "De opdrachtregel van het playbook: python -m playbook <opdracht>; --help bij een opdracht toont de opties."
)
HEADINGS_NL = (("usage:", "gebruik:"), ("positional arguments:", "argumenten:"), ("options:", "opties:"))


def _parsers(parser: argparse.ArgumentParser) -> list[argparse.ArgumentParser]:
    """``parser`` and every sub-command's parser under it."""
    found = [parser]
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            for sub in action.choices.values():
                found += _parsers(sub)
    return found


def help_texts(parser: argparse.ArgumentParser) -> list[argparse.Action]:
    """Every action of ``parser`` and its sub-commands (the sub-commands' own lines included)."""
    found: list[argparse.Action] = []
    for each in _parsers(parser):
        for action in each._actions:
            found.append(action)
            if isinstance(action, argparse._SubParsersAction):
                found += action._choices_actions
    return found


class Parser(argparse.ArgumentParser):
    """An argument parser that speaks ``language``: its headings and its errors (help texts: :func:`localize`)."""

    language = "en"

    def format_usage(self) -> str:
        return self._headings(super().format_usage())

    def format_help(self) -> str:
        return self._headings(super().format_help())

    def _headings(self, text: str) -> str:
        if self.language != "nl":
            return text
        lines, in_usage = text.splitlines(keepends=True), False
        for index, line in enumerate(lines):
            if in_usage and line.startswith(" "):  # the usage's own lines, aligned under the longer heading
                lines[index] = "  " + line
            in_usage = line.startswith("usage:") or (in_usage and line.startswith(" "))
        for english, dutch in HEADINGS_NL:
            lines = [dutch + line[len(english) :] if line.startswith(english) else line for line in lines]
        return "".join(lines)

    def error(self, message: str) -> NoReturn:
        """Usage and the error, as argparse prints them, in the parser's language."""
        self.print_usage(sys.stderr)
        word = "fout" if self.language == "nl" else "error"
        self.exit(2, f"{self.prog}: {word}: {translate(message, self.language)}\n")


def localize(parser: argparse.ArgumentParser, language: str) -> argparse.ArgumentParser:
    """``parser`` and its sub-commands in ``language``: help texts, headings and errors."""
    for each in _parsers(parser):
        if isinstance(each, Parser):
            each.language = language
    if language == "nl":
        parser.description = DESCRIPTION_NL
        for action in help_texts(parser):
            action.help = HELP_NL.get(action.help or "", action.help)
    return parser
