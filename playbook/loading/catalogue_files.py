"""The Dutch wordings of the messages about reading files: file kinds, encodings, YAML, KPI and survey files.

Part of :data:`playbook.loading.catalogue.CATALOGUE` (see there for the template syntax).
"""

from __future__ import annotations

FILE_MESSAGES: tuple[tuple[str, str], ...] = (
    # Files.
    ("expected this file, got none", "verwacht dit bestand, maar het ontbreekt"),
    ("expected a company file beside it, got none", "verwacht een bedrijfsbestand ernaast, maar dat ontbreekt"),
    (
        "expected a file, got a link to {target}, which does not exist",
        "verwacht een bestand, gevonden een koppeling naar {target}, dat niet bestaat",
    ),
    (
        "expected a file inside the project, got a link to {target}",
        "verwacht een bestand binnen het project, gevonden een koppeling naar {target}",
    ),
    ("expected a file, got {+kind}", "verwacht een bestand, gevonden {+kind}"),
    ("a folder", "een map"),
    ("a named pipe (FIFO)", "een named pipe (FIFO)"),
    ("a device", "een apparaat"),
    ("a special file", "een speciaal bestand"),
    ("expected a readable file, got {~reason}", "verwacht een leesbaar bestand, gevonden: {~reason}"),
    ("expected at most {limit} bytes, got {size} bytes", "verwacht hooguit {limit} bytes, gevonden {size} bytes"),
    ("expected at most {limit} bytes, got more", "verwacht hooguit {limit} bytes, gevonden meer"),
    (
        "expected UTF-8 text, got a file saved as {encoding}",
        "verwacht UTF-8-tekst, gevonden een bestand opgeslagen als {encoding}",
    ),
    (
        "expected UTF-8 text, got the byte {byte} ({char} in Windows-1252): the file is saved as Windows-1252 (ANSI)",
        "verwacht UTF-8-tekst, gevonden de byte {byte} ({char} in Windows-1252): het bestand is opgeslagen als Windows-1252 (ANSI)",
    ),
    (
        "expected UTF-8 text, got the byte {byte}, which is not UTF-8",
        "verwacht UTF-8-tekst, gevonden de byte {byte}, die geen UTF-8 is",
    ),
    (
        "expected a file name of 2-40 characters a-z, 0-9 and '-' (not 'index'), got {name}",
        "verwacht een bestandsnaam van 2-40 tekens a-z, 0-9 en '-' (niet 'index'), gevonden {name}",
    ),
    (
        "expected one file for the company {slug}, got {first} and {second}",
        "verwacht één bestand voor het bedrijf {slug}, gevonden {first} en {second}",
    ),
    ("expected one survey file, got {first} and {second}", "verwacht één enquêtebestand, gevonden {first} en {second}"),
    (
        "expected an Excel workbook (.xlsx), got a file openpyxl cannot read ({kind})",
        "verwacht een Excel-werkmap (.xlsx), gevonden een bestand dat niet te lezen is ({kind})",
    ),
    # YAML.
    (
        "expected 'key: value', got a line without a colon: {line}",
        "verwacht 'sleutel: waarde', gevonden een regel zonder dubbelepunt: {line}",
    ),
    (
        "expected a closing quote, got none: the quote opened here is never closed",
        "verwacht een sluitend aanhalingsteken, maar dat ontbreekt: het aanhalingsteken dat hier opent, wordt nooit gesloten",
    ),
    (
        "expected a value, got one that starts with {char}, which YAML keeps for itself: put the whole value in "
        "quotes: {fixed}",
        "verwacht een waarde, gevonden een waarde die begint met {char}, een teken dat YAML voor zichzelf houdt: zet "
        "de hele waarde tussen aanhalingstekens: {fixed}",
    ),
    (
        "expected a closing {closer}, got none: the {opener} opened here is never closed",
        "verwacht een sluitende {closer}, maar die ontbreekt: de {opener} die hier opent, wordt nooit gesloten",
    ),
    (
        "expected a value that ends with the quote it starts with, got {value}: put the whole value in quotes: {fixed}",
        "verwacht een waarde die eindigt met het aanhalingsteken waarmee ze begint, gevonden {value}: zet de hele waarde tussen aanhalingstekens: {fixed}",
    ),
    (
        "expected spaces, got a tab: indent with spaces, not a tab",
        "verwacht spaties, gevonden een tab: spring in met spaties, niet met een tab",
    ),
    (
        "expected one ': ' per line, got a second one: put a value that holds ': ' in quotes",
        "verwacht één ': ' per regel, gevonden een tweede: zet een waarde met ': ' tussen aanhalingstekens",
    ),
    (
        "expected this line indented like the key above it ({key}, {spaces} spaces), got {found} spaces",
        "verwacht deze regel even ver ingesprongen als de sleutel erboven ({key}, {spaces} spaties), gevonden {found} spaties",
    ),
    (
        "expected this line indented like the keys of its block, got an indentation that matches none above it",
        "verwacht deze regel even ver ingesprongen als de sleutels van zijn blok, gevonden een inspringing die bij geen enkele regel erboven past",
    ),
    (
        "expected valid YAML, got a syntax error: {~problem}",
        "verwacht geldige YAML, gevonden een fout in de opbouw: {~problem}",
    ),
    ("expected valid YAML values, got {~reason}", "verwacht geldige YAML-waarden, gevonden {~reason}"),
    (
        "expected plain YAML without anchors, got alias {name}",
        "verwacht gewone YAML zonder ankers, gevonden de alias {name}",
    ),
    (
        "expected plain YAML without anchors, got anchor {name}",
        "verwacht gewone YAML zonder ankers, gevonden het anker {name}",
    ),
    ("expected plain YAML values, got the tag {tag}", "verwacht gewone YAML-waarden, gevonden de tag {tag}"),
    (
        "expected at most {levels} levels of nesting, got more",
        "verwacht hooguit {levels} niveaus van nesting, gevonden meer",
    ),
    ("expected printable text, got the character {char}", "verwacht afdrukbare tekst, gevonden het teken {char}"),
    (
        'expected text without control characters, got {char} (written as an escape such as "\\0" or "\\e")',
        'verwacht tekst zonder stuurtekens, gevonden {char} (geschreven als een escape zoals "\\0" of "\\e")',
    ),
    (
        "expected each key once, got {key} again (first at line {line})",
        "verwacht elke sleutel één keer, gevonden {key} opnieuw (eerst op regel {line})",
    ),
    (
        "expected a valid value, got a value out of range ({~reason})",
        "verwacht een geldige waarde, gevonden een waarde buiten bereik ({~reason})",
    ),
    ("expected a valid value, got {value} ({~reason})", "verwacht een geldige waarde, gevonden {value} ({~reason})"),
    (
        "the '#' cuts the text short: YAML reads {value} and takes {comment} as a comment; put the whole text in quotes: {fixed}",
        "de '#' breekt de tekst af: YAML leest {value} en neemt {comment} als commentaar; zet de hele tekst tussen aanhalingstekens: {fixed}",
    ),
    (
        "expected text, got {written}, which YAML reads as {value}: put it in quotes ({quoted})",
        "verwacht tekst, gevonden {written}, wat YAML leest als {value}: zet het tussen aanhalingstekens ({quoted})",
    ),
    # KPI and survey files.
    (
        "expected the header 'date,kpi,value' (any case; commas or semicolons), got {found}",
        "verwacht de kopregel 'date,kpi,value' (hoofdletters mogen; komma's of puntkomma's), gevonden {found}",
    ),
    (
        'expected 3 values (date,kpi,value), got {count} (a decimal comma in a comma-separated file needs quotes: "2,5")',
        'verwacht 3 waarden (date,kpi,value), gevonden {count} (een decimale komma in een bestand met komma\'s moet tussen aanhalingstekens: "2,5")',
    ),
    ("expected 3 values (date,kpi,value), got {count}", "verwacht 3 waarden (date,kpi,value), gevonden {count}"),
    (
        "expected 4 values (date,respondent,element,score), got {count}",
        "verwacht 4 waarden (date,respondent,element,score), gevonden {count}",
    ),
    (
        "expected a date as YYYY-MM-DD, got {date} with slashes, which reads two ways",
        "verwacht een datum als JJJJ-MM-DD, gevonden {date} met schuine strepen, die op twee manieren te lezen is",
    ),
    (
        "expected a date as YYYY-MM-DD, got {date} with slashes",
        "verwacht een datum als JJJJ-MM-DD, gevonden {date} met schuine strepen",
    ),
    (
        "expected a date (YYYY-MM-DD), got {date}, which is no date in either order",
        "verwacht een datum (JJJJ-MM-DD), gevonden {date}, wat in geen van beide volgordes een datum is",
    ),
    (
        "expected a date on or before the build date ({today}), got {date}",
        "verwacht een datum op of voor de builddatum ({today}), gevonden {date}",
    ),
    ("expected a date up to {today}, got {date}", "verwacht een datum tot en met {today}, gevonden {date}"),
    ("{date}: there is no month {month}", "{date}: maand {month} bestaat niet"),
    ("{date}: there is no {day} {+month} in {year}", "{date}: {day} {+month} bestaat niet in {year}"),
    ("expected a KPI id, got {kpi}", "verwacht een KPI-id, gevonden {kpi}"),
    (
        "expected a value between {low} and {high} (the scale of {kpi} in data/kpis.yml), got {value}",
        "verwacht een waarde tussen {low} en {high} (de schaal van {kpi} in data/kpis.yml), gevonden {value}",
    ),
    (
        "expected a value at least {low} (the scale of {kpi} in data/kpis.yml), got {value}",
        "verwacht een waarde van minstens {low} (de schaal van {kpi} in data/kpis.yml), gevonden {value}",
    ),
    (
        "{value} looks like a fraction, but {kpi} is on a 0–100 scale (data/kpis.yml), so it reads as {same} out of 100; if {meant} is meant, write {meant2}",
        "{value} lijkt een fractie, maar {kpi} staat op een schaal van 0–100 (data/kpis.yml), dus het leest als {same} van de 100; bedoelt u {meant}, schrijf dan {meant2}",
    ),
    (
        "expected one value per date and KPI, got a second for {date} {kpi} (first at line {line})",
        "verwacht één waarde per datum en KPI, gevonden een tweede voor {date} {kpi} (eerst op regel {line})",
    ),
    ("expected an anonymous respondent id, got nothing", "verwacht een anonieme respondentcode, maar die ontbreekt"),
    (
        "expected one of awareness, desire, knowledge, ability, reinforcement (or the Dutch name), got {element}",
        "verwacht een van awareness, desire, knowledge, ability, reinforcement (of de Nederlandse naam), gevonden {element}",
    ),
    (
        "expected a whole number from 1 to 5, got {score}",
        "verwacht een geheel getal van 1 tot en met 5, gevonden {score}",
    ),
    (
        "expected a score from 1 to 5 (or its words, such as 'eens'), got {score}",
        "verwacht een score van 1 tot en met 5 (of de woorden ervan, zoals 'eens'), gevonden {score}",
    ),
    (
        "expected 'date,respondent,element,score', or a column per statement of data/adkar-survey.yml as Microsoft Forms, Google Forms or Excel export them, got {found}",
        "verwacht 'date,respondent,element,score', of een kolom per stelling uit data/adkar-survey.yml zoals Microsoft Forms, Google Forms of Excel ze exporteren, gevonden {found}",
    ),
    (
        "expected a statement of data/adkar-survey.yml, got {found}",
        "verwacht een stelling uit data/adkar-survey.yml, gevonden {found}",
    ),
    (
        "expected a column with the completion time ('Tijd van voltooien', 'Completion time', 'Tijdstempel' or 'Timestamp'), got none",
        "verwacht een kolom met de tijd van voltooien ('Tijd van voltooien', 'Completion time', 'Tijdstempel' of 'Timestamp'), maar die ontbreekt",
    ),
)
"""(English template, Dutch template) for the messages about files, their encoding, YAML and the CSV/XLSX files."""
