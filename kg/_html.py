"""Publisher pages -> the text and metadata of their article; private to :mod:`kg.readouts`.

A page is parsed into a forgiving tree; scripts, menus, headers, footers and elements named like
boilerplate (``class="sidebar"``) are dropped, and the article is the largest <article>, else
<main>, else element named like content, else the body. A page whose content is (almost) only
links, a menu or an index, is an :class:`~kg.errors.InputError`. The page's URL is its canonical
link or og:url, resolved against <base href> or an absolute og:url when relative, and dropped
when it is not an absolute IRI.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date as Date
from html.parser import HTMLParser
from typing import NamedTuple
from urllib.parse import urljoin

from kg.errors import InputError

__all__ = ["Article", "article", "is_absolute_iri"]

_DROP_TAGS = frozenset("head title script style noscript template nav header footer aside form button select "
                       "option textarea iframe svg object canvas".split())
_VOID_TAGS = frozenset("area base br col embed hr img input link meta param source track wbr".split())
_PARAGRAPH_TAGS = frozenset("p div section article main h1 h2 h3 h4 h5 h6 blockquote ul ol dl table figure "
                            "figcaption pre hr address center header".split())
_LINE_TAGS = frozenset("li tr dt dd".split())
_LINE_EDGE, _PARAGRAPH_EDGE = "\x01", "\x02"  # block edges while rendering; never left in the text
_BOILERPLATE = re.compile(r"nav|menu|breadcrumb|footer|header|sidebar|share|social|related|comment|cookie"
                          r"|print|subscribe", re.I)
_CONTENT = re.compile(r"news_body_txt_a|trs_editor|(?:[a-z]+[-_])?(?:article|content|text|txt|story|entry)"
                      r"(?:[-_](?:body|content|text|txt|main|inner|detail))?", re.I)
_JUNK_LINE = re.compile(r"[\[<(【]?\s*(?:sugg\w*\s+to\s+(?:a\s+)?friend|print(?:\s+this\s+page)?|close(?:\s+window)?"
                        r"|share(?:\s+this)?|back\s+to\s+top)\s*[:：]?\s*[\]>)】]?", re.I)
_JUNK_REST = re.compile(r"[\s\[\]<>()【】|:：/·•-]*")
_DATE_META = ("article:published_time", "pubdate", "date", "publishdate", "dc.date")
#: An <article> or content block with less than this share of the page's text is a teaser.
_MIN_CONTENT_SHARE = 0.2
#: An element named like a menu ("with-sidebar") with more than this share of the text is a layout wrapper.
_MAX_BOILERPLATE_SHARE = 0.5
#: Content whose text is more than this share link text is a menu or an index, not an article.
_MAX_LINK_SHARE = 0.8
_ABSOLUTE_IRI = re.compile(r"[A-Za-z][A-Za-z0-9+.-]*://[^\s<>\"{}|\\^`\x00-\x1f\x7f-\x9f]+")


class Article(NamedTuple):
    """What a page gives a readout: its text (title first) and metadata."""

    text: str
    title: str | None
    date: str | None
    url: str | None
    publisher: str | None


class _Node:
    """An element: ``dropped`` for skipped tags, ``marked`` when its id or class says boilerplate."""

    __slots__ = ("tag", "attrs", "dropped", "marked", "children", "size")

    def __init__(self, tag: str, attrs: dict[str, str], dropped: bool, marked: bool = False) -> None:
        self.tag, self.attrs, self.dropped, self.marked = tag, attrs, dropped, marked
        self.children: list[_Node | str] = []
        self.size = 0


class _PageParser(HTMLParser):
    """A forgiving tree builder: unclosed tags close with their parent, stray end tags are ignored."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.stack = [_Node("#document", {}, False)]
        self.meta: dict[str, str] = {}
        self.base = ""  # the first <base href>
        self.page_title = ""

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        node = self._open(tag, attrs)
        if tag not in _VOID_TAGS:
            self.stack.append(node)

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self._open(tag, attrs)

    def _open(self, tag: str, attrs: list[tuple[str, str | None]]) -> _Node:
        values = {name: value or "" for name, value in attrs}
        if tag == "meta":
            key = values.get("property") or values.get("name") or values.get("itemprop") or ""
            self.meta.setdefault(key.lower(), values.get("content", "").strip())
        elif tag == "link" and "canonical" in values.get("rel", "").lower().split():
            self.meta.setdefault("canonical", values.get("href", "").strip())
        elif tag == "base" and not self.base:
            self.base = values.get("href", "").strip()
        # An <article>'s own <header> holds its headline and dateline (HTML Living Standard 4.3.8).
        in_article = tag == "header" and any(node.tag in ("article", "main") for node in self.stack)
        marks = f"{values.get('id', '')} {values.get('class', '')}"
        node = _Node(tag, values, self.stack[-1].dropped or (tag in _DROP_TAGS and not in_article),
                     tag not in ("html", "body", "main", "article") and bool(_BOILERPLATE.search(marks)))
        self.stack[-1].children.append(node)
        return node

    def handle_endtag(self, tag: str) -> None:
        for depth in range(len(self.stack) - 1, 0, -1):
            if self.stack[depth].tag == tag:
                del self.stack[depth:]
                return

    def handle_data(self, data: str) -> None:
        top = self.stack[-1]
        if top.tag == "title" and self.stack[-2].tag in ("head", "html", "#document"):
            self.page_title += data
        elif not top.dropped:
            top.children.append(re.sub(r"\s+", " ", data.replace(_LINE_EDGE, "").replace(_PARAGRAPH_EDGE, "")))


def article(page: str, *, source: str) -> Article:
    """The article of a publisher's page, without its menus, scripts and share buttons."""
    parser = _PageParser()
    parser.feed(page)
    parser.close()
    meta, content = parser.meta, _content_root(parser.stack[0])
    page_title = _site_title(" ".join(parser.page_title.split()))
    title = " ".join((meta.get("og:title") or _first_heading(content) or page_title).split())
    lines = _render(content)
    if title and title.casefold() in (head := [line.casefold() for line in lines[:4]]):
        del lines[head.index(title.casefold())]  # the headline goes first, once
    if not "".join(lines).strip() or _link_size(content) > _MAX_LINK_SHARE * content.size:
        raise InputError(source, "no article text found in the page; is it an index or a list of links?")
    text = re.sub(r"\n{3,}", "\n\n", "\n".join(([title, ""] if title else []) + lines).strip())
    return Article(text + "\n", title or None, _meta_date(meta), _page_url(parser),
                   meta.get("og:site_name") or None)


def is_absolute_iri(value: str) -> bool:
    """``scheme://...`` without whitespace, control characters or any of ``< > " { } | \\ ^`` and the backtick."""
    return bool(_ABSOLUTE_IRI.fullmatch(value))


def _page_url(parser: _PageParser) -> str | None:
    """The canonical link, else og:url; a relative one is resolved against the page's <base href>
    or its absolute og:url, and dropped when there is nothing to resolve it against."""
    og_url = parser.meta.get("og:url", "")
    bases = [url for url in (parser.base, og_url) if is_absolute_iri(url)]
    for url in (parser.meta.get("canonical", ""), og_url):
        if url and not is_absolute_iri(url) and bases:
            url = urljoin(bases[0], url)
        if is_absolute_iri(url):
            return url
    return None


def _link_size(content: _Node) -> int:
    """How much of the content's text is the text of links (outermost <a> elements)."""
    size, stack = 0, [content]
    while stack:
        node = stack.pop()
        if node.tag == "a":
            size += node.size
        else:
            stack.extend(c for c in node.children if isinstance(c, _Node) and not c.dropped)
    return size


def _measure(root: _Node) -> tuple[list[_Node], _Node]:
    """Kept elements in document order with their text sizes, and the body.

    Iterative, not recursive: old pages nest unclosed tags thousands deep.
    """
    nodes, stack = [], [root]
    while stack:
        nodes.append(node := stack.pop())
        stack.extend(child for child in reversed(node.children) if isinstance(child, _Node) and not child.dropped)
    for node in reversed(nodes):
        node.size = sum(len(c.strip()) if isinstance(c, str) else 0 if c.dropped else c.size for c in node.children)
    return nodes, next((node for node in nodes if node.tag == "body"), root)


def _content_root(root: _Node) -> _Node:
    """The article: an <article>, else <main>, else a block named like content, else the body."""
    nodes, body = _measure(root)
    for node in nodes:
        node.dropped = node.dropped or (node.marked and node.size < _MAX_BOILERPLATE_SHARE * body.size)
    nodes, body = _measure(root)
    tests: list[Callable[[_Node], bool]] = [
        lambda n: n.tag == "article", lambda n: n.tag == "main",
        lambda n: any(_CONTENT.fullmatch(m) for m in f"{n.attrs.get('id', '')} {n.attrs.get('class', '')}".split()),
    ]
    for test in tests:
        best = max((node for node in nodes if test(node)), key=lambda n: n.size, default=None)
        if best is not None and best.size >= _MIN_CONTENT_SHARE * body.size:
            return best
    return body


def _first_heading(content: _Node) -> str:
    heading = next((node for node in _measure(content)[0] if node.tag == "h1"), None)
    return " ".join(_render(heading)) if heading else ""


def _site_title(title: str) -> str:
    """"Headline - Ministry of Foreign Affairs" -> "Headline"."""
    for separator in (" | ", " - ", " – ", " — "):
        if separator in title:
            return title.rsplit(separator, 1)[0]
    return title


def _render(root: _Node) -> list[str]:
    """Lines of text: blocks break lines, paragraphs get a blank line between, boilerplate lines go."""
    pieces: list[str] = []
    stack: list[_Node | str] = [root]
    while stack:
        item = stack.pop()
        if isinstance(item, str):
            pieces.append(item)
        elif not item.dropped:
            edge = _PARAGRAPH_EDGE if item.tag in _PARAGRAPH_TAGS else _LINE_EDGE if item.tag in _LINE_TAGS else ""
            stack.extend([edge, *reversed(item.children), "\n" if item.tag == "br" else edge])
    edges = f"[ {_LINE_EDGE}{_PARAGRAPH_EDGE}]*"  # edges that meet make one break, the larger
    text = re.sub(f"{edges}{_PARAGRAPH_EDGE}{edges}", "\n\n", "".join(pieces))
    text = re.sub(f"{edges}{_LINE_EDGE}{edges}", "\n", text)
    lines = [" ".join(line.split()) for line in text.split("\n")]
    lines = [line for line in lines if not (line and _JUNK_REST.fullmatch(_JUNK_LINE.sub("", line)))]
    return re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip("\n").split("\n")


def _meta_date(meta: dict[str, str]) -> str | None:
    """The first publication date in the page's metadata that is a real day."""
    for key in _DATE_META:
        if match := re.match(r"\s*(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})", meta.get(key, "")):
            try:
                return Date(*map(int, match.groups())).isoformat()
            except ValueError:
                continue
    return None
