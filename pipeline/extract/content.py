"""The fast pass: find the article's container by text and link density, then read its paragraphs.

1. Prune what is never the article: scripts, styles, menus, forms' controls, and elements whose class or id
   names a known kind of boilerplate (share bars, comments, cookie banners, "read also" boxes, captions...).
2. Score containers: every text block (a paragraph, or a container's own text between <br>s) gives its
   parent its non-link text length and its grandparent half of it; the best-scored element is the
   article body. Siblings that score close to it, or that are plain paragraphs, are read with it.
3. Read the body in document order, a paragraph per block or <br>-separated run, dropping link-dense
   paragraphs (inline "read also" links, tag lists) and the lines every site adds (credits, bylines).

Everything runs on the Lexbor tree through CSS selectors and one walk of the chosen body, which is what
makes it an order of magnitude cheaper than trafilatura's lxml passes.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from selectolax.lexbor import LexborHTMLParser, LexborNode

from pipeline.documents.dates import parse_date
from pipeline.documents.html import squash_spaces
from pipeline.documents.text import clean_paragraphs

_NEVER_TEXT = ["script", "style", "noscript", "iframe", "svg", "template", "button", "select", "textarea", "input",
               "label", "object", "embed", "canvas", "video", "audio", "map", "nav", "aside", "footer", "figcaption",
               "amp-ad", "amp-analytics", "amp-sidebar", "amp-social-share", "amp-iframe", "amp-list", "head"]

# Class and id words that name boilerplate on news sites; matched as whole words of the attribute value.
_BOILERPLATE_NAMES = re.compile(
    r"(?:^|[\s_-])(?:share|sharing|sharedaddy|social|socials|related\w*|comments?|commentlist|disqus|"
    r"cookies?|cookie\w*|consent|gdpr|cmplz\w*|banners?|adv|advert\w*|ads?|adfox|adsbygoogle|sponsor\w*|promo|"
    r"subscribe|subscription|newsletter|breadcrumbs?|readalso|read-also|also|recommend\w*|popular|most-read|"
    r"mostread|tags?|tagcloud|caption|credits?|byline|author|poll|widget|sidebar|menu|nav|navbar|navigation|"
    r"pager|pagination|print|rating|views|counter|ticker|masthead|toolbar|modal|popup|overlay|footer|"
    r"video-embed|embed)(?:$|[\s_-])",
    re.I,
)
# Substring selectors that find the candidates for the word match above in C, not in a Python loop over every node.
_BOILERPLATE_SELECTOR = ",".join(
    [f"[{attr}*={word}]"
     for attr in ("class", "id")
     for word in ("share", "sharing", "social", "related", "comment", "disqus", "cookie", "consent", "gdpr", "cmplz",
                  "banner", "adv", "sponsor", "promo", "subscri", "newsletter", "breadcrumb", "also", "recommend",
                  "popular", "most", "tag", "caption", "credit", "byline", "author", "poll", "widget", "sidebar",
                  "menu", "nav", "pager", "pagination", "print", "rating", "views", "counter", "ticker", "masthead", "footer",
                  "toolbar", "modal", "popup", "overlay", "embed")]
    # "ad" alone is inside too many words (head, lead, read) for a substring selector.
    + [f"[{attr}{op}{value}]" for attr in ("class", "id")
       for op, value in (("~=", "ad"), ("~=", "ads"), ("^=", "ad-"), ("^=", "ad_"), ("*=", "-ad-"), ("*=", " ad-"),
                         ("$=", "-ad"), ("*=", "adfox"), ("*=", "adsbygoogle"))]
)
_PROTECTED_TAGS = {"html", "body", "main"}

_BLOCK_TAGS = {"p", "div", "section", "article", "main", "header", "li", "ul", "ol", "dl", "dd", "dt", "blockquote",
               "pre", "h1", "h2", "h3", "h4", "h5", "h6", "table", "tbody", "thead", "tfoot", "tr", "td", "th",
               "figure", "center", "hr", "address", "details", "summary", "form", "fieldset", "amp-img", "picture"}
_HEADINGS = {"h2", "h3", "h4", "h5", "h6"}
_SKIP_IN_BODY = {"h1", "img", "-comment", "picture", "amp-img", "hr"}
_LEAF_BLOCKS = "p, pre, blockquote, li, dd, h2, h3, h4, h5, h6"
_NESTING_BLOCKS = {"li", "blockquote", "dd"}
_TEXT_CONTAINERS = "div, td, section, article, font, center, main"

_MIN_BLOCK_CHARS = 25
_SCRAP = re.compile(r"[\d|©•·/:#@]")
_FINALISTS = 5
_HEADLINE_BONUS = 1.5
# Short lines that sit inside article bodies and are never the report: bylines, sources, counters, print links.
_NOISE_LINE = re.compile(
    r"^\s*(?:(?:автор|авторы|авторлар|авторы материала|by|author|written by|источник|дереккөз|source|"
    r"фото|photo|сурет)\s*:?\s+\S.{0,60}|\d[\d\s]*\s*(?:просмотр\w*|views?|қаралым|рет оқылды)|"
    r"версия для печати|print|печать|басып шығару|\d+\s*min(?:ute)?s?( read)?)\s*$",
    re.I,
)


@dataclass
class FastResult:
    paragraphs: list[str]
    body_share: float  # the chosen body's share of all text-block weight on the page (0..1)
    body_link_density: float
    notes: list[str] = field(default_factory=list)


def prune(tree: LexborHTMLParser) -> None:
    """Remove what is never main text, in place."""
    tree.strip_tags(_NEVER_TEXT)
    body = tree.body
    if body is None:
        return
    page_chars = len(body.text()) or 1
    marked = False
    for node in body.css(_BOILERPLATE_SELECTOR):
        if node.tag in _PROTECTED_TAGS:
            continue
        attrs = node.attributes
        names = f"{attrs.get('class') or ''} {attrs.get('id') or ''}"
        if not _BOILERPLATE_NAMES.search(names):
            continue
        # A wrapper named after one of its features ("has-sidebar", "single-post comments-open") holds the
        # article itself: never remove most of the page on the strength of a class name.
        if len(node.text()) > 0.4 * page_chars:
            continue
        node.attrs["data-atazan-drop"] = "1"
        marked = True
    if marked:
        for node in body.css("[data-atazan-drop]:not([data-atazan-drop] *)"):
            node.decompose()


def _link_chars(node: LexborNode) -> int:
    return sum(len(a.text()) for a in node.css("a"))


def score_containers(body: LexborNode) -> tuple[dict[int, list], float]:
    """mem_id -> [node, score] for every element that holds text blocks, and the page's total block weight."""
    scores: dict[int, list] = {}
    total = 0.0

    def credit(node: LexborNode | None, weight: float) -> None:
        if node is None:
            return
        entry = scores.get(node.mem_id)
        if entry is None:
            scores[node.mem_id] = [node, weight]
        else:
            entry[1] += weight

    for block in body.css(_LEAF_BLOCKS):
        # A list item or quote made of paragraphs is scored through them, not a second time as a whole.
        if block.tag in _NESTING_BLOCKS and block.css_first("p, li, blockquote, div") is not None:
            continue
        text = block.text()
        length = len(text.strip())
        if length < _MIN_BLOCK_CHARS:
            continue
        links = _link_chars(block)
        density = min(1.0, links / length)
        weight = length * (1.0 - density) ** 2
        total += weight
        parent = block.parent
        credit(parent, weight)
        if parent is not None:
            credit(parent.parent, weight / 2)
    for container in body.css(_TEXT_CONTAINERS):
        own = container.text(deep=False).strip()
        if len(own) < 2 * _MIN_BLOCK_CHARS:
            continue
        # Text typed straight into a container (bodies split by <br>, table cells): it is its own block.
        weight = float(len(own))
        total += weight
        credit(container, weight)
        credit(container.parent, weight / 2)
    return scores, total


def choose_body(scores: dict[int, list], headline: LexborNode | None) -> tuple[LexborNode | None, float]:
    """The best container after two corrections on the leading few: link-heavy ones (teaser lists whose leads
    look like paragraphs) lose in proportion to their link density, and ones that share a close ancestor
    with the headline gain, because a report's text sits beside its headline."""
    if not scores:
        return None, 0.0
    near_headline = _close_ancestors(headline)
    leading = sorted(scores.values(), key=lambda entry: entry[1], reverse=True)[:_FINALISTS]
    best, best_score = None, -1.0
    for node, score in leading:
        text_chars = len(node.text()) or 1
        density = min(1.0, _link_chars(node) / text_chars)
        adjusted = score * (1.0 - density)
        if near_headline and _has_ancestor(node, near_headline):
            adjusted *= _HEADLINE_BONUS
        if adjusted > best_score:
            best, best_score = node, adjusted
    return best, scores[best.mem_id][1]


def _close_ancestors(node: LexborNode | None) -> set[int]:
    found: set[int] = set()
    current = node.parent if node is not None else None
    for _ in range(3):
        if current is None or current.tag in ("body", "html"):
            break
        found.add(current.mem_id)
        current = current.parent
    return found


def _has_ancestor(node: LexborNode, ancestors: set[int]) -> bool:
    current: LexborNode | None = node
    for _ in range(12):
        if current is None:
            return False
        if current.mem_id in ancestors:
            return True
        current = current.parent
    return False


def body_parts(best: LexborNode, scores: dict[int, list], best_score: float) -> list[LexborNode]:
    """The body and the siblings that belong with it (a lead in its own block, a body split by widgets)."""
    parent = best.parent
    if parent is None or best.tag in ("body", "html"):
        return [best]
    parts = []
    for sibling in parent.iter(include_text=False):
        if sibling.mem_id == best.mem_id:
            parts.append(sibling)
            continue
        entry = scores.get(sibling.mem_id)
        if entry is not None and (entry[1] >= 0.5 * best_score or (
                entry[1] >= 0.2 * best_score and sibling.tag == best.tag
                and sibling.attributes.get("class") == best.attributes.get("class"))):
            # A body cut into pieces by widgets repeats its container; a different container must be strong.
            parts.append(sibling)
            continue
        if sibling.tag == "p":
            text = sibling.text().strip()
            if len(text) >= 80 and _link_chars(sibling) < 0.25 * len(text):
                parts.append(sibling)
    return parts


class _Reader:
    """Walks a body in document order and cuts it into paragraphs."""

    def __init__(self) -> None:
        self.paragraphs: list[str] = []
        self.text_chars = 0
        self.link_chars = 0
        self._buffer: list[str] = []
        self._links = 0

    def read(self, node: LexborNode) -> None:
        for child in node.iter(include_text=True):
            tag = child.tag
            if tag == "-text":
                self._buffer.append(child.text_content or "")
            elif tag == "a":
                text = child.text()
                self._buffer.append(text)
                self._links += len(text.strip())
            elif tag == "br":
                self.flush()
            elif tag in _SKIP_IN_BODY:
                continue
            elif tag in _BLOCK_TAGS:
                self.flush()
                self.read(child)
                self.flush(heading=tag in _HEADINGS)
            else:
                self.read(child)

    def flush(self, heading: bool = False) -> None:
        if not self._buffer:
            return
        text = squash_spaces("".join(self._buffer))
        links, self._buffer, self._links = self._links, [], 0
        if not text:
            return
        self.text_chars += len(text)
        self.link_chars += links
        if links > 0.5 * len(text):
            return
        # Two-word scraps with digits or symbols are counters and labels ("5 min", "views: 6576 | Print");
        # two words of letters may be a subheading typed in bold, which stays.
        if not heading and len(text.split()) < 3 and _SCRAP.search(text):
            return
        self.paragraphs.append(text)


def _is_noise(paragraph: str, title: str) -> bool:
    if _NOISE_LINE.match(paragraph):
        return True
    if title and paragraph.casefold() == title.casefold():
        return True
    # A date line ("30.01.2026, 17:30", "January 30, 2026") left inside the body.
    return len(paragraph) < 40 and parse_date(paragraph) is not None and len(re.findall(r"[^\W\d]{4,}", paragraph)) <= 2


def extract_main_text(tree: LexborHTMLParser, title: str = "") -> FastResult:
    """The article's paragraphs, with the evidence the caller needs to trust them or not. Prunes `tree`."""
    prune(tree)
    body = tree.body
    if body is None:
        return FastResult([], 0.0, 1.0, ["no <body>"])
    scores, total = score_containers(body)
    best, best_score = choose_body(scores, tree.css_first("h1"))
    if best is None or total <= 0:
        return FastResult([], 0.0, 1.0, ["no text blocks"])
    parts = body_parts(best, scores, best_score)
    reader = _Reader()
    for part in parts:
        reader.read(part)
        reader.flush()
    paragraphs = [p for p in clean_paragraphs(reader.paragraphs) if not _is_noise(p, title)]
    share = min(1.0, sum(scores[p.mem_id][1] for p in parts if p.mem_id in scores) / total)
    density = reader.link_chars / reader.text_chars if reader.text_chars else 1.0
    return FastResult(paragraphs, share, density)
