"""The Dutch wordings of the command line's own messages, the deploy's and the MkDocs plugin's.

Part of :data:`playbook.loading.catalogue.CATALOGUE` (see there for the template syntax), tried after the
compound forms and the file messages, before the general 'expected …, got …' form.
"""

from __future__ import annotations

COMMAND_MESSAGES: tuple[tuple[str, str], ...] = (
    # Command line.
    (
        "{output}: is a folder; name a file ending in .pdf or a folder for it",
        "{output}: is een map; noem een bestand dat op .pdf eindigt, of een map ervoor",
    ),
    (
        "{output}: cannot write there; {blocking} is a file, not a folder",
        "{output}: kan daar niet schrijven; {blocking} is een bestand, geen map",
    ),
    ("{output}: cannot write there ({~reason})", "{output}: kan daar niet schrijven ({~reason})"),
    ("{chromium}: could not print {page} ({reason})", "{chromium}: kon {page} niet afdrukken ({reason})"),
    ("{chromium}: no PDF of {page} after {seconds} s", "{chromium}: geen pdf van {page} na {seconds} s"),
    ("{chromium}: could not be started ({~reason})", "{chromium}: kon niet starten ({~reason})"),
    (
        "--summary: name a company (make pdf COMPANY=<slug> SUMMARY=1)",
        "--summary: noem een bedrijf (make pdf COMPANY=<slug> SUMMARY=1)",
    ),
    ("unknown language {language}: expected {*languages}", "onbekende taal {language}: verwacht {*languages}"),
    (
        "unknown company {company}: a slug is 2-40 characters a-z, 0-9 and '-'",
        "onbekend bedrijf {company}: een slug is 2-40 tekens a-z, 0-9 en '-'",
    ),
    (
        "unknown company {company}: no {file} (known: {*known})",
        "onbekend bedrijf {company}: geen {file} (bekend: {*known})",
    ),
    (
        "{site}: no built site there; run `make build` first (or pass --site)",
        "{site}: daar staat geen gebouwde site; draai eerst `make build` (of geef --site op)",
    ),
    (
        "{page}: not found; --site is the site's root ({root}), not a language's folder",
        "{page}: niet gevonden; --site is de hoofdmap van de site ({root}), niet de map van een taal",
    ),
    (
        "{page}: not found; run `make build` first (or check --site)",
        "{page}: niet gevonden; draai eerst `make build` (of controleer --site)",
    ),
    (
        "chromium: not found; install it (Debian: apt-get install chromium)",
        "chromium: niet gevonden; installeer het (Debian: apt-get install chromium)",
    ),
    ("{file}: already exists; nothing written", "{file}: bestaat al; niets geschreven"),
    ("Public (in every deploy): {*companies}", "Openbaar (in elke publicatie): {*companies}"),
    (
        "Private (local builds and client sites only): {*companies}",
        "Privé (alleen in lokale builds en klantsites): {*companies}",
    ),
    ("{file}: out of date; run `make schemas`", "{file}: verouderd; draai `make schemas`"),
    ("{+schemas} written to {folder}.", "{+schemas} geschreven naar {folder}."),
    ("Wrote {+files} to {folder}.", "{+files} geschreven naar {folder}."),
    (
        "{slug}: no company file {file} (companies: {*known})",
        "{slug}: geen bedrijfsbestand {file} (bedrijven: {*known})",
    ),
    ("progress import: {+message}", "progress import: {+message}"),
    (
        "expected the company slug and the export file, got more",
        "verwacht de slug van het bedrijf en het exportbestand, gevonden meer",
    ),
    ("expected one company, got {slug} and --as {other}", "verwacht één bedrijf, gevonden {slug} en --as {other}"),
    (
        "expected the company: progress import SLUG FILE, or progress import FILE --as SLUG",
        "verwacht het bedrijf: progress import SLUG FILE, of progress import FILE --as SLUG",
    ),
    ("{file}: no such company file", "{file}: dat bedrijfsbestand bestaat niet"),
    ("(relative links)", "(relatieve links)"),
    (
        "no name found for {slug} on {branch}: give it with --name",
        "geen naam gevonden voor {slug} op {branch}: geef hem op met --name",
    ),
    (
        "no local branch {branch}: fetch it first ({command})",
        "geen lokale branch {branch}: haal hem eerst op ({command})",
    ),
    (
        "{branch} holds nothing of {slug}: nothing to unpublish",
        "{branch} bevat niets van {slug}: niets om weg te halen",
    ),
    (
        "{slug} would still be named in {+files}; nothing was committed",
        "{slug} zou nog genoemd worden in {+files}; er is niets gecommit",
    ),
    (
        "Removed {slug} ({name}) from every version of {branch}: {+removed} removed, {+edited} edited, "
        "in commit {commit}; pushed to {remote}",
        "{slug} ({name}) weggehaald uit elke versie van {branch}: {+removed} verwijderd, {+edited} aangepast, "
        "in commit {commit}; gepusht naar {remote}",
    ),
    (
        "Removed {slug} ({name}) from every version of {branch}: {+removed} removed, {+edited} edited, "
        "in commit {commit}; push it with make unpublish … PUSH=1 or git push",
        "{slug} ({name}) weggehaald uit elke versie van {branch}: {+removed} verwijderd, {+edited} aangepast, "
        "in commit {commit}; push het met make unpublish … PUSH=1 of git push",
    ),
    ("Wrote {file}; fill it in, then run `make build`.", "{file} geschreven; vul het in en draai dan `make build`."),
    ("Wrote {file}", "{file} geschreven"),
    (
        "{slug}: expected 2-40 characters a-z, 0-9 and '-' (not 'index')",
        "{slug}: verwacht 2-40 tekens a-z, 0-9 en '-' (niet 'index')",
    ),
    (
        "expected the ticks of {slug} (exported from its page as {file}), got {+found}",
        "verwacht de vinkjes van {slug} (geëxporteerd van zijn pagina als {file}), gevonden {+found}",
    ),
    # argparse's own messages (playbook/loading/commandline.py).
    ("the following arguments are required: {names}", "deze argumenten ontbreken: {names}"),
    ("unrecognized arguments: {names}", "onbekende argumenten: {names}"),
    (
        "argument {name}: invalid choice: {value} (choose from {choices})",
        "argument {name}: ongeldige keuze {value} (kies uit {choices})",
    ),
    ("argument {name}: invalid int value: {value}", "argument {name}: geen geheel getal: {value}"),
    ("argument {name}: invalid {kind} value: {value}", "argument {name}: ongeldige waarde voor {kind}: {value}"),
    ("argument {name}: expected one argument", "argument {name}: verwacht één waarde"),
    ("argument {name}: expected at least one argument", "argument {name}: verwacht minstens één waarde"),
    # Deploys (python -m deploy: make build, make publish).
    ("Site built into site/ with {engine}", "Site gebouwd in site/ met {engine}"),
    (
        "Deployed {version} to the local {branch} branch; pushed it to {remote}",
        "{version} gepubliceerd op de lokale branch {branch}; gepusht naar {remote}",
    ),
    ("Deployed {version} to the local {branch} branch", "{version} gepubliceerd op de lokale branch {branch}"),
    ("Deploy refused: {+reason}", "Publicatie geweigerd: {+reason}"),
    (
        "the build failed (its messages are above); nothing was committed",
        "de build is mislukt (de meldingen staan hierboven); er is niets gecommit",
    ),
    (
        "hidden paths in the built site, not committed: {paths}",
        "verborgen paden in de gebouwde site, niet gecommit: {paths}",
    ),
    (
        "{branch} would hold hidden paths ({paths}); the branch is back where it was. Remove the versions that "
        "hold them ({command}), then deploy them again",
        "{branch} zou verborgen paden bevatten ({paths}); de branch staat weer waar hij stond. Verwijder de versies "
        "die ze bevatten ({command}) en publiceer ze daarna opnieuw",
    ),
    ("git: {message}; the branch is back where it was", "git: {message}; de branch staat weer waar hij stond"),
    (
        "the push failed ({reason}); the deploy is on the local {branch}: {command}",
        "de push is mislukt ({reason}); de publicatie staat op de lokale {branch}: {command}",
    ),
    (
        "No site_url in {file}: the site has relative links and no canonical addresses; set site_url there",
        "Geen site_url in {file}: de site krijgt relatieve links en geen canonieke adressen; zet daar site_url",
    ),
    (
        "Addresses: canonical links, sitemaps and calendar links point at {address} (a placeholder: set site_url "
        "in {file})",
        "Adressen: canonieke links, sitemaps en agendalinks wijzen naar {address} (een voorbeeldadres: zet site_url "
        "in {file})",
    ),
    (
        "Addresses: canonical links, sitemaps and calendar links point at {address}",
        "Adressen: canonieke links, sitemaps en agendalinks wijzen naar {address}",
    ),
    (
        "{slug}: still in version {versions} of {branch}, although this deploy leaves it out; remove it from every "
        "version with: {command}",
        "{slug}: staat nog in versie {versions} van {branch}, hoewel deze publicatie het weglaat; verwijder het uit "
        "elke versie met: {command}",
    ),
    ("the {language} build failed: {error}", "de build in {language} is mislukt: {error}"),
    (
        "the build of {languages} failed (its messages are above)",
        "de build in {languages} is mislukt (de meldingen staan hierboven)",
    ),
    ("A macro failed in {error}", "Een macro gaf een fout in {error}"),
    (
        "{error} (the page shows it until the next good save)",
        "{error} (de pagina toont de fout tot de volgende goede opslag)",
    ),
    ("Preview: {address}", "Voorbeeldweergave: {address}"),
    ("{+warnings} still apply", "{+warnings} gelden nog"),
    ("{+warning} still applies", "{+warning} geldt nog"),
    ("no company", "geen bedrijf"),
    ("expected a mapping of activity ids to done/open", "verwacht activiteit-id's met done of open"),
)
"""(English template, Dutch template) for the messages of `python -m playbook`, `python -m deploy` and the plugin."""
