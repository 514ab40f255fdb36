"""Files and corpora -> :class:`~kg.model.Readout`.

A readout reaches us as a plain-text or Markdown file, a publisher's HTML page, or a line of a
JSONL corpus. Every reader ends in :func:`readout_from_text`, so all readouts share one text form
(LF newlines, no BOM, NFC) and every later :class:`~kg.model.Span` is an offset into it. Plain
text is kept verbatim; Markdown and HTML are reduced to their words first, and an HTML page's
title becomes the first line of its text.

Every problem is an :class:`~kg.errors.InputError` naming the file (and the line, in JSONL), so
that one bad file in a corpus of thousands is reported and the rest still get read.

JSONL corpus: one JSON object per line; blank lines are skipped, unknown fields ignored.

=========  ========  =====================================================================
field      required  meaning
=========  ========  =====================================================================
text       yes       the readout's text, a non-empty string
id         no        a word without whitespace or '/'; default ``<file stem>-<line number>``
title      no        the headline; default: the text's first line, if it is a heading
date       no        ``YYYY-MM-DD`` (an ISO date-time is cut to its date); default: the
                     text's dateline
url        no        where the readout was published
publisher  no        who published it
language   no        a language tag; default ``en``
=========  ========  =====================================================================
"""

from __future__ import annotations

import json
import os
import re
import unicodedata
from collections.abc import Callable, Iterable, Iterator
from datetime import date as Date
from datetime import datetime
from html.parser import HTMLParser
from pathlib import Path
from typing import IO

from kg.dates import find_dateline
from kg.errors import InputError
from kg.model import Readout

__all__ = ["MAX_READOUT_BYTES", "SUPPORTED_SUFFIXES", "iter_readouts", "read_path", "readout_from_text"]

SUPPORTED_SUFFIXES = (".txt", ".md", ".html", ".htm", ".jsonl")
#: A readout is a few KB: a bigger file is a wrong one (a dump, a renamed PDF), not a readout.
#: It applies to each file and to each line of a JSONL corpus; the corpus itself may be any size.
MAX_READOUT_BYTES = 1024 * 1024
_SNIFF_BYTES = 8192  # how much of a file is looked at to tell text from binary
_TEXT_CONTROLS = frozenset(b"\t\n\r\f\v")

ErrorHandler = Callable[[InputError], None]


def iter_readouts(paths: Iterable[str | Path], *, on_error: ErrorHandler) -> Iterator[Readout]:
    """Every readout under ``paths`` (files or folders), in a deterministic order.

    Reading never stops at a bad input: each problem goes to ``on_error`` and the rest is read,
    because a corpus with one broken file should still build. Ids name each readout's graph, so
    they must be unique in a run: a repeated id is an error for the later readout.
    """
    first_seen: dict[str, str] = {}
    for path in _expand(paths, on_error):
        if path.suffix.lower() == ".jsonl":
            readouts: Iterable[Readout] = _read_jsonl(path, on_error)
        else:
            try:
                readouts = read_path(path)
            except InputError as exc:
                on_error(exc)
                continue
        yield from _unique(readouts, first_seen, on_error)


def read_path(path: Path) -> list[Readout]:
    """The readouts of one file (one per line in a ``.jsonl``); raises :class:`InputError`."""
    path, source = Path(path), str(path)
    suffix = path.suffix.lower()
    if suffix not in SUPPORTED_SUFFIXES:
        raise InputError(source, f"unsupported file type {suffix or '(none)'!r}; "
                                 f"supported: {', '.join(SUPPORTED_SUFFIXES)}")
    if suffix == ".jsonl":
        return list(_unique(_read_jsonl(path, _raise), {}, _raise))
    text = _decode(_read_bytes(path), source)
    if suffix in (".html", ".htm"):
        return [_html_readout(text, id=_safe_id(path.stem), source=source)]
    if suffix == ".md":
        text = _strip_markdown(_normalise(text))
    return [readout_from_text(text, id=_safe_id(path.stem), source=source)]


def readout_from_text(
    text: str, *, id: str, source: str, title: str | None = None, date: str | None = None,
    url: str | None = None, publisher: str | None = None, language: str = "en",
) -> Readout:
    """A readout from its text; metadata given here wins over what the text itself says.

    The text is normalised (LF newlines, no BOM, NFC) because every offset taken later is into
    this exact string. A missing title comes from the text's heading and a missing date from its
    dateline, since most readouts state both in their first lines.
    """
    text = _normalise(text)
    if not text.strip():
        raise InputError(source, "no text: the readout is empty or whitespace only")
    title = unicodedata.normalize("NFC", title) if title else _title_from_text(text)
    try:
        return Readout(id=id, text=text, source=source, title=title, date=date or find_dateline(text),
                       url=url, publisher=publisher, language=language)
    except ValueError as exc:  # an id or a date that the model refuses
        raise InputError(source, str(exc)) from exc


# --- files and folders -------------------------------------------------------------------------


def _expand(paths: Iterable[str | Path], on_error: ErrorHandler) -> Iterator[Path]:
    """Files to read: named files as given, folders walked; each file once."""
    done: set[Path] = set()
    for path in map(Path, paths):
        if path.is_dir():
            files: Iterable[Path] = _walk(path, on_error)
        elif path.is_file():
            files = [path]  # named explicitly, so read_path reports an unsupported suffix
        else:
            on_error(InputError(str(path), "not a regular file" if path.exists() else "no such file or folder"))
            continue
        for file in files:
            if (key := file.resolve()) not in done:
                done.add(key)
                yield file


def _walk(root: Path, on_error: ErrorHandler) -> Iterator[Path]:
    """Readout files under ``root`` sorted by name, so that ids and reports are the same everywhere.

    Hidden files and folders (.git, editor swap files), other suffixes and a folder's own
    documentation (Markdown files named in capitals: README.md, INDEX.md, SOURCES.md) are
    skipped silently; name such a file explicitly to read it as a readout.
    """
    def report(exc: OSError) -> None:
        on_error(InputError(str(exc.filename or root), f"cannot list the folder: {exc.strerror}"))

    for folder, dirs, names in os.walk(root, onerror=report):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        for name in sorted(names):
            if not name.startswith(".") and Path(name).suffix.lower() in SUPPORTED_SUFFIXES and not _is_doc(name):
                yield Path(folder, name)


def _is_doc(name: str) -> bool:
    stem, suffix = os.path.splitext(name)
    return suffix.lower() == ".md" and stem.isupper()


def _unique(readouts: Iterable[Readout], first_seen: dict[str, str], on_error: ErrorHandler) -> Iterator[Readout]:
    for readout in readouts:
        first = first_seen.setdefault(readout.id, readout.source)
        if first == readout.source:
            yield readout
        else:
            on_error(InputError(readout.source, f"duplicate readout id {readout.id!r}, first seen in {first}; "
                                                "rename the file or give the readout its own id"))


def _raise(exc: InputError) -> None:
    raise exc


def _safe_id(stem: str) -> str:
    """Ids become IRI segments and graph names, so whitespace and '/' are not allowed in them."""
    return re.sub(r"[\s/]+", "-", stem.strip()) or "readout"


def _read_bytes(path: Path) -> bytes:
    """The file's bytes, once they pass the checks that tell a readout from a wrong file.

    At most ``MAX_READOUT_BYTES + 1`` bytes are read, so a huge file costs nothing.
    """
    try:
        with path.open("rb") as file:
            data, size = file.read(MAX_READOUT_BYTES + 1), os.fstat(file.fileno()).st_size
    except OSError as exc:
        raise InputError(str(path), f"cannot read it: {exc.strerror}") from exc
    if len(data) > MAX_READOUT_BYTES:
        digits = 1 if size > 1.1 * MAX_READOUT_BYTES else 2
        raise InputError(str(path), f"too large for a readout ({size / 2**20:.{digits}f} MB > "
                                    f"{MAX_READOUT_BYTES / 2**20:g} MB limit); put one readout in each file")
    if problem := _binary_problem(data[:_SNIFF_BYTES]):
        raise InputError(str(path), problem)
    return data


def _binary_problem(head: bytes) -> str | None:
    if not head:
        return "empty file"
    if head.startswith((b"\xff\xfe", b"\xfe\xff")):
        return "UTF-16 text; re-save it as UTF-8, e.g. iconv -f utf-16 -t utf-8"
    controls = sum(1 for byte in head if (byte < 32 and byte not in _TEXT_CONTROLS) or byte == 127)
    return "binary file, not a readout" if b"\x00" in head or controls > len(head) // 10 else None


def _decode(data: bytes, source: str) -> str:
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise InputError(source, f"not valid UTF-8 (byte 0x{data[exc.start]:02x} at offset {exc.start}); "
                                 "re-save it as UTF-8, e.g. iconv -f latin1 -t utf-8") from exc
    if not text.lstrip("\ufeff").strip():
        raise InputError(source, "empty file (whitespace only)")
    return text


def _normalise(text: str) -> str:
    return unicodedata.normalize("NFC", text.lstrip("\ufeff").replace("\r\n", "\n").replace("\r", "\n"))


def _title_from_text(text: str) -> str | None:
    """The first line, when it reads as a headline rather than the first sentence.

    A heading is short, does not end like a sentence, and stands on its own: a blank line follows,
    or a next paragraph (a dateline, a sentence) that does not start in lower case.
    """
    first, *rest = text.strip().split("\n")
    first = first.strip()
    if len(first) >= 300 or first.endswith((".", ",", ";", ":")) or not rest or rest[0].strip()[:1].islower():
        return None
    return re.sub(r"^Press Releases?:\s+", "", first)  # a site section (state.gov), not the headline


# --- JSONL -------------------------------------------------------------------------------------


def _read_jsonl(path: Path, on_error: ErrorHandler) -> Iterator[Readout]:
    """One readout per line; a bad line is reported with its number and the next line is read."""
    try:
        with path.open("rb") as file:
            if problem := _binary_problem(file.read(_SNIFF_BYTES)):
                on_error(InputError(str(path), problem))
                return
            file.seek(0)
            for number, raw in _lines(file):
                try:
                    readout = _jsonl_readout(raw, source=f"{path}:{number}", default_id=f"{path.stem}-{number}")
                except InputError as exc:
                    on_error(exc)
                else:
                    if readout is not None:
                        yield readout
    except OSError as exc:
        on_error(InputError(str(path), f"cannot read it: {exc.strerror}"))


def _lines(file: IO[bytes]) -> Iterator[tuple[int, bytes | None]]:
    """Numbered lines; ``None`` for a line over the size limit, which is skipped, never held whole."""
    number = 0
    while raw := file.readline(MAX_READOUT_BYTES + 1):
        number += 1
        if len(raw) > MAX_READOUT_BYTES and not raw.endswith(b"\n"):
            while (chunk := file.readline(MAX_READOUT_BYTES)) and not chunk.endswith(b"\n"):
                pass
            yield number, None
        else:
            yield number, raw


def _jsonl_readout(raw: bytes | None, *, source: str, default_id: str) -> Readout | None:
    if raw is None:
        raise InputError(source, f"line too long for a readout (> {MAX_READOUT_BYTES / 2**20:g} MB limit)")
    try:
        line = raw.decode("utf-8").lstrip("\ufeff")
        record = json.loads(line) if line.strip() else None
    except UnicodeDecodeError as exc:
        raise InputError(source, f"not valid UTF-8 (byte 0x{raw[exc.start]:02x} at column {exc.start + 1}); "
                                 "re-save the file as UTF-8") from exc
    except json.JSONDecodeError as exc:
        raise InputError(source, f"not valid JSON ({exc.msg} at column {exc.colno})") from exc
    if record is None:
        return None
    if not isinstance(record, dict):
        raise InputError(source, f"expected a JSON object with a 'text' field, not a {type(record).__name__}")
    fields = {name: _string_field(record, name, source) for name in
              ("text", "id", "title", "date", "url", "publisher", "language")}
    if fields["text"] is None:
        raise InputError(source, "no 'text' field: each line needs the readout's text")
    ident = fields["id"] if fields["id"] is not None else _safe_id(default_id)
    if not ident or re.search(r"[\s/]", ident):
        raise InputError(source, f"id {ident!r} must be a non-empty word without whitespace or '/'")
    return readout_from_text(fields["text"], id=ident, source=source, title=fields["title"],
                             date=_jsonl_date(fields["date"], source), url=fields["url"],
                             publisher=fields["publisher"], language=fields["language"] or "en")


def _string_field(record: dict[str, object], name: str, source: str) -> str | None:
    value = record.get(name)
    if name == "id" and isinstance(value, int) and not isinstance(value, bool):
        return str(value)  # ids numbered 1, 2, 3 are common in corpora
    if value is not None and not isinstance(value, str):
        raise InputError(source, f"field {name!r} must be a string, not {json.dumps(value)[:40]}")
    return value


def _jsonl_date(value: str | None, source: str) -> str | None:
    """``YYYY-MM-DD``; a date-time is cut to its date. Anything else is refused, not guessed."""
    if value is None:
        return None
    try:
        if re.fullmatch(r"\d{4}-\d{2}-\d{2}", value):
            return Date.fromisoformat(value).isoformat()
        if re.match(r"\d{4}-\d{2}-\d{2}[T ]", value):
            return datetime.fromisoformat(value.replace("Z", "+00:00")).date().isoformat()
    except ValueError:
        pass
    raise InputError(source, f"field 'date' must be YYYY-MM-DD or an ISO date-time, not {value!r}")


# --- Markdown ----------------------------------------------------------------------------------

_MD_BLOCK = re.compile(r"^\s{0,3}(?:#{1,6}\s+|>\s?|[-*+]\s+)")  # heading, quote, bullet
_MD_CLOSING_HASHES = re.compile(r"\s+#+\s*$")
_MD_DROP_LINE = re.compile(r"\s{0,3}(?:(?:[-*_]\s*){3,}|=+|\[[^\]]+\]:\s*\S+.*)")  # rules, link definitions
_MD_INLINE = [
    (re.compile(r"!?\[([^\]]*)\]\([^)]*\)"), r"\1"),  # [text](url), ![alt](src)
    (re.compile(r"\[([^\]]+)\]\[[^\]]*\]"), r"\1"),  # [text][ref]
    (re.compile(r"<(https?://[^>\s]+)>"), r"\1"),
    (re.compile(r"`([^`]+)`"), r"\1"),
    (re.compile(r"(\*\*|__|~~)(?=\S)(.+?)(?<=\S)\1"), r"\2"),
    (re.compile(r"(?<![\w*])\*(?=\S)(.+?)(?<=\S)\*(?![\w*])"), r"\1"),
    (re.compile(r"(?<!\w)_(?=\S)(.+?)(?<=\S)_(?!\w)"), r"\1"),  # not inside snake_case words
]
_MD_ESCAPE = re.compile(r"\\([\\`*_{}\[\]()#+\-.!>~|])")
_PRIVATE = 0xE000  # escaped characters wait in the private-use area while markup is removed


def _strip_markdown(text: str) -> str:
    """The words of a Markdown readout: heading marks, emphasis and link targets go; lines stay."""
    lines = []
    for line in text.split("\n"):
        if _MD_DROP_LINE.fullmatch(line):
            line = ""
        elif line.lstrip().startswith("#"):
            line = _MD_CLOSING_HASHES.sub("", line)
        line = _MD_BLOCK.sub("", _MD_ESCAPE.sub(lambda m: chr(_PRIVATE + ord(m[1])), line))
        for pattern, replacement in _MD_INLINE:
            line = pattern.sub(replacement, line)
        lines.append(re.sub("[\ue000-\ue07f]", lambda m: chr(ord(m[0]) - _PRIVATE), line))
    return "\n".join(lines)


# --- HTML --------------------------------------------------------------------------------------

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


def _html_readout(page: str, *, id: str, source: str) -> Readout:
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
    if not "".join(lines).strip():
        raise InputError(source, "no article text found in the page; is it an index or a list of links?")
    text = re.sub(r"\n{3,}", "\n\n", "\n".join(([title, ""] if title else []) + lines).strip())
    return readout_from_text(text + "\n", id=id, source=source, title=title or None, date=_meta_date(meta),
                             url=meta.get("canonical") or meta.get("og:url") or None,
                             publisher=meta.get("og:site_name") or None)


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
