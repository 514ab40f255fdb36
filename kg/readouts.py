"""Files and corpora -> :class:`~kg.model.Readout`.

A readout reaches us as a plain-text or Markdown file, a publisher's HTML page, or a line of a
JSONL corpus. Every reader ends in :func:`readout_from_text`, so all readouts share one text form
(LF newlines, no BOM, NFC) and every later :class:`~kg.model.Span` is an offset into it. Plain
text is kept verbatim; Markdown and HTML are reduced to their words first, and an HTML page's
title becomes the first line of its text.

Every problem is an :class:`~kg.errors.InputError` naming the file (and the line, in JSONL), so
that one bad file in a corpus of thousands is reported and the rest still get read.

The path ``-`` is standard input, read as one plain-text readout with id ``stdin`` and source
``-``. Folders are walked for .txt, .md, .html, .htm and .jsonl files; anything that is not a
regular file (a named pipe, a socket, a device) is skipped unopened, and is an error when named.

Ids name each readout's graph (``.../graph/{id}``), so they are made IRI-safe, for file stems
and JSONL ids alike: letters, digits and marks of any script (``王毅``) and ``- _ . ~`` are kept,
each run of anything else (spaces, ``/ | { } < > " # ? % \\ ^``, the backtick, controls) becomes
``-``, and leading or trailing ``-`` go: ``c?d%20e`` -> ``c-d-20e``. An id left empty, or only
dots, is an error.

JSONL corpus: one JSON object per line; blank lines are skipped, unknown fields ignored.

=========  ========  =====================================================================
field      required  meaning
=========  ========  =====================================================================
text       yes       the readout's text, a non-empty string
id         no        a string or integer, made IRI-safe (above); default ``<stem>-<line>``
title      no        the headline; default: the text's first line, if it is a heading
date       no        ``YYYY-MM-DD`` (an ISO date-time is cut to its date); default: the
                     text's dateline
url        no        where the readout was published: an absolute IRI (``https://...``)
publisher  no        who published it
language   no        a BCP 47 language tag (``en``, ``zh-Hans``, ``en-US``); default ``en``
=========  ========  =====================================================================
"""

from __future__ import annotations

import json
import os
import re
import stat
import sys
import unicodedata
from collections.abc import Callable, Iterable, Iterator
from datetime import date as Date
from datetime import datetime
from pathlib import Path
from typing import IO

from kg._html import article, is_absolute_iri
from kg.dates import date_of_line, find_dateline
from kg.errors import InputError
from kg.model import Readout

__all__ = ["MAX_READOUT_BYTES", "SUPPORTED_SUFFIXES", "iter_readouts", "read_path", "readout_from_text"]

SUPPORTED_SUFFIXES = (".txt", ".md", ".html", ".htm", ".jsonl")
#: A readout is a few KB: a bigger file is a wrong one (a dump, a renamed PDF), not a readout.
#: It applies to each file and to each line of a JSONL corpus; the corpus itself may be any size.
MAX_READOUT_BYTES = 1024 * 1024
_SNIFF_BYTES = 8192  # how much of a file is looked at to tell text from binary
_TEXT_CONTROLS = frozenset(b"\t\n\r\f\v")
_STDIN = "-"
_DOC_NAMES = frozenset("readme index schema sources license changelog contributing".split())
_ID_KEEP = frozenset("-_.~")
_BCP47 = re.compile(r"[A-Za-z]{2,8}(?:-[A-Za-z0-9]{1,8})*")

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
    """The readouts of one file (one per line in a ``.jsonl``, ``-`` for stdin); raises :class:`InputError`."""
    path, source = Path(path), str(path)
    if source == _STDIN:
        return [readout_from_text(_decode(_read_stdin(), _STDIN), id="stdin", source=_STDIN)]
    suffix = path.suffix.lower()
    if suffix not in SUPPORTED_SUFFIXES:
        raise InputError(source, f"unsupported file type {suffix or '(none)'!r}; "
                                 f"supported: {', '.join(SUPPORTED_SUFFIXES)}")
    _check_regular(path)
    if suffix == ".jsonl":
        return list(_unique(_read_jsonl(path, _raise), {}, _raise))
    text, ident = _decode(_read_bytes(path), source), _safe_id(path.stem, source)
    if suffix in (".html", ".htm"):
        page = article(text, source=source)
        return [readout_from_text(page.text, id=ident, source=source, title=page.title, date=page.date,
                                  url=page.url, publisher=page.publisher)]
    if suffix == ".md":
        text = _strip_markdown(_normalise(text))
    return [readout_from_text(text, id=ident, source=source)]


def readout_from_text(
    text: str, *, id: str, source: str, title: str | None = None, date: str | None = None,
    url: str | None = None, publisher: str | None = None, language: str = "en",
) -> Readout:
    """A readout from its text; metadata given here wins over what the text itself says.

    The text is normalised (LF newlines, no BOM, NFC, a hard-wrapped text's soft line breaks made
    spaces) because every offset taken later is into this exact string. A missing title comes from
    the text's heading and a missing date from its dateline, since most readouts state both in their
    first lines.
    """
    text = _join_soft_wraps(_normalise(text))
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
    """Files to read: named files as given, folders walked; each file once, stdin too."""
    done: set[Path] = set()
    for path in map(Path, paths):
        if str(path) == _STDIN:
            files: Iterable[Path] = [path]
        elif path.is_dir():
            files = _walk(path, on_error)
        elif path.is_file():
            files = [path]  # named explicitly, so read_path reports an unsupported suffix
        else:
            on_error(InputError(str(path), "not a regular file" if path.exists() else "no such file or folder"))
            continue
        for file in files:
            if (key := file if str(file) == _STDIN else file.resolve()) not in done:
                done.add(key)
                yield file


def _walk(root: Path, on_error: ErrorHandler) -> Iterator[Path]:
    """Readout files under ``root`` sorted by name, so that ids and reports are the same everywhere.

    Hidden files and folders (.git, editor swap files), other suffixes, what is not a regular file
    (named pipes, sockets, devices: never opened, so a pipe cannot hang the reader) and a folder's
    own documentation (README, INDEX, SCHEMA, SOURCES, LICENSE, CHANGELOG, CONTRIBUTING in any
    case, as .md or .txt; not other names in capitals such as UN.md or G20.md) are skipped
    silently; name a documentation file explicitly to read it as a readout.
    """
    def report(exc: OSError) -> None:
        on_error(InputError(str(exc.filename or root), f"cannot list the folder: {exc.strerror}"))

    for folder, dirs, names in os.walk(root, onerror=report):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        for name in sorted(names):
            if not name.startswith(".") and Path(name).suffix.lower() in SUPPORTED_SUFFIXES and not _is_doc(name):
                try:
                    regular = stat.S_ISREG(os.stat(path := Path(folder, name)).st_mode)
                except OSError as exc:  # a broken symbolic link, a file gone since the listing
                    on_error(InputError(str(path), f"cannot read it: {exc.strerror}"))
                    continue
                if regular:
                    yield path


def _is_doc(name: str) -> bool:
    stem, suffix = os.path.splitext(name)
    return suffix.lower() in (".md", ".txt") and stem.lower() in _DOC_NAMES


def _check_regular(path: Path) -> None:
    """Refuses what is not a regular file before opening it: opening a named pipe blocks."""
    try:
        mode = os.stat(path).st_mode
    except OSError as exc:
        raise InputError(str(path), f"cannot read it: {exc.strerror}") from exc
    if not stat.S_ISREG(mode):
        raise InputError(str(path), "not a regular file")


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


def _safe_id(raw: str, source: str) -> str:
    """An IRI-safe id (the rule is in the module docstring): ids become IRI segments and graph names."""
    chars = [c if c in _ID_KEEP or unicodedata.category(c)[0] in "LNM" else " "
             for c in unicodedata.normalize("NFC", raw)]
    ident = re.sub(" +", "-", "".join(chars)).strip("-")
    if not ident.strip("."):
        raise InputError(source, f"no IRI-safe id in {raw!r}: an id needs a letter or a digit; "
                                 "rename the file or give the readout its own id")
    return ident


def _read_bytes(path: Path) -> bytes:
    """The file's bytes, once they pass the checks that tell a readout from a wrong file.

    At most ``MAX_READOUT_BYTES + 1`` bytes are read, so a huge file costs nothing.
    """
    try:
        with path.open("rb") as file:
            data, size = file.read(MAX_READOUT_BYTES + 1), os.fstat(file.fileno()).st_size
    except OSError as exc:
        raise InputError(str(path), f"cannot read it: {exc.strerror}") from exc
    return _checked(data, str(path), size)


def _read_stdin() -> bytes:
    """Standard input's bytes (decoded like a file's, so that encoding errors are reported alike)."""
    stream = getattr(sys.stdin, "buffer", None)
    if stream is None:
        raise InputError(_STDIN, "no standard input to read")
    try:
        data = stream.read(MAX_READOUT_BYTES + 1)
    except OSError as exc:
        raise InputError(_STDIN, f"cannot read it: {exc.strerror}") from exc
    return _checked(data, _STDIN, None)


def _checked(data: bytes, source: str, size: int | None) -> bytes:
    """``data`` (the first ``MAX_READOUT_BYTES + 1`` bytes of ``size``, if known) if it can be a readout."""
    if len(data) > MAX_READOUT_BYTES:
        if size is None:
            amount = f"> {MAX_READOUT_BYTES / 2**20:g} MB limit"
        else:
            digits = 1 if size > 1.1 * MAX_READOUT_BYTES else 2
            amount = f"{size / 2**20:.{digits}f} MB > {MAX_READOUT_BYTES / 2**20:g} MB limit"
        raise InputError(source, f"too large for a readout ({amount}); put one readout in each file")
    if problem := _binary_problem(data[:_SNIFF_BYTES]):
        raise InputError(source, problem)
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
                                 f"re-save it as UTF-8, e.g. iconv -f {_legacy_encoding(data)} -t utf-8") from exc
    if not text.lstrip("\ufeff").strip():
        raise InputError(source, "empty file (whitespace only)")
    return text


def _legacy_encoding(data: bytes) -> str:
    """cp1252 when its printable 0x80-0x9F bytes (curly quotes, dashes) are there, else latin1."""
    try:
        data.decode("cp1252")
    except UnicodeDecodeError:  # 0x81, 0x8D, 0x8F, 0x90, 0x9D are undefined in cp1252
        return "latin1"
    return "cp1252" if re.search(rb"[\x80-\x9f]", data) else "latin1"


def _normalise(text: str) -> str:
    return unicodedata.normalize("NFC", text.lstrip("\ufeff").replace("\r\n", "\n").replace("\r", "\n"))


_SENTENCE_END = tuple('.!?"”:;')
_CREDIT_LINE = re.compile(r"\([^()]*\)")  # "(Xinhua News Agency February 7, 2007)": a line of its own


def _join_soft_wraps(text: str) -> str:
    """A hard-wrapped text (wire copy, e-mail, a PDF's lines) with its soft line breaks made spaces.

    Such a text breaks every line near one width, mostly inside sentences; a full line's break
    is a soft one and a short line ends its paragraph. Spaces keep the text's length, so offsets
    into it are offsets into the text as published. Texts of long lines are left as they are.
    """
    lines = text.split("\n")
    lengths = [len(line.rstrip()) for line in lines if line.strip()]
    if len(lengths) < 5:
        return text
    width = sorted(lengths)[int(len(lengths) * 0.9) - 1]
    full = sum(n >= width - 25 for n in lengths)
    open_ended = sum(1 for line in lines[:-1] if line.strip() and not line.rstrip().endswith(_SENTENCE_END))
    if not 40 <= width <= 100 or full < 0.6 * len(lengths) or open_ended < 0.5 * (len(lengths) - 1):
        return text
    joined = [lines[0]]
    for i, line in enumerate(lines[1:], start=1):
        before = lines[i - 1]
        soft = len(before.rstrip()) >= width - 25 and line.strip() and (i > 1 or line.lstrip()[:1].islower()) \
            and not _CREDIT_LINE.fullmatch(line.strip())
        joined.append((" " if soft else "\n") + line)  # the first line joins only a sentence going on: no headline
    return "".join(joined)


def _title_from_text(text: str) -> str | None:
    """The first line, when it reads as a headline rather than the first sentence.

    A heading is short, does not end like a sentence, and stands on its own: a blank line follows,
    or a next paragraph (a dateline, a sentence) that does not start in lower case.
    """
    lines = text.strip().split("\n")
    while len(lines) > 1 and (not lines[0].strip() or date_of_line(lines[0])):
        lines = lines[1:]  # a page's date line above its headline ("24 August 201612:57")
    first, *rest = lines
    first = first.strip()
    if first.endswith(".") and (_HEADLINE_OPENING.match(first) or _title_case(first)):
        # "Press release on Foreign Minister Sergey Lavrov's talks with ... Jaishankar.",
        # "Wang Yi Held Talks with Pakistani Foreign Minister Qureshi."
        first = first[:-1]
    if len(first) >= 300 or first.endswith((".", ",", ";", ":")) or not rest or rest[0].strip()[:1].islower():
        return None
    return re.sub(r"^Press Releases?:\s+", "", first)  # a site section (state.gov), not the headline


def _title_case(line: str) -> bool:
    """Every word capitalised but the small words headlines keep in lower case: a headline, not a sentence
    ("Wang Yi Held Talks with Pakistani Foreign Minister Qureshi." but not "Wang Yi met with Qureshi.")."""
    words = re.findall(r"[^\W\d_][\w'’-]*", line)
    return len(words) >= 4 and all(w[0].isupper() or w in _SMALL_WORDS for w in words)


_SMALL_WORDS = frozenset("a an the and or nor but of in on at to for with by from as via vs per into over upon".split())
# How the headlines of a genre open, so that one ending in a full stop is still a headline.
_HEADLINE_OPENING = re.compile(r"(?:Press release on|Readout of|Readout:|Statement by|Joint statement)\b", re.IGNORECASE)


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
    ident = _safe_id(fields["id"] if fields["id"] is not None else default_id, source)
    if (url := fields["url"]) and not is_absolute_iri(url):
        raise InputError(source, f"url {url!r} is not an absolute IRI: it needs a scheme (https://...) and "
                                 "no spaces or < > \" { } | \\ ^ ` (percent-encode them)")
    if (language := fields["language"]) and not _BCP47.fullmatch(language):
        hint = f"use {fixed}" if _BCP47.fullmatch(fixed := language.replace("_", "-")) else "e.g. en, zh-Hans, en-US"
        raise InputError(source, f"language {language!r} is not a BCP 47 tag ({hint})")
    return readout_from_text(fields["text"], id=ident, source=source, title=fields["title"],
                             date=_jsonl_date(fields["date"], source), url=url or None,
                             publisher=fields["publisher"], language=language or "en")


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
