"""kg.readouts: files and corpora -> Readout."""

from __future__ import annotations

import io
import os
import re
import shutil
import signal
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from kg.errors import InputError
from kg.model import Readout
from kg.readouts import MAX_READOUT_BYTES, SUPPORTED_SUFFIXES, iter_readouts, read_path, readout_from_text

DATA = Path(__file__).parent / "data"
HTML = DATA / "html"
BAD = DATA / "bad"
TITLE_000 = "Wang Yi Meets with Foreign Minister Sergei Lavrov of Russia"


def read_all(*paths: str | Path) -> tuple[list[Readout], list[InputError]]:
    errors: list[InputError] = []
    readouts = list(iter_readouts(paths, on_error=errors.append))
    return readouts, errors


def paragraphs(text: str) -> list[str]:
    return [p.strip() for p in text.split("\n\n") if p.strip()]


# --- plain text ----------------------------------------------------------------------------------


def test_txt_title_from_first_line() -> None:
    [readout] = read_path(HTML / "000.txt")
    assert readout.title == TITLE_000


def test_txt_date_from_text() -> None:
    [readout] = read_path(HTML / "000.txt")
    assert readout.date == "2018-06-03"


def test_txt_date_from_dateline_line() -> None:
    [readout] = read_path(HTML / "061.txt")
    assert readout.date == "2018-09-04"


def test_txt_keeps_text_verbatim() -> None:
    [readout] = read_path(HTML / "000.txt")
    assert readout.text == (HTML / "000.txt").read_text(encoding="utf-8")


# Xinhua wire copy as china.org.cn printed it, every line broken near one width (2006).
HARD_WRAPPED = """Chinese Foreign Minister Li Zhaoxing on Wednesday held talks
with his visiting Mauritian counterpart on bilateral ties and other
issues of common concern.
"Since the two countries established diplomatic relations in
1972, China and Mauritius have witnessed stable relations, with
fruitful progress achieved in economy, trade and culture," Li told
Madan Murlidhar Dulloo, Mauritius Minister of Foreign Affairs,
International Trade and Cooperation.
Li and Dulloo also exchanged views on the reform of the United
Nations Security Council and other regional issues.
(Xinhua News Agency July 12, 2006)
"""


def test_a_hard_wrapped_text_reads_as_paragraphs_of_the_same_length() -> None:
    readout = readout_from_text(HARD_WRAPPED, id="t", source="t")
    assert len(readout.text) == len(HARD_WRAPPED)  # offsets into it are offsets into the text as published
    assert "held talks with his visiting Mauritian counterpart on bilateral ties and other issues" in readout.text
    assert "Cooperation.\nLi and Dulloo" in readout.text  # a short line ends its paragraph
    assert "\n(Xinhua News Agency July 12, 2006)" in readout.text  # the source line stays a line
    assert readout.date == "2006-07-12" and readout.title is None


def test_a_hard_wrapped_readout_s_participants_are_found_across_lines() -> None:
    from kg.extract import extract
    facts = extract(readout_from_text(HARD_WRAPPED, id="t", source="t")).to_facts()
    assert [p["name"] for p in facts["participants"]] == ["Li Zhaoxing", "Madan Murlidhar Dulloo"]


def test_txt_id_and_source_from_path() -> None:
    [readout] = read_path(HTML / "000.txt")
    assert (readout.id, readout.source) == ("000", str(HTML / "000.txt"))


def test_file_id_is_made_safe(tmp_path: Path) -> None:
    path = tmp_path / "wang yi  lavrov.txt"
    shutil.copy(HTML / "000.txt", path)
    assert read_path(path)[0].id == "wang-yi-lavrov"


@pytest.mark.parametrize(("name", "ident"), [
    ("pipe|brace{}.txt", "pipe-brace"),
    ("a#b.txt", "a-b"),
    ("c?d%20e.txt", "c-d-20e"),
    ('x<y>"z.txt', "x-y-z"),
    ("back\\slash^`tick.txt", "back-slash-tick"),
    ("tab\tand\x01control\x7f.txt", "tab-and-control"),
    ("王毅.txt", "王毅"),
    ("मोदी.txt", "मोदी"),  # vowel signs are marks, not letters, and are kept
    ("v1.2~draft_a.txt", "v1.2~draft_a"),
])
def test_file_id_keeps_only_iri_safe_characters(tmp_path: Path, name: str, ident: str) -> None:
    shutil.copy(HTML / "000.txt", tmp_path / name)
    assert read_path(tmp_path / name)[0].id == ident


def test_file_id_without_letters_or_digits_is_an_error(tmp_path: Path) -> None:
    shutil.copy(HTML / "000.txt", tmp_path / "#?{}.txt")
    with pytest.raises(InputError, match=r"#\?\{\}\.txt: no IRI-safe id"):
        read_path(tmp_path / "#?{}.txt")


def test_crlf_gives_same_text_as_lf(tmp_path: Path) -> None:
    lf = (HTML / "000.txt").read_bytes()
    (tmp_path / "crlf.txt").write_bytes(lf.replace(b"\n", b"\r\n"))
    assert read_path(tmp_path / "crlf.txt")[0].text == lf.decode("utf-8")


def test_bom_is_stripped(tmp_path: Path) -> None:
    (tmp_path / "bom.txt").write_bytes(b"\xef\xbb\xbf" + (HTML / "000.txt").read_bytes())
    [readout] = read_path(tmp_path / "bom.txt")
    assert readout.text.startswith(TITLE_000) and readout.title == TITLE_000


def test_text_is_nfc_normalised() -> None:
    readout = readout_from_text("Cafe\u0301 talks\n\nThey met.", id="x", source="test")
    assert readout.text == "Caf\u00e9 talks\n\nThey met."


@pytest.mark.parametrize(("text", "title"), [
    ("Premier Li meets Pakistani Prime Minister\n\nPremier Li met ...", "Premier Li meets Pakistani Prime Minister"),
    ("Qin Gang Calls Lavrov\n2023-01-09 23:00\n\nOn January 9 ...", "Qin Gang Calls Lavrov"),
    ("Press Releases: Secretary Pompeo's Call With Iraqi PM\n\nSecretary ...", "Secretary Pompeo's Call With Iraqi PM"),
    ("The Prime Minister spoke to the President of the United States, Joe Biden, this evening.\n\nPresident ...", None),
    ("On July 3, 2024, Vice Foreign Minister Deng Li met with\nthe outgoing Norwegian Ambassador.", None),
    ("A single line of text without a heading", None),
    ("Wang Yi Held Talks with Pakistani Foreign Minister Qureshi.\n\nOn the evening ...",
     "Wang Yi Held Talks with Pakistani Foreign Minister Qureshi"),
    ("Wang Yi met with Foreign Minister Qureshi.\n\nThey discussed ...", None),
    ("T" * 300 + "\n\nThe text.", None),
])
def test_title_from_text(text: str, title: str | None) -> None:
    assert readout_from_text(text, id="x", source="test").title == title


def test_metadata_wins_over_text() -> None:
    text = (HTML / "000.txt").read_text(encoding="utf-8")
    readout = readout_from_text(text, id="000", source="test", title="Wang Yi and Lavrov", date="2018-06-04")
    assert (readout.title, readout.date) == ("Wang Yi and Lavrov", "2018-06-04")


def test_whitespace_only_text_is_an_error() -> None:
    with pytest.raises(InputError, match="empty"):
        readout_from_text(" \n\t\n", id="x", source="test")


# --- Markdown ------------------------------------------------------------------------------------


def test_markdown_syntax_is_dropped_and_words_kept(tmp_path: Path) -> None:
    (tmp_path / "call.md").write_text(
        "# Wang Yi Has a Phone Call with Antony Blinken\n\n"
        "On **February 3, 2023**, _Wang Yi_ had a phone call with [Antony Blinken](https://www.state.gov/).\n\n"
        "- Both sides should *maintain steadiness*.\n", encoding="utf-8")
    [readout] = read_path(tmp_path / "call.md")
    assert readout.text == ("Wang Yi Has a Phone Call with Antony Blinken\n\n"
                            "On February 3, 2023, Wang Yi had a phone call with Antony Blinken.\n\n"
                            "Both sides should maintain steadiness.\n")


def test_markdown_title_line_is_the_title(tmp_path: Path) -> None:
    (tmp_path / "call.md").write_text("## Wang Yi Meets Lavrov ##\n\nThey met on June 3, 2018.\n", encoding="utf-8")
    [readout] = read_path(tmp_path / "call.md")
    assert (readout.title, readout.date) == ("Wang Yi Meets Lavrov", "2018-06-03")


def test_markdown_keeps_snake_case_and_escapes(tmp_path: Path) -> None:
    (tmp_path / "x.md").write_text("Title\n\nThe file_name is \\*not\\* emphasis.\n", encoding="utf-8")
    assert read_path(tmp_path / "x.md")[0].text == "Title\n\nThe file_name is *not* emphasis.\n"


# --- HTML ----------------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def mfa_page() -> Readout:
    [readout] = read_path(HTML / "mfa_000.html")
    return readout


def test_html_keeps_every_article_paragraph(mfa_page: Readout) -> None:
    article = paragraphs((HTML / "000.txt").read_text(encoding="utf-8"))[1:6]
    assert [p for p in paragraphs(mfa_page.text) if p in article] == article


def test_html_text_starts_with_the_title(mfa_page: Readout) -> None:
    assert mfa_page.text.startswith(TITLE_000 + "\n\n") and "\n\n\n" not in mfa_page.text
    assert mfa_page.text.count(TITLE_000) == 1


def test_html_drops_script_style_and_comment_text(mfa_page: Readout) -> None:
    for word in ("payload", "shareConfig", "document.write", "font-size", "_hmt"):
        assert word not in mfa_page.text
    assert mfa_page.text.count("Lavrov") == (HTML / "000.txt").read_text(encoding="utf-8").count("Lavrov")


def test_html_drops_menus_sidebar_and_footer(mfa_page: Readout) -> None:
    for word in ("About Us", "Spokesperson", "Home", "Related News", "Wang Yi Attends", "South Africa",
                 "Copyright", "Chaoyangmen", "Français", "Search"):
        assert word not in mfa_page.text


def test_html_drops_print_close_share_lines(mfa_page: Readout) -> None:
    for word in ("Print", "Close", "Suggest", "Share", "WeChat"):
        assert word not in mfa_page.text


def test_html_title_from_heading(mfa_page: Readout) -> None:
    assert mfa_page.title == TITLE_000


def test_html_date_from_pubdate_meta(mfa_page: Readout) -> None:
    assert mfa_page.date == "2018-06-04"


def test_html_url_from_canonical_link(mfa_page: Readout) -> None:
    assert mfa_page.url == "https://www.fmprc.gov.cn/mfa_eng/wjb_663304/wjbz_663308/activities_663312/t1566001.shtml"


def test_html_id_from_file_stem(mfa_page: Readout) -> None:
    assert mfa_page.id == "mfa_000"


def page(tmp_path: Path, head: str, body: str) -> Path:
    path = tmp_path / "page.html"
    path.write_text(f"<!DOCTYPE html><html><head>{head}</head><body>{body}</body></html>", encoding="utf-8")
    return path


def test_html_og_metadata_wins(tmp_path: Path) -> None:
    path = page(tmp_path, '<meta property="og:title" content="Wang Yi Meets Lavrov">'
                          '<meta property="og:site_name" content="MFA"><meta property="og:url" content="https://x.example/1">'
                          '<meta property="article:published_time" content="2018-06-03T21:00:00+08:00">',
                '<article><h1>Another Heading</h1><p>On June 4, 2018, they met.</p></article>')
    [readout] = read_path(path)
    assert (readout.title, readout.publisher, readout.url, readout.date) == (
        "Wang Yi Meets Lavrov", "MFA", "https://x.example/1", "2018-06-03")


def test_html_title_tag_loses_site_suffix(tmp_path: Path) -> None:
    path = page(tmp_path, "<title>Qin Gang Meets Lavrov | Ministry of Foreign Affairs</title>",
                "<div class='content'><p>On January 9, 2023, they met.</p></div>")
    assert read_path(path)[0].title == "Qin Gang Meets Lavrov"


def test_html_date_from_text_without_meta(tmp_path: Path) -> None:
    path = page(tmp_path, "<title>Talks</title>", "<main><p>On June 3, 2018 local time, they met.</p></main>")
    assert read_path(path)[0].date == "2018-06-03"


def test_html_prefers_article_over_rest_of_body(tmp_path: Path) -> None:
    path = page(tmp_path, "<title>Talks</title>",
                "<div>Latest news: a menu without a class</div><article><p>The ministers met.</p></article>")
    assert read_path(path)[0].text == "Talks\n\nThe ministers met.\n"


def test_html_blocks_become_lines_and_entities_are_decoded(tmp_path: Path) -> None:
    path = page(tmp_path, "<title>Talks</title>", "<article><p>China &amp;  Russia\n met.</p>"
                "<p>Line one<br>line two</p><ul><li>a</li><li>b</li></ul></article>")
    assert read_path(path)[0].text == "Talks\n\nChina & Russia met.\n\nLine one\nline two\n\na\nb\n"


def test_html_inline_elements_keep_their_spaces(tmp_path: Path) -> None:
    path = page(tmp_path, "<title>Talks</title>",
                "<article><p>Wang Yi met with <a href='#'>Sergei Lavrov</a> of <b>Russia</b>.</p></article>")
    assert read_path(path)[0].text == "Talks\n\nWang Yi met with Sergei Lavrov of Russia.\n"


def test_html_double_br_separates_paragraphs(tmp_path: Path) -> None:
    path = page(tmp_path, "<title>Talks</title>",
                "<div id='News_Body_Txt_A'>&nbsp;&nbsp;They met.<br><br>&nbsp;&nbsp;They agreed.<br/></div>")
    assert read_path(path)[0].text == "Talks\n\nThey met.\n\nThey agreed.\n"


def test_html_script_text_never_appears(tmp_path: Path) -> None:
    path = page(tmp_path, "<title>Talks</title>", "<div class='content'><p>They met.</p>"
                "<script>document.write('</div><p>Lavrov script</p>');</script><p>They agreed.</p></div>"
                "<script>var unclosed = 'Lavrov unclosed script';")
    assert read_path(path)[0].text == "Talks\n\nThey met.\n\nThey agreed.\n"


def test_html_keeps_the_articles_own_header(tmp_path: Path) -> None:
    path = page(tmp_path, "<title>Site</title>", "<header>Site menu</header><article><header><h1>Talks</h1>"
                "<p>4 September 2018</p></header><p>The ministers met.</p></article>")
    assert read_path(path)[0].text == "Talks\n\n4 September 2018\n\nThe ministers met.\n"


def test_html_layout_wrapper_named_like_a_menu_is_kept(tmp_path: Path) -> None:
    path = page(tmp_path, "<title>Talks</title>",
                "<div class='page with-sidebar'><p>The ministers met on June 3, 2018.</p></div>")
    assert "The ministers met" in read_path(path)[0].text


def test_html_relative_canonical_is_resolved_against_og_url(tmp_path: Path) -> None:
    path = page(tmp_path, '<link rel="canonical" href="/news/2018/x.html">'
                          '<meta property="og:url" content="https://www.example.org/news/">',
                "<article><p>They met.</p></article>")
    assert read_path(path)[0].url == "https://www.example.org/news/2018/x.html"


def test_html_relative_canonical_is_resolved_against_base_href(tmp_path: Path) -> None:
    path = page(tmp_path, '<base href="https://www.example.org/en/"><link rel="canonical" href="2018/x.html">',
                "<article><p>They met.</p></article>")
    assert read_path(path)[0].url == "https://www.example.org/en/2018/x.html"


def test_html_relative_canonical_without_base_is_dropped(tmp_path: Path) -> None:
    path = page(tmp_path, '<link rel="canonical" href="/news/2018/x.html">', "<article><p>They met.</p></article>")
    assert read_path(path)[0].url is None


def test_html_canonical_that_is_no_iri_is_dropped(tmp_path: Path) -> None:
    path = page(tmp_path, '<link rel="canonical" href="https://www.example.org/news/a b.html">',
                "<article><p>They met.</p></article>")
    assert read_path(path)[0].url is None


def test_html_navigation_only_page_is_an_error(tmp_path: Path) -> None:
    path = page(tmp_path, "<title>Ministry of Foreign Affairs</title>",
                "<ul><li><a href=/>Home</a></li><li><a href=/news>News</a></li>"
                "<li><a href=/about>About Us</a></li><li><a href=/contact>Contact</a></li></ul>")
    with pytest.raises(InputError, match="no article text found in the page"):
        read_path(path)


def test_html_page_without_text_is_an_error(tmp_path: Path) -> None:
    path = page(tmp_path, "<title>Talks</title>", "<nav>Home</nav><script>var a = 'Lavrov';</script>")
    with pytest.raises(InputError, match="no article text"):
        read_path(path)


# --- bad inputs ----------------------------------------------------------------------------------


@pytest.mark.parametrize(("name", "reason"), [
    ("empty.txt", "empty file"),
    ("scan.txt", "binary file, not a readout"),
    ("latin1.txt", r"not valid UTF-8 \(byte 0xe9 at offset 3\); re-save it as UTF-8, e.g. iconv -f latin1 -t utf-8$"),
    ("cp1252.txt", r"not valid UTF-8 \(byte 0x93 at offset 0\); re-save it as UTF-8, e.g. iconv -f cp1252 -t utf-8$"),
])
def test_bad_file_gives_one_error_and_the_rest_is_read(name: str, reason: str) -> None:
    readouts, errors = read_all(HTML / "000.txt", BAD / name, HTML / "061.txt")
    assert [r.id for r in readouts] == ["000", "061"]
    assert [e.source for e in errors] == [str(BAD / name)]
    assert str(errors[0]).startswith(f"{BAD / name}: ") and re.search(reason, errors[0].reason)


def test_too_large_file_is_an_error(tmp_path: Path) -> None:
    big = tmp_path / "dump.txt"
    big.write_bytes(b"Readout\n\n" + b"The ministers met. " * (5 * 2**20 // 19))
    readouts, errors = read_all(big, HTML / "000.txt")
    assert [r.id for r in readouts] == ["000"]
    assert [str(e) for e in errors] == [
        f"{big}: too large for a readout (5.0 MB > 1 MB limit); put one readout in each file"]


def test_too_large_file_is_not_read_whole(tmp_path: Path) -> None:
    huge = tmp_path / "huge.txt"
    with huge.open("wb") as file:
        file.truncate(4 * 2**30)  # sparse: reading it whole would take seconds and 4 GB of memory
    with pytest.raises(InputError, match=r"4096\.0 MB > 1 MB"):
        read_path(huge)


def test_read_path_raises_for_bad_file() -> None:
    with pytest.raises(InputError, match="binary file"):
        read_path(BAD / "scan.txt")


def test_missing_path_is_an_error(tmp_path: Path) -> None:
    readouts, errors = read_all(tmp_path / "nowhere.txt")
    assert (readouts, [e.reason for e in errors]) == ([], ["no such file or folder"])


@pytest.fixture
def no_hang() -> Iterator[None]:
    """Turns a read that blocks (a FIFO opened without a writer) into a failure instead of a hang."""
    def fail(*_: object) -> None:
        raise TimeoutError("the reader blocked")
    previous = signal.signal(signal.SIGALRM, fail)
    signal.alarm(5)
    yield
    signal.alarm(0)
    signal.signal(signal.SIGALRM, previous)


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="needs named pipes")
def test_fifo_in_a_folder_is_skipped(tmp_path: Path, no_hang: None) -> None:
    shutil.copy(HTML / "000.txt", tmp_path / "000.txt")
    os.mkfifo(tmp_path / "pipe.txt")
    readouts, errors = read_all(tmp_path)
    assert ([r.id for r in readouts], errors) == (["000"], [])


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="needs named pipes")
def test_fifo_named_explicitly_is_an_error(tmp_path: Path, no_hang: None) -> None:
    os.mkfifo(tmp_path / "pipe.txt")
    with pytest.raises(InputError, match=r"pipe\.txt: not a regular file"):
        read_path(tmp_path / "pipe.txt")


def stdin(monkeypatch: pytest.MonkeyPatch, data: bytes) -> None:
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(data), encoding="utf-8"))


def test_dash_reads_standard_input(monkeypatch: pytest.MonkeyPatch) -> None:
    stdin(monkeypatch, b"\xef\xbb\xbfTalks\r\n\r\nOn June 3, 2018, they met.\r\n")
    readouts, errors = read_all(HTML / "000.txt", "-")
    assert ([(r.id, r.source) for r in readouts], errors) == ([("000", str(HTML / "000.txt")), ("stdin", "-")], [])
    assert (readouts[1].text, readouts[1].title, readouts[1].date) == (
        "Talks\n\nOn June 3, 2018, they met.\n", "Talks", "2018-06-03")


def test_standard_input_that_is_not_utf8_is_an_error(monkeypatch: pytest.MonkeyPatch) -> None:
    stdin(monkeypatch, b"Caf\xe9 talks\n")
    readouts, errors = read_all("-", HTML / "000.txt")
    assert [r.id for r in readouts] == ["000"]
    assert [str(e) for e in errors] == [
        "-: not valid UTF-8 (byte 0xe9 at offset 3); re-save it as UTF-8, e.g. iconv -f latin1 -t utf-8"]


# --- JSONL ---------------------------------------------------------------------------------------


def test_jsonl_good_line_comes_through() -> None:
    readouts, _ = read_all(BAD / "mixed.jsonl")
    [readout] = readouts
    assert (readout.id, readout.source, readout.date, readout.publisher) == (
        "026", f"{BAD / 'mixed.jsonl'}:1", "2017-05-05", "Ministry of Foreign Affairs of the Russian Federation")
    assert (readout.title or "").startswith("Press release on Foreign Minister Sergey Lavrov")


def test_jsonl_bad_lines_give_one_error_each() -> None:
    _, errors = read_all(BAD / "mixed.jsonl")
    assert [e.source for e in errors] == [f"{BAD / 'mixed.jsonl'}:2", f"{BAD / 'mixed.jsonl'}:3"]
    assert "not valid JSON" in errors[0].reason
    assert "no 'text' field" in errors[1].reason


def test_read_path_raises_for_first_bad_jsonl_line() -> None:
    with pytest.raises(InputError, match=r"mixed\.jsonl:2: not valid JSON"):
        read_path(BAD / "mixed.jsonl")


def test_jsonl_default_id_and_blank_lines(tmp_path: Path) -> None:
    (tmp_path / "calls.jsonl").write_text('\n{"text": "They met."}\n\n{"text": "They spoke."}\n', encoding="utf-8")
    readouts, errors = read_all(tmp_path / "calls.jsonl")
    assert ([r.id for r in readouts], errors) == (["calls-2", "calls-4"], [])


@pytest.mark.parametrize(("line", "reason"), [
    ('["They met."]', "expected a JSON object"),
    ('{"text": "   "}', "empty"),
    ('{"text": 42}', "field 'text' must be a string"),
    ('{"text": "They met.", "date": "June 3, 2018"}', "field 'date' must be YYYY-MM-DD"),
    ('{"text": "They met.", "date": "2018-02-30"}', "field 'date' must be YYYY-MM-DD"),
    ('{"text": "They met.", "id": "<>"}', "no IRI-safe id in '<>'"),
    ('{"text": "They met.", "id": ".."}', "no IRI-safe id in '..'"),
    ('{"text": "They met.", "language": "en_US"}', "language 'en_US' is not a BCP 47 tag (use en-US)"),
    ('{"text": "They met.", "language": "e"}', "language 'e' is not a BCP 47 tag"),
    ('{"text": "They met.", "url": "www.mid.ru/en/news"}', "url 'www.mid.ru/en/news' is not an absolute IRI"),
    ('{"text": "They met.", "url": "https://x.example/a b"}', "is not an absolute IRI"),
    ('{"text": "They met.", "url": "https://x.example/<b>"}', "is not an absolute IRI"),
])
def test_jsonl_bad_line(tmp_path: Path, line: str, reason: str) -> None:
    (tmp_path / "c.jsonl").write_text(f'{{"text": "Good."}}\n{line}\n', encoding="utf-8")
    readouts, errors = read_all(tmp_path / "c.jsonl")
    assert [r.id for r in readouts] == ["c-1"]
    assert [e.source for e in errors] == [f"{tmp_path / 'c.jsonl'}:2"] and reason in errors[0].reason


def test_jsonl_id_is_made_iri_safe(tmp_path: Path) -> None:
    (tmp_path / "c.jsonl").write_text('{"id": "q<\\"x>", "text": "They met."}\n', encoding="utf-8")
    assert read_path(tmp_path / "c.jsonl")[0].id == "q-x"


def test_jsonl_bcp47_language_and_absolute_url_are_kept(tmp_path: Path) -> None:
    (tmp_path / "c.jsonl").write_text('{"text": "They met.", "language": "zh-Hans", '
                                      '"url": "https://www.fmprc.gov.cn/web/新闻/t1.shtml?a=1#p"}\n', encoding="utf-8")
    [readout] = read_path(tmp_path / "c.jsonl")
    assert (readout.language, readout.url) == ("zh-Hans", "https://www.fmprc.gov.cn/web/新闻/t1.shtml?a=1#p")


def test_jsonl_with_bom_is_read(tmp_path: Path) -> None:
    (tmp_path / "c.jsonl").write_bytes(b'\xef\xbb\xbf{"text": "They met."}\n{"text": "They spoke."}\n')
    readouts, errors = read_all(tmp_path / "c.jsonl")
    assert ([r.text for r in readouts], errors) == (["They met.", "They spoke."], [])


def test_jsonl_with_crlf_is_read(tmp_path: Path) -> None:
    (tmp_path / "c.jsonl").write_bytes(b'{"text": "They met.\\r\\nThen they ate."}\r\n\r\n{"text": "They spoke."}\r\n')
    readouts, errors = read_all(tmp_path / "c.jsonl")
    assert ([(r.id, r.text) for r in readouts], errors) == (
        [("c-1", "They met.\nThen they ate."), ("c-3", "They spoke.")], [])


def test_jsonl_unknown_fields_ignored_and_metadata_used(tmp_path: Path) -> None:
    (tmp_path / "c.jsonl").write_text('{"text": "Talks\\n\\nOn June 3, 2018, they met.", "id": 7, "title": "T", '
                                      '"date": "2018-06-04", "language": "fr", "x": [1]}\n', encoding="utf-8")
    [readout] = read_path(tmp_path / "c.jsonl")
    assert (readout.id, readout.title, readout.date, readout.language) == ("7", "T", "2018-06-04", "fr")


def test_jsonl_duplicate_id_is_an_error_for_the_later_line(tmp_path: Path) -> None:
    (tmp_path / "c.jsonl").write_text('{"id": "a", "text": "One."}\n{"id": "a", "text": "Two."}\n', encoding="utf-8")
    readouts, errors = read_all(tmp_path / "c.jsonl")
    assert [r.text for r in readouts] == ["One."]
    assert str(errors[0]) == (f"{tmp_path / 'c.jsonl'}:2: duplicate readout id 'a', first seen in "
                              f"{tmp_path / 'c.jsonl'}:1; rename the file or give the readout its own id")


def test_jsonl_line_over_the_limit_is_an_error(tmp_path: Path) -> None:
    long_line = '{"text": "' + "x" * (MAX_READOUT_BYTES + 10) + '"}'
    (tmp_path / "c.jsonl").write_text(f'{long_line}\n{{"text": "Good."}}\n', encoding="utf-8")
    readouts, errors = read_all(tmp_path / "c.jsonl")
    assert [r.source for r in readouts] == [f"{tmp_path / 'c.jsonl'}:2"]
    assert [str(e) for e in errors] == [f"{tmp_path / 'c.jsonl'}:1: line too long for a readout (> 1 MB limit)"]


def test_jsonl_invalid_utf8_names_the_line(tmp_path: Path) -> None:
    (tmp_path / "c.jsonl").write_bytes(b'{"text": "Good."}\n{"text": "Caf\xe9"}\n')
    _, errors = read_all(tmp_path / "c.jsonl")
    assert [e.source for e in errors] == [f"{tmp_path / 'c.jsonl'}:2"] and "not valid UTF-8" in errors[0].reason


# --- folders and runs ----------------------------------------------------------------------------


def corpus_tree(root: Path) -> Path:
    for rel, fixture in [("b/002.txt", "002.txt"), ("a/000.txt", "000.txt"), ("a/z/061.txt", "061.txt"),
                         (".hidden/x.txt", "000.txt"), ("a/.draft.txt", "000.txt")]:
        (root / rel).parent.mkdir(parents=True, exist_ok=True)
        shutil.copy(HTML / fixture, root / rel)
    (root / "notes.pdf").write_bytes(b"%PDF-1.4")
    (root / "a" / "mfa.html").write_bytes((HTML / "mfa_000.html").read_bytes())
    return root


def test_folder_recursion_is_sorted_and_skips_hidden_and_other_files(tmp_path: Path) -> None:
    readouts, errors = read_all(corpus_tree(tmp_path))
    assert [Path(r.source).relative_to(tmp_path).as_posix() for r in readouts] == [
        "a/000.txt", "a/mfa.html", "a/z/061.txt", "b/002.txt"]
    assert errors == []


def test_folder_reading_is_deterministic(tmp_path: Path) -> None:
    root = corpus_tree(tmp_path)
    assert read_all(root)[0] == read_all(root)[0]


def test_named_file_with_unsupported_suffix_is_an_error(tmp_path: Path) -> None:
    corpus_tree(tmp_path)
    _, errors = read_all(tmp_path / "notes.pdf")
    assert [str(e) for e in errors] == [
        f"{tmp_path / 'notes.pdf'}: unsupported file type '.pdf'; supported: {', '.join(SUPPORTED_SUFFIXES)}"]


def test_same_file_twice_is_read_once(tmp_path: Path) -> None:
    root = corpus_tree(tmp_path)
    readouts, errors = read_all(root / "a", root / "a" / "000.txt")
    assert ([r.id for r in readouts], errors) == (["000", "mfa", "061"], [])


def test_duplicate_file_ids_name_both_files(tmp_path: Path) -> None:
    for folder in ("x", "y"):
        (tmp_path / folder).mkdir()
        shutil.copy(HTML / "000.txt", tmp_path / folder / "000.txt")
    readouts, errors = read_all(tmp_path)
    assert [r.source for r in readouts] == [str(tmp_path / "x" / "000.txt")]
    assert [str(e) for e in errors] == [
        f"{tmp_path / 'y' / '000.txt'}: duplicate readout id '000', first seen in {tmp_path / 'x' / '000.txt'}; "
        "rename the file or give the readout its own id"]


def test_folder_skips_only_the_usual_documentation_names(tmp_path: Path) -> None:
    for name in ("UN.md", "G20.md", "README.md", "readme.txt", "Index.md", "SCHEMA.md", "SOURCES.txt",
                 "LICENSE.md", "CHANGELOG.md", "Contributing.md"):
        shutil.copy(HTML / "000.txt", tmp_path / name)
    readouts, errors = read_all(tmp_path)
    assert ([r.id for r in readouts], errors) == (["G20", "UN"], [])


def test_a_headline_of_a_known_genre_ending_in_a_full_stop_is_the_title() -> None:
    readout = readout_from_text("Press release on Foreign Minister Sergey Lavrov's talks with Foreign Minister "
                                "Subrahmanyam Jaishankar.\nOn November 17, Lavrov held talks with Jaishankar.",
                                id="t", source="t")
    assert readout.title == "Press release on Foreign Minister Sergey Lavrov's talks with Foreign Minister " \
                            "Subrahmanyam Jaishankar"
