"""A starter company file with a field guide: what `python -m playbook new` writes."""

from __future__ import annotations

import datetime as dt
import json

from playbook.models.company import SCHEMA_VERSION

GUIDE_EN = """\
# yaml-language-server: $schema=../../schemas/company.schema.json
# The profile of one organization; the playbook page /playbook/{slug}/ is built from it.
# Field guide (texts are plain text in the file's own `language`; they are shown exactly as written):
#   schema_version     the contract version; keep {version}
#   name               the organization's name
#   employees          number of employees (the guidance is written for 10-250)
#   it_team_size       number of people in the IT team (at most employees)
#   sector             your sector, in your own words
#   language           nl or en: the language of the texts in this file
#   publish            false (as written below) keeps this company out of everything that is published
#                      (make publish, make publish-local); set true once its author agrees. Local builds
#                      (make build, make serve) always show it.
#   ai_project         budget_eur (> 0), first_ai_project, start (month 1 of the roadmap, YYYY-MM-DD),
#                      scope (team | organisation | incremental), resources (low | medium | high),
#                      timeframe_months (1-36), agile (true | false), use_cases (optional): a title, or
#                      {{title, value: 1-5, feasibility: 1-5, kind, personal_data, built_in_house}}; kind is one
#                      of chatbot, generated_content, document_processing, code_assistant, predictive_maintenance,
#                      recruitment, worker_management, employee_monitoring, credit_scoring,
#                      emotion_recognition_at_work, emotion_recognition_customers, other (the page then shows
#                      the AI Act, DPIA and works-council rules for it; see data/use-case-kinds.yml);
#                      personal_data says whose: none, staff, customers, applicants or a list such as
#                      [customers, staff] (staff data gives the works council a say); built_in_house: true
#                      when you build the system yourself (you are then its provider under the AI Act)
#   change_budget_eur  optional: what you plan for change management and competence development
#   people             optional: role -> name (sponsor, steering_committee, project_manager, it_team,
#                      department_heads, hr); champions -> a list of names
#   competences        optional: self-assessment 1-5 for technical_ai, data, integration, project_management
#   progress           optional: activity id -> done | in_progress | skipped (ids: README, "Roadmap activity ids")
#   activities         optional: {{owner: …}} per roadmap activity id, or your own extra activities as
#                      extra-<name>: {{month: 1-12, title: …, owner: …}}
"""

GUIDE_NL = """\
# yaml-language-server: $schema=../../schemas/company.schema.json
# Het profiel van één organisatie; de playbookpagina /playbook/{slug}/ wordt ervan gemaakt.
# Invulhulp (teksten zijn gewone tekst in de `language` van dit bestand; ze verschijnen precies zoals geschreven):
#   schema_version     de versie van het contract; laat {version} staan
#   name               de naam van de organisatie
#   employees          aantal medewerkers (de richtlijnen zijn geschreven voor 10-250)
#   it_team_size       aantal mensen in het IT-team (hooguit employees)
#   sector             uw sector, in uw eigen woorden
#   language           nl of en: de taal van de teksten in dit bestand
#   publish            false (zoals hieronder) houdt dit bedrijf buiten alles wat gepubliceerd wordt
#                      (make publish, make publish-local); zet true zodra de eigenaar akkoord is. Lokale builds
#                      (make build, make serve) tonen het altijd.
#   ai_project         budget_eur (> 0), first_ai_project, start (maand 1 van de roadmap, JJJJ-MM-DD),
#                      scope (team | organisation | incremental), resources (low | medium | high),
#                      timeframe_months (1-36), agile (true | false), use_cases (optioneel): een titel, of
#                      {{title, value: 1-5, feasibility: 1-5, kind, personal_data: true | false}}; kind is een van
#                      chatbot, generated_content, document_processing, code_assistant, predictive_maintenance,
#                      recruitment, worker_management, employee_monitoring, credit_scoring,
#                      emotion_recognition_at_work, emotion_recognition_customers, other (de pagina toont dan
#                      de regels uit de AI-verordening, de DPIA en de ondernemingsraad; zie data/use-case-kinds.yml)
#   change_budget_eur  optioneel: wat u begroot voor change management en competentieontwikkeling
#   people             optioneel: rol -> naam (sponsor, steering_committee, project_manager, it_team,
#                      department_heads, hr); champions -> een lijst met namen
#   competences        optioneel: zelfbeoordeling 1-5 voor technical_ai, data, integration, project_management
#   progress           optioneel: activiteit-id -> done | in_progress | skipped (ids: README, "Roadmap activity ids")
#   activities         optioneel: {{owner: …}} per activiteit-id uit de roadmap, of eigen extra activiteiten als
#                      extra-<naam>: {{month: 1-12, title: …, owner: …}}
# Let op: zet tekst tussen aanhalingstekens als die met ' begint ('t Hart), een # bevat, of ja/nee/on/off is.
"""

BODY = """\
schema_version: {version}
name: {name}
employees: 50
it_team_size: 5
sector: {sector}
language: {language}
publish: false  # {publish_note}
ai_project:
  budget_eur: 100000
  first_ai_project: true
  start: {start}
  scope: team
  resources: medium
  timeframe_months: 6
  agile: false
  use_cases:
    - title: {use_case}
      value: 3
      feasibility: 4
      kind: chatbot
      personal_data: none
people:
  sponsor: null
  project_manager: null
  champions: []
progress: {{}}
activities: {{}}
"""


def publish_note(language: str) -> str:
    """The comment after `publish: false` in a new file, in ``language``."""
    if language == "nl":
        return "privé tot u besluit: zet true om dit bedrijf te publiceren"
    return "private until you decide: set true to publish this company"


def field_guide(slug: str, language: str = "en") -> str:
    """The comment lines that open every new company file in ``language``: the schema line and the field guide."""
    guide = (GUIDE_NL if language == "nl" else GUIDE_EN).format(slug=slug, version=SCHEMA_VERSION)
    lines = guide.splitlines(keepends=True)
    return "".join(line for line in lines if line.startswith("#"))


def first_monday_of_next_month(today: dt.date) -> dt.date:
    """A sensible default start: the first Monday of next month."""
    first = (today.replace(day=1) + dt.timedelta(days=32)).replace(day=1)
    return first + dt.timedelta(days=(7 - first.weekday()) % 7)


def starter_file(slug: str, name: str, language: str, today: dt.date) -> str:
    """The text of a new company file; it validates as written."""
    sector = "nog in te vullen" if language == "nl" else "to be filled in"
    template = (GUIDE_NL if language == "nl" else GUIDE_EN) + BODY
    return template.format(
        publish_note=publish_note(language),
        slug=slug,
        version=SCHEMA_VERSION,
        name=json.dumps(name, ensure_ascii=False),
        sector=json.dumps(sector),
        language=language,
        start=first_monday_of_next_month(today).isoformat(),
        use_case=json.dumps("Chatbot voor interne vragen" if language == "nl" else "Chatbot for internal questions"),
    )
