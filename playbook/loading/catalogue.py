"""Every message kind in Dutch: English templates, as the code writes the messages, with their Dutch wording.

A template's ``{name}`` stands for text kept as it is (a value, a file name); ``{+name}`` for a phrase that is
translated in turn ('a whole number', 'the text 'veel''); ``{*name}`` for a list whose 'or' and 'and' are
translated, and whose whole 'none' is 'geen'; ``{~name}`` for a parser's or Python's own words (PyYAML, json,
the operating system), put in Dutch by :mod:`playbook.loading.parser_words` or else quoted as written. Templates
are tried in order, the first whose whole text matches wins: compound forms (a suffix
such as '; did you mean …?') come before the messages, and the phrases come last. A message that matches none
stays in English: `tests/test_bad_inputs.py` runs every case in both languages, so none of the corpus does.
"""

from __future__ import annotations

from playbook.loading.catalogue_commands import COMMAND_MESSAGES
from playbook.loading.catalogue_files import FILE_MESSAGES

CATALOGUE: tuple[tuple[str, str], ...] = (
    # Whole messages that hold a compound form's words ('; write …') in their own text.
    (
        "true does not say whose personal data; write staff, customers, applicants or a list such as "
        "[customers, staff]: only staff data gives the works council a consent right (WOR article 27(1)(k)), "
        "so until then it is treated as staff data",
        "true zegt niet wiens persoonsgegevens het zijn; schrijf staff, customers, applicants of een lijst zoals "
        "[customers, staff]: alleen gegevens van medewerkers geven de ondernemingsraad instemmingsrecht "
        "(artikel 27, lid 1, onder k WOR), dus tot dan gelden ze als gegevens van medewerkers",
    ),
    (
        "{kind} is prohibited by the AI Act ({article}): the playbook ranks it nowhere and plans only stopping or "
        "redesigning it; change the use case or its kind before publishing",
        "{kind} is verboden door de AI-verordening ({article}): het playbook rangschikt het nergens en plant alleen "
        "stoppen of opnieuw ontwerpen; wijzig de use case of zijn soort voordat u publiceert",
    ),
    (
        "expected a known escape after the backslash (such as \\n), got an unknown one: in double quotes a "
        "backslash starts an escape; write it twice (\\\\) or put the text in single quotes",
        "verwacht een bekende escape na de backslash (zoals \\n), gevonden een onbekende: tussen dubbele "
        "aanhalingstekens begint een backslash een escape; schrijf hem dubbel (\\\\) of zet de tekst tussen "
        "enkele aanhalingstekens",
    ),
    ("'none' alone or a list of whose data", "'none' alleen, of een lijst van wiens gegevens het zijn"),
    (
        "true, false, none, staff, customers, applicants or a list of them",
        "true, false, none, staff, customers, applicants of een lijst daarvan",
    ),
    # Compound forms: a suffix or prefix around a message.
    ("{+message} (YAML: {~yaml})", "{+message} (YAML-melding: {~yaml})"),
    ("rows {first}–{last}: {+message}", "rijen {first}–{last}: {+message}"),
    ("{+message}; did you mean {choice}?", "{+message}; bedoelt u {choice}?"),
    ("{+message}; expected one of: {choices}", "{+message}; toegestaan: {choices}"),
    ("{+message}; write {*value}", "{+message}; schrijf {*value}"),
    (
        "{+message}; add them under people, or check the spelling",
        "{+message}; zet de persoon onder people, of controleer de spelling",
    ),
    ("{+message}; rename it to {name}", "{+message}; hernoem het naar {name}"),
    ("{+message}; remove it or give it another name", "{+message}; verwijder het of geef het een andere naam"),
    ("{+message}; remove one", "{+message}; verwijder er een"),
    ("{+message}; remove it", "{+message}; verwijder het"),
    ("{+message}; copy the file here", "{+message}; kopieer het bestand hierheen"),
    (
        "{+message}; save it as UTF-8 (in Excel: 'CSV UTF-8'; in an editor: the encoding UTF-8)",
        "{+message}; sla het op als UTF-8 (in Excel: 'CSV UTF-8'; in een editor: de codering UTF-8)",
    ),
    ("{+message}; check the year", "{+message}; controleer het jaar"),
    (
        "{+message}; if the company file was renamed, import them with --as {slug}",
        "{+message}; is het bedrijfsbestand hernoemd, importeer ze dan met --as {slug}",
    ),
    *FILE_MESSAGES,
    # Company files.
    ("unknown key", "onbekende sleutel"),
    ("expected a value, got nothing (the key is missing)", "verwacht een waarde, maar de sleutel ontbreekt"),
    ("expected no such key, got an unknown key", "verwacht deze sleutel niet, gevonden een onbekende sleutel"),
    (
        "{written} reads as {value} (YAML uses the dot as decimal point)",
        "{written} leest als {value} (YAML gebruikt de punt als decimaalteken)",
    ),
    (
        "expected at most employees ({employees}), got {found}",
        "verwacht hooguit employees ({employees}), gevonden {found}",
    ),
    (
        "expected a value for an extra activity, got nothing",
        "verwacht een waarde voor een extra activiteit, maar die ontbreekt",
    ),
    (
        "expected only an owner for a roadmap activity, got a month or title",
        "verwacht alleen een owner voor een roadmapactiviteit, gevonden een month of title",
    ),
    ("expected a roadmap activity id, got {key}", "verwacht een activiteit-id uit de roadmap, gevonden {key}"),
    (
        "expected a roadmap or extra activity id, got {key}",
        "verwacht een activiteit-id uit de roadmap of van een extra activiteit, gevonden {key}",
    ),
    (
        "expected an activity id (a roadmap id such as 'm01-vision', or 'extra-' and a name of your own), got {key}; for an extra activity write {meant}",
        "verwacht een activiteit-id (een id uit de roadmap zoals 'm01-vision', of 'extra-' met een eigen naam), gevonden {key}; schrijf voor een extra activiteit {meant}",
    ),
    ("{owner} appears nowhere under people", "{owner} staat nergens onder people"),
    (
        "{owner} differs from {person} under people only in capitals or accents: write the name as there, so that "
        "the plan and the exports name one person",
        "{owner} verschilt van {person} onder people alleen in hoofdletters of accenten: schrijf de naam zoals daar, "
        "zodat het plan en de exports één persoon noemen",
    ),
    (
        "{start} is more than two years after the build date ({today})",
        "{start} ligt meer dan twee jaar na de builddatum ({today})",
    ),
    (
        "{start} is more than two years before the build date ({today})",
        "{start} ligt meer dan twee jaar voor de builddatum ({today})",
    ),
    (
        "{name} is also the name of {file}; give each company a name of its own, so that the index and the exports tell them apart",
        "{name} is ook de naam van {file}; geef elk bedrijf een eigen naam, zodat de index en de exports ze uit elkaar houden",
    ),
    ("expected a start between 1990 and 2100, got {start}", "verwacht een start tussen 1990 en 2100, gevonden {start}"),
    (
        "expected schema_version {version}, got {found}: the file is newer than this playbook; merge the latest upstream version of the playbook",
        "verwacht schema_version {version}, gevonden {found}: het bestand is nieuwer dan dit playbook; neem de nieuwste versie van het playbook over",
    ),
    (
        "expected schema_version {version}, got {found}: upgrade the file to version {to} as described in CHANGELOG.md",
        "verwacht schema_version {version}, gevonden {found}: werk het bestand bij naar versie {to} zoals CHANGELOG.md beschrijft",
    ),
    ("expected the slug of a company file, got {slug}", "verwacht de slug van een bedrijfsbestand, gevonden {slug}"),
    (
        "expected one of Material's colours ({colours}), got {value}",
        "verwacht een van de kleuren van Material ({colours}), gevonden {value}",
    ),
    ("expected an existing file, got {file}", "verwacht een bestaand bestand, gevonden {file}"),
    ("expected text as the key, got {+found}", "verwacht tekst als sleutel, gevonden {+found}"),
    # Content files.
    (
        "expected a unique {what}, got {id} again (first at {first})",
        "verwacht een unieke {what}, gevonden {id} opnieuw (eerst bij {first})",
    ),
    (
        "expected entries for {required}, got none for {missing}",
        "verwacht items voor {required}, maar geen voor {missing}",
    ),
    (
        "expected at least timeframe_min_months ({low}), got {high}",
        "verwacht minstens timeframe_min_months ({low}), gevonden {high}",
    ),
    (
        "expected a file for each of {missing}, got none",
        "verwacht een bestand voor elk van {missing}, maar dat ontbreekt",
    ),
    ("expected a change model, got {model}", "verwacht een veranderingsmodel, gevonden {model}"),
    (
        "expected two different models, got one twice",
        "verwacht twee verschillende modellen, gevonden één model twee keer",
    ),
    (
        "expected advice for every pair, got none for {missing}",
        "verwacht advies voor elk paar, maar geen voor {missing}",
    ),
    ("expected shares that add up to 100, got {sum}", "verwacht aandelen die samen 100 zijn, gevonden {sum}"),
    ("expected at least share_min_pct, got {found}", "verwacht minstens share_min_pct, gevonden {found}"),
    (
        "expected competence_pct + change_pct = 100, got {sum}",
        "verwacht competence_pct + change_pct = 100, gevonden {sum}",
    ),
    ("expected at least typical_project_low_eur", "verwacht minstens typical_project_low_eur"),
    ("expected at least low ({low}), got {high}", "verwacht minstens low ({low}), gevonden {high}"),
    ("expected a unique order, got {order} twice", "verwacht een unieke volgorde, gevonden {order} twee keer"),
    ("expected an id starting with {prefix}, got {id}", "verwacht een id die begint met {prefix}, gevonden {id}"),
    ("expected unique activity ids, got {id} twice", "verwacht unieke activiteit-id's, gevonden {id} twee keer"),
    ("expected an English text (en), got none", "verwacht een Engelse tekst (en), maar die ontbreekt"),
    (
        "expected a title and a lead for a page that is no chapter",
        "verwacht een titel en een inleiding voor een pagina die geen hoofdstuk is",
    ),
    ("expected a section id ({known}), got {section}", "verwacht een sectie-id ({known}), gevonden {section}"),
    ("expected a page id, got {page}", "verwacht een pagina-id, gevonden {page}"),
    (
        "expected an address of its own, got {address} (page {other})",
        "verwacht een eigen adres, gevonden {address} (pagina {other})",
    ),
    (
        "expected levels 1, 2, 3, 4, 5 in order, got {levels}",
        "verwacht de niveaus 1, 2, 3, 4, 5 op volgorde, gevonden {levels}",
    ),
    ("expected a hybrid-team role, got {role}", "verwacht een rol in het hybride team, gevonden {role}"),
    (
        "expected {*count} statements for {element}, got {found}",
        "verwacht {*count} stellingen voor {element}, gevonden {found}",
    ),
    ("expected the statements in ADKAR order ({order})", "verwacht de stellingen in ADKAR-volgorde ({order})"),
    (
        "expected a rule for every kind, got none for {missing}",
        "verwacht een regel voor elke soort, maar geen voor {missing}",
    ),
    ("expected a unique kind, got {kind} again", "verwacht een unieke soort, gevonden {kind} opnieuw"),
    ("expected at least one legal source, got none", "verwacht minstens één wettelijke bron, maar die ontbreekt"),
    ("expected a legal source (kind: legal), got {ref}", "verwacht een wettelijke bron (kind: legal), gevonden {ref}"),
    ("expected a method card id, got {card}", "verwacht een id van een methodekaart, gevonden {card}"),
    ("expected {id} (the file name), got {found}", "verwacht {id} (de bestandsnaam), gevonden {found}"),
    (
        "expected the slug of a company file in {folder}, got {slug} (known: {*known})",
        "verwacht de slug van een bedrijfsbestand in {folder}, gevonden {slug} (bekend: {*known})",
    ),
    (
        "expected true to publish the single-client site of {slug}, got false; {rest}",
        "verwacht true om de site voor alleen {slug} te publiceren, gevonden false; {rest}",
    ),
    (
        "expected {slug} in the list to publish its single-client site; add it to `publish` there",
        "verwacht {slug} in de lijst om de site voor alleen dit bedrijf te publiceren; zet het daar onder `publish`",
    ),
    (
        "expected a checklist export (JSON), got {~reason}",
        "verwacht een export van de vinkjes (JSON), gevonden: {~reason}",
    ),
    ("expected an id from evidence.yml, got {id}", "verwacht een id uit evidence.yml, gevonden {id}"),
    (
        "expected a reference from content, got none to {id}",
        "verwacht een verwijzing vanuit de content, maar niets verwijst naar {id}",
    ),
    (
        "expected no threshold, got one: this rule flags the budget plan's shortfall, measured against "
        "share_min_pct in budget.yml, so that the page and the risk agree",
        "verwacht geen drempel, gevonden een drempel: deze regel signaleert het tekort in het budgetplan, gemeten "
        "tegen share_min_pct in budget.yml, zodat de pagina en het risico overeenkomen",
    ),
    *COMMAND_MESSAGES,
    # The general form, and the phrases it is made of.
    ("expected one of {*choices}, got {+found}", "verwacht een van {*choices}, gevonden {+found}"),
    ("expected {+expected}, got {+found}", "verwacht {+expected}, gevonden {+found}"),
    ("text in each language ({nl: ..., en: ...})", "tekst in elke taal ({nl: ..., en: ...})"),
    ("text of at most {count} characters", "tekst van hooguit {count} tekens"),
    ("text matching {pattern}", "tekst volgens het patroon {pattern}"),
    ("a list of at least {count} entries", "een lijst van minstens {count} items"),
    ("a list of at most {count} entries", "een lijst van hooguit {count} items"),
    ("non-empty text", "niet-lege tekst"),
    ("empty text", "lege tekst"),
    ("text", "tekst"),
    ("a whole number", "een geheel getal"),
    ("a number {bound}", "een getal {bound}"),
    ("a number", "een getal"),
    ("true or false", "true of false"),
    ("a list", "een lijst"),
    ("a {kind} id", "een {kind}-id"),
    ("a mapping of keys to values", "sleutels met waarden (sleutel: waarde)"),
    ("a mapping", "sleutels met waarden"),
    ("a date (YYYY-MM-DD)", "een datum (JJJJ-MM-DD)"),
    ("nothing", "niets"),
    ("the text {text}", "de tekst {text}"),
    ("the number {number}", "het getal {number}"),
    # Summaries.
    ("{+errors}; nothing was built.", "{+errors}; er is niets gebouwd."),
    ("{count} data error", "{count} datafout"),
    ("{count} data errors", "{count} datafouten"),
    ("{count} earlier data warning", "{count} eerdere datawaarschuwing"),
    ("{count} earlier data warnings", "{count} eerdere datawaarschuwingen"),
    (
        "The preview shows the errors until the next good save.",
        "De voorbeeldweergave toont de fouten tot de volgende goede opslag.",
    ),
    (
        "All data is valid: {+files}, {+entries}, {+companies}.",
        "Alle data is geldig: {+files}, {+entries}, {+companies}.",
    ),
    ("{count} content file", "{count} contentbestand"),
    ("{count} content files", "{count} contentbestanden"),
    ("{count} evidence entry", "{count} bron in het register"),
    ("{count} evidence entries", "{count} bronnen in het register"),
    ("{count} company", "{count} bedrijf"),
    ("{count} companies", "{count} bedrijven"),
    ("{file}: {+activities} marked done.", "{file}: {+activities} als done gemarkeerd."),
    ("{count} activity", "{count} activiteit"),
    ("{count} activities", "{count} activiteiten"),
    ("{count} error found.", "{count} fout gevonden."),
    ("{count} errors found.", "{count} fouten gevonden."),
    ("{count} error and {+warnings} found.", "{count} fout en {+warnings} gevonden."),
    ("{count} errors and {+warnings} found.", "{count} fouten en {+warnings} gevonden."),
    (
        "{count} warning found: not published with --strict.",
        "{count} waarschuwing gevonden: niet gepubliceerd met --strict.",
    ),
    (
        "{count} warnings found: not published with --strict.",
        "{count} waarschuwingen gevonden: niet gepubliceerd met --strict.",
    ),
    ("{count} warning found: valid, but check them.", "{count} waarschuwing gevonden: geldig, maar controleer ze."),
    ("{count} warnings found: valid, but check them.", "{count} waarschuwingen gevonden: geldig, maar controleer ze."),
    ("{count} warning", "{count} waarschuwing"),
    ("{count} warnings", "{count} waarschuwingen"),
    ("{count} schema", "{count} schema"),
    ("{count} schemas", "{count} schema's"),
    ("{count} file", "{count} bestand"),
    ("{count} files", "{count} bestanden"),
    ("{count} entry", "{count} item"),
    ("{count} entries", "{count} items"),
    ("{files} and {count} more", "{files} en nog {count}"),
    *(
        (english, dutch)
        for english, dutch in {
            "January": "januari",
            "February": "februari",
            "March": "maart",
            "April": "april",
            "May": "mei",
            "June": "juni",
            "July": "juli",
            "August": "augustus",
            "September": "september",
            "October": "oktober",
            "November": "november",
            "December": "december",
        }.items()
    ),
)
"""(English template, Dutch template), tried in order."""
