"""The shapes every legal format is turned into: a stream of blocks in, a parsed law out.

Each input format (PDF, DOCX, text, adilet HTML, zan.gov.kz JSON) only has to produce `Block`s, one per
printed paragraph; `structure.build_law` is the one parser that turns any block stream into a `ParsedLaw`.
That is what makes a text give the same rows whichever format it came in.
"""
from __future__ import annotations

from dataclasses import dataclass, field

# What a block is, when the format already says so (zan.gov.kz types its nodes, adilet marks article
# headings with h3). None means "find out from the text", which is what plain formats need.
BLOCK_KINDS = ("section", "section_title", "article", "article_title", "paragraph", "note")


@dataclass(frozen=True)
class Block:
    text: str
    kind: str | None = None
    number: str | None = None  # section or article number when the format gives it apart from the text
    anchor: str | None = None  # the id an HTML page gives an article heading, to link to the article

    def __post_init__(self) -> None:
        if self.kind is not None and self.kind not in BLOCK_KINDS:
            raise ValueError(f"unknown block kind {self.kind!r}; expected one of {BLOCK_KINDS}")


@dataclass
class Article:
    number: str  # as printed: "1", "83-1"; "preamble" for the preamble
    ordinal: int  # position in the document, the preamble being 0
    section_number: str | None = None
    section_title: str | None = None
    title: str | None = None
    paragraphs: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    anchor: str | None = None


@dataclass
class Section:
    number: str  # roman numeral in Latin letters ("IV"), whatever letters the source printed
    title: str
    notes: list[str] = field(default_factory=list)  # e.g. "Сноска. Заголовок раздела VI – в редакции ..."


@dataclass
class ParsedLaw:
    version_id: str
    language: str
    source_format: str
    header: list[str] = field(default_factory=list)  # title, "ПРОЕКТ", adoption line: not law text
    preamble: Article | None = None
    sections: list[Section] = field(default_factory=list)
    articles: list[Article] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    metadata: dict[str, str] = field(default_factory=dict)  # what the source says of itself (zan: title, versionDate)

    def article(self, number: str) -> Article | None:
        for article in self.articles:
            if article.number == number:
                return article
        return None
