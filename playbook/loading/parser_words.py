"""What YAML's parser, Python and Jinja say, in plain Dutch: the phrases a Dutch message quotes from them.

A syntax error of PyYAML (or libyaml, which it uses when installed) is a context ('while parsing a block
mapping') and a problem ('did not find expected key'); each is looked up here. A phrase not in the tables is
kept as the parser wrote it, in quotes, so that a Dutch message never passes English off as its own words.
"""

from __future__ import annotations

import re

CONTEXTS = {
    "while scanning a simple key": "bij het lezen van een sleutel",
    "while scanning for the next token": "bij het lezen van het volgende teken",
    "while scanning a quoted scalar": "in een waarde tussen aanhalingstekens",
    "while parsing a quoted scalar": "in een waarde tussen aanhalingstekens",
    "while scanning a %YAML directive": "in de regel %YAML",
    "while scanning a %TAG directive": "in de regel %TAG",
    "while scanning a plain scalar": "in een waarde",
    "while scanning a block scalar": "in een tekstblok (| of >)",
    "while scanning an anchor": "in een anker (&)",
    "while scanning an alias": "in een alias (*)",
    "while scanning a tag": "in een tag (!)",
    "while scanning a directive": "in een directive (%)",
    "while parsing a block mapping": "in een blok sleutels",
    "while parsing a block collection": "in een lijst met streepjes",
    "while parsing a flow sequence": "in een lijst tussen [ ]",
    "while parsing a flow mapping": "in sleutels tussen { }",
    "while parsing a block node": "in een waarde",
    "while parsing a flow node": "in een waarde",
    "while parsing a node": "in een waarde",
    "while parsing a tag": "in een tag (!)",
    "while composing a mapping": "in een blok sleutels",
    "while constructing a mapping": "in een blok sleutels",
}
"""PyYAML's and libyaml's contexts: where in the file the parser was."""

PROBLEMS: tuple[tuple[str, str], ...] = (
    ("could not find expected ':'", "geen ':' gevonden"),
    ("found character that cannot start any token", "een teken waarmee geen waarde kan beginnen"),
    ("found character '{char}' that cannot start any token", "het teken '{char}', waarmee geen waarde kan beginnen"),
    ("mapping values are not allowed in this context", "hier mag geen ': ' (sleutel en waarde) staan"),
    ("mapping values are not allowed here", "hier mag geen ': ' (sleutel en waarde) staan"),
    ("mapping keys are not allowed in this context", "hier mag geen sleutel staan"),
    ("mapping keys are not allowed here", "hier mag geen sleutel staan"),
    ("block sequence entries are not allowed in this context", "hier mag geen lijstregel (- ) staan"),
    ("block sequence entries are not allowed here", "hier mag geen lijstregel (- ) staan"),
    ("did not find expected key", "geen sleutel gevonden waar die hoort"),
    ("did not find expected '-' indicator", "geen '-' gevonden waar een lijstregel hoort"),
    ("did not find expected ',' or ']'", "geen ',' of ']' gevonden"),
    ("did not find expected ',' or '}'", "geen ',' of '}' gevonden"),
    ("did not find expected node content", "geen waarde gevonden waar die hoort"),
    ("did not find expected <document start>", "geen begin van een document (---) gevonden"),
    ("did not find expected comment or line break", "geen commentaar of nieuwe regel gevonden waar die hoort"),
    ("did not find expected alphabetic or numeric character", "geen letter of cijfer gevonden waar die hoort"),
    ("found unexpected end of stream", "het bestand houdt op voordat de waarde sluit"),
    ("found unexpected document indicator", "een onverwachte documentgrens (--- of ...)"),
    ("found unexpected document separator", "een onverwachte documentgrens (--- of ...)"),
    ("found unknown escape character", "een onbekende escape (een teken na \\)"),
    ("found unknown escape character '{char}'", "de onbekende escape '\\{char}'"),
    ("found undefined tag handle", "een onbekende tag"),
    ("found an indentation indicator equal to 0", "een inspringing van 0 na | of >"),
    ("found incompatible YAML document", "een YAML-versie die niet wordt ondersteund (schrap de regel %YAML)"),
    ("found unknown directive name", "een onbekende regel met %"),
    ("found duplicate %YAML directive", "de regel %YAML twee keer"),
    ("found unexpected ':'", "een onverwachte ':'"),
    ("did not find expected whitespace or line break", "geen spatie of nieuwe regel gevonden waar die hoort"),
    ("did not find the expected '>'", "geen '>' gevonden"),
    ("did not find expected tag URI", "geen tag gevonden waar die hoort"),
    ("found undefined alias", "een onbekende alias"),
    ("found a tab character that violates indentation", "een tab in de inspringing"),
    ("found a tab character that violate indentation", "een tab in de inspringing"),
    ("found a tab character where an indentation space is expected", "een tab waar een spatie hoort"),
    ("expected <block end>, but found '{token}'", "verwacht het einde van het blok, gevonden {token}"),
    ("expected the node content, but found '{token}'", "verwacht een waarde, gevonden {token}"),
    ("expected ',' or ']', but got '{token}'", "verwacht ',' of ']', gevonden {token}"),
    ("expected ',' or '}', but got '{token}'", "verwacht ',' of '}', gevonden {token}"),
    ("expected '<document start>', but found '{token}'", "verwacht het begin van een document (---), gevonden {token}"),
    (
        "expected a single document in the stream but found another document",
        "verwacht één document in het bestand, gevonden een tweede (na een regel ---)",
    ),
    (
        "Exceeds the limit ({digits} digits) for integer string conversion",
        "een getal van meer dan {digits} cijfers, het maximum voor een geheel getal",
    ),
    ("day is out of range for month", "die dag bestaat niet in die maand"),
    ("month must be in 1..12", "de maand moet 1 tot en met 12 zijn"),
    ("year {year} is out of range", "het jaar {year} valt buiten het bereik"),
    ("an unreadable value", "een onleesbare waarde"),
    ("Permission denied", "geen toegang (de rechten staan het niet toe)"),
    ("No such file or directory", "het bestand of de map bestaat niet"),
    ("Is a directory", "het is een map"),
    ("Not a directory", "een deel van het pad is geen map"),
    ("Read-only file system", "de schijf is alleen-lezen"),
    ("No space left on device", "de schijf is vol"),
    ("Too many levels of symbolic links", "te veel koppelingen achter elkaar"),
    ("Expecting value: {at}", "geen JSON-waarde gevonden ({at})"),
    (
        "Expecting property name enclosed in double quotes: {at}",
        "verwacht een naam tussen dubbele aanhalingstekens ({at})",
    ),
    ("Expecting ',' delimiter: {at}", "verwacht een ',' ({at})"),
    ("Expecting ':' delimiter: {at}", "verwacht een ':' ({at})"),
    ("Extra data: {at}", "nog meer tekst na het einde van de JSON ({at})"),
    ("Unterminated string starting at: {at}", "een tekst die niet wordt gesloten ({at})"),
    ("Invalid control character at: {at}", "een stuurteken in een tekst ({at})"),
    ("line {line} column {column} (char {char})", "regel {line}, kolom {column}"),
    # Jinja, in a page's macro call.
    ("'{name}' is undefined", "'{name}' bestaat niet (geen bekende macro of variabele)"),
    ("'{object}' has no attribute '{name}'", "'{object}' heeft geen attribuut '{name}'"),
    ("unexpected '{char}'", "onverwacht '{char}'"),
    ("unexpected char '{char}' at {position}", "onverwacht teken '{char}' op positie {position}"),
    ("expected token '{expected}', got '{found}'", "verwacht '{expected}', gevonden '{found}'"),
    ("unexpected end of template, expected '{expected}'.", "de pagina houdt op, verwacht '{expected}'."),
    ("Encountered unknown tag '{tag}'.", "onbekende tag '{tag}'."),
    ("an unreadable document", "een onleesbaar document"),
)
"""(the parser's words, plain Dutch); ``{name}`` is a part kept as written."""

TOKENS = {
    "<block mapping start>": "het begin van een nieuw blok sleutels",
    "<block sequence start>": "het begin van een lijst",
    "<block end>": "het einde van een blok",
    "<block entry>": "een lijstregel (- )",
    "<scalar>": "een waarde",
    "<key>": "een sleutel",
    "<value>": "een ': '",
    "<flow sequence start>": "een '['",
    "<flow mapping start>": "een '{'",
    "<document start>": "een documentgrens (---)",
    "<stream end>": "het einde van het bestand",
}
"""The parser's names for what it found, in ``{token}``."""

_PLACEHOLDER = re.compile(r"\\\{([a-z]+)\\\}")
_FILLED = re.compile(r"\{([a-z]+)\}")
_COMPILED = tuple(
    (re.compile(_PLACEHOLDER.sub(lambda m: f"(?P<{m.group(1)}>.+?)", re.escape(english))), dutch)
    for english, dutch in PROBLEMS
)


def _part(name: str, value: str) -> str:
    if name == "token":
        return TOKENS.get(value, f"'{value}'")
    return (_problem(value) or value) if name == "at" else value


def _problem(text: str) -> str | None:
    for pattern, dutch in _COMPILED:
        found = pattern.fullmatch(text)
        if found:
            return _filled(dutch, {name: _part(name, value) for name, value in found.groupdict().items()})
    return None


def _filled(dutch: str, values: dict[str, str]) -> str:
    return _FILLED.sub(lambda match: values[match.group(1)], dutch)


def parser_in_dutch(text: str) -> str:
    """``text``, a parser's or Python's own words, in Dutch; kept as written, in quotes, when not in the tables."""
    phrase = text.strip()
    context = next((c for c in sorted(CONTEXTS, key=len, reverse=True) if phrase.startswith(c + " ")), None)
    rest = phrase[len(context) + 1 :] if context else phrase
    problem = _problem(rest)
    if problem is None:
        return f'"{text}"'
    return f"{CONTEXTS[context]}: {problem}" if context else problem
