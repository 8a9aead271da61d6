"""Sentences of the site and of the source article, and how closely one follows the other."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from difflib import SequenceMatcher
from typing import Any

MIN_WORDS = 5
"""Shorter sentences (labels, names, short titles) are left out: they cannot help matching the article."""

_QUOTED = re.compile(r"[“\"‘][^”\"’]*[”\"’]")
_MARKUP = re.compile(r"\*\*|__|`[^`]*`|\[([^\]]*)\]\([^)]*\)|<[^>]+>")
_SPLIT = re.compile(r"(?<=[.!?])\s+(?=[A-ZÀ-Ý0-9“\"‘(])|\n+")


@dataclass(frozen=True)
class Match:
    """A site sentence and the article sentence it is closest to."""

    where: str
    sentence: str
    article: str
    ratio: float


def plain(text: str) -> str:
    """Markdown and quotations removed: quotes in quotation marks are the article's own words by design."""
    text = _MARKUP.sub(lambda m: m.group(1) or "", text)
    return _QUOTED.sub("", text)


def sentences(text: str) -> list[str]:
    """The sentences of ``text`` with at least :data:`MIN_WORDS` words, whitespace collapsed."""
    parts = (" ".join(part.split()) for part in _SPLIT.split(plain(text)))
    return [part for part in parts if len(re.findall(r"[^\W\d_]+", part)) >= MIN_WORDS]


def _words(sentence: str) -> set[str]:
    return {word for word in re.findall(r"\w+", sentence.casefold()) if len(word) > 3}


class Article:
    """The article's sentences, indexed by word for a cheap first filter."""

    def __init__(self, text: str) -> None:
        self.sentences = [s for line in text.splitlines() for s in sentences(line.lstrip("- "))]
        self.words = [_words(sentence) for sentence in self.sentences]
        self.lowered = [sentence.casefold() for sentence in self.sentences]
        self.index: dict[str, list[int]] = {}
        for number, words in enumerate(self.words):
            for word in words:
                self.index.setdefault(word, []).append(number)

    def closest(self, sentence: str, floor: float) -> tuple[str, float]:
        """The article sentence closest to ``sentence`` by SequenceMatcher ratio, if any reaches ``floor``.

        Cheap filters first: sentences that share too few words cannot come close, and a ratio is at most
        real_quick_ratio (from the lengths) and quick_ratio (from the characters); only the rest get the ratio.
        """
        words = _words(sentence)
        shared = Counter(number for word in words for number in self.index.get(word, ()))
        matcher = SequenceMatcher(None, autojunk=False)
        matcher.set_seq2(sentence.casefold())
        bounds = []
        for number, count in shared.items():
            if count < floor * 0.3 * max(len(words), len(self.words[number])):
                continue
            matcher.set_seq1(self.lowered[number])
            if matcher.real_quick_ratio() >= floor and (bound := matcher.quick_ratio()) >= floor:
                bounds.append((bound, number))
        best, best_ratio = "", 0.0
        for bound, number in sorted(bounds, reverse=True):
            if bound <= best_ratio:
                break  # quick_ratio bounds the ratio: no later candidate can do better
            matcher.set_seq1(self.lowered[number])
            ratio = matcher.ratio()
            if ratio > best_ratio:
                best, best_ratio = self.sentences[number], ratio
        return best, best_ratio


def dutch_texts(data: Any, where: str) -> Iterator[tuple[str, str]]:
    """Every Dutch text in raw content data, with its path: headings, titles and questions included.

    Names are left out: a source's name (``source``, ``as_written``) and a model's ``name`` are the article's
    by design.
    """
    if isinstance(data, dict):
        if isinstance(data.get("nl"), str):
            if not where.endswith((".source", ".as_written", ".name")):
                yield where, data["nl"]
            return
        for key, value in data.items():
            yield from dutch_texts(value, f"{where}.{key}")
    elif isinstance(data, list):
        for index, item in enumerate(data):
            yield from dutch_texts(item, f"{where}[{index}]")


def close_sentences(site: Sequence[tuple[str, str]], article_text: str, floor: float) -> list[Match]:
    """Every site sentence whose closest article sentence reaches ``floor``, closest first."""
    article = Article(article_text)
    found = []
    for where, text in site:
        for sentence in sentences(text):
            match, ratio = article.closest(sentence, floor)
            if ratio >= floor:
                found.append(Match(where, sentence, match, ratio))
    return sorted(found, key=lambda m: -m.ratio)
