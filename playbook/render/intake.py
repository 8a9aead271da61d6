"""The intake page: the form that writes a company file in the browser, and what to do with the file next.

The form itself is drawn by the page's script (docs/javascripts/intake.js) with the vendored json-editor, from the
form schema that :func:`playbook.company.intake_form.form_config` makes at build time; the scripts are loaded by
this block alone, so no other page carries them.
"""

from __future__ import annotations

import json
import re
from html import escape

from playbook.company.intake_form import form_config
from playbook.models.common import Language
from playbook.render.context import RenderContext

SCRIPTS = ("vendor/js-yaml.umd.min.js", "vendor/jsoneditor.js", "intake.js")
"""The page's scripts under docs/javascripts/, in load order: the YAML parser, the form library, the page's own."""
PLACEHOLDER_SLUG = {"nl": "uw-bedrijf", "en": "your-company"}


def _inline(text: str) -> str:
    """A message as HTML: escaped, with `code` spans."""
    return re.sub(r"`([^`]+)`", r"<code>\1</code>", escape(text, quote=False))


def company_path(slug_html: str, language: Language, root_language: Language = "nl") -> str:
    """The company page's path under the address `make serve` prints: /playbook/<slug>/, /en/playbook/<slug>/."""
    return f"/{'' if language == root_language else language + '/'}playbook/{slug_html}/"


def intake_form(ctx: RenderContext) -> str:
    """The form with its file input, steps, download and forget buttons, and its configuration."""
    config = form_config(ctx.content, ctx.language)
    message = config["messages"]
    data = json.dumps(config, ensure_ascii=False, separators=(",", ":")).replace("</", "<\\/")
    scripts = "".join(f'<script src="../javascripts/{script}"></script>' for script in SCRIPTS)  # page at /intake/
    parts = [
        '<div class="intake" id="intake">',
        '<link rel="stylesheet" href="../stylesheets/intake.css">',
        f'<p class="intake-privacy">{_inline(message["privacy"])}</p>',
        f"<p>{_inline(message['final_check'])}</p>",
        f"<noscript><p>{_inline(message['no_script'])}</p></noscript>",
        '<p class="intake-file">'
        f'<label for="intake-load">{_inline(message["load"])}</label> '
        '<input type="file" id="intake-load" accept=".yml,.yaml,.csv" multiple></p>',
        f'<nav class="intake-steps" aria-label="{escape(message["steps_label"])}"><ol id="intake-steps"></ol></nav>',
        '<div id="intake-form"></div>',
        '<p class="intake-step-buttons">'
        f'<button type="button" class="md-button" id="intake-previous">{_inline(message["previous"])}</button> '
        f'<button type="button" class="md-button" id="intake-next">{_inline(message["next"])}</button></p>',
        '<div class="intake-save">',
        f'<label for="intake-slug">{_inline(message["slug"])}</label> '
        '<input type="text" id="intake-slug" autocomplete="off" spellcheck="false" '
        'aria-describedby="intake-slug-help intake-slug-error"> <span>.yml</span>',
        f'<p id="intake-slug-help" class="intake-help">{_inline(message["slug_help"])}</p>',
        '<p id="intake-slug-error" class="intake-error"></p>',
        '<p><button type="button" class="md-button md-button--primary" id="intake-download">'
        f"{_inline(message['download'])}</button> "
        '<button type="button" class="md-button" id="intake-download-kpis">'
        f"{_inline(message['download_kpis'])}</button> "
        f'<button type="button" class="md-button" id="intake-forget">{_inline(message["forget"])}</button></p>',
        "</div>",
        '<p id="intake-status" role="status"></p>',
        f"<p>{_inline(message['kept'])}</p>",
        f'<script type="application/json" id="intake-config">{data}</script>',
        scripts,
        "</div>",
    ]
    return "\n".join(parts)


def intake_next_steps(ctx: RenderContext) -> str:
    """Where the file goes, then `make validate` and `make serve`, with the company page's path."""
    slug = f'<span class="intake-slug">{PLACEHOLDER_SLUG[ctx.language]}</span>'
    path = f'<span class="intake-company-path">{company_path(slug, ctx.language)}</span>'  # intake.js: the real one
    items = "".join(
        f"<li>{_inline(ctx.text(step)).replace('{slug}', slug).replace('{company_path}', path)}</li>"
        for step in ctx.content.intake.next_steps
    )
    title = _inline(ctx.content.intake.messages["next_title"].get(ctx.language))
    return f'## {title}\n\n<ol class="intake-next">{items}</ol>'
