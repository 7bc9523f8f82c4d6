"""Every reader on tiny files built here: text, HTML, JSONL, WARC, RSS/Atom, and gzip of each."""

from __future__ import annotations

import gzip
import io
import json
from pathlib import Path

import pytest

from diurna.errors import DiurnaError
from diurna.model import Article
from diurna.sources.dispatch import count_items, kind_of, read_paths

BODY = (
    "Serbian President Aleksandar Vucic said on Monday that Serbia would not impose sanctions "
    "on Russia, despite pressure from the European Union. The European Union has repeatedly "
    "urged Belgrade to align its foreign policy with the bloc."
)
HTML = f"""<!DOCTYPE html><html><head><title>Serbia rejects sanctions</title>
<meta property="article:published_time" content="2024-10-20T10:00:00Z">
<meta property="og:site_name" content="Example News"></head>
<body><nav>Home | World | Sport</nav><article><h1>Serbia rejects sanctions</h1>
<p>{BODY}</p><p>Vucic met the Russian ambassador in Belgrade on Sunday, his office said.</p>
</article><footer>Copyright Example News</footer></body></html>"""
RSS = f"""<?xml version="1.0"?><rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/">
<channel><title>Example Wire</title><link>https://example.org</link><description>news</description>
<item><title>Sanctions</title><link>https://example.org/a</link><guid>a-1</guid>
<pubDate>Mon, 21 Oct 2024 09:00:00 GMT</pubDate><description>short summary</description>
<content:encoded><![CDATA[<p>{BODY}</p><p>Second paragraph &amp; more.</p>]]></content:encoded></item>
<item><title>Talks</title><link>https://example.org/b</link><pubDate>Tue, 22 Oct 2024 09:00:00 GMT</pubDate>
<description>&lt;p&gt;France and Germany held talks in Paris on trade.&lt;/p&gt;</description></item>
<item><title>Empty</title><link>https://example.org/c</link></item>
</channel></rss>"""
ATOM = f"""<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom">
<title>Atom Wire</title><id>urn:feed</id><updated>2024-10-23T00:00:00Z</updated>
<entry><title>Atom item</title><id>urn:e1</id><link href="https://example.org/e1"/>
<published>2024-10-23T08:00:00Z</published><content type="html">&lt;p&gt;{BODY}&lt;/p&gt;</content></entry>
</feed>"""


def write(path: Path, data: str | bytes, gz: bool = False) -> Path:
    raw = data.encode("utf-8") if isinstance(data, str) else data
    path.write_bytes(gzip.compress(raw) if gz else raw)
    return path


def items(*paths: Path, **kw) -> list:
    return list(read_paths([str(p) for p in paths], **kw))


def only_article(found: list) -> Article:
    assert len(found) == 1 and isinstance(found[0], Article), found
    return found[0]


@pytest.mark.parametrize("gz", [False, True])
def test_sources_text_file_is_one_article(tmp_path, gz):
    path = write(tmp_path / ("a.txt.gz" if gz else "a.txt"), BODY, gz)
    article = only_article(items(path))
    assert article.text == BODY
    assert article.meta["ref"] == str(path)


@pytest.mark.parametrize("gz", [False, True])
def test_sources_html_main_text_and_metadata(tmp_path, gz):
    path = write(tmp_path / ("a.html.gz" if gz else "a.html"), HTML, gz)
    article = only_article(items(path))
    assert article.text.startswith("Serbian President")  # the <h1> title line is dropped
    assert "Home | World" not in article.text and "Copyright" not in article.text
    assert "ambassador in Belgrade" in article.text
    assert (article.title, article.date, article.source) == ("Serbia rejects sanctions", "2024-10-20", "Example News")


@pytest.mark.parametrize("gz", [False, True])
def test_sources_jsonl_keeps_external_id_and_line_refs(tmp_path, gz):
    lines = [{"id": "x1", "text": BODY, "date": "20241020", "source": "Wire"}, {"text": "No id here at all."}]
    path = write(tmp_path / ("a.jsonl.gz" if gz else "a.jsonl"), "".join(json.dumps(r) + "\n" for r in lines), gz)
    first, second = items(path)
    assert first.meta["external_id"] == "x1" and first.date == "2024-10-20" and first.source == "Wire"
    assert first.meta["ref"] == f"{path}:1"
    assert "external_id" not in second.meta and second.meta["ref"] == f"{path}:2"


def write_warc(path: Path, gz: bool) -> Path:
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    with open(path, "wb") as handle:
        writer = WARCWriter(handle, gzip=gz)
        for url, ctype, payload in (
            ("https://example.org/news/1", "text/html; charset=utf-8", HTML.encode()),
            ("https://example.org/logo.png", "image/png", b"\x89PNG\r\n\x1a\n\x00\x00"),
            ("https://example.org/404", "text/html", b"<html>gone</html>"),
        ):
            status = "404 Not Found" if url.endswith("404") else "200 OK"
            headers = StatusAndHeaders(status, [("Content-Type", ctype)], protocol="HTTP/1.1")
            record = writer.create_warc_record(url, "response", payload=io.BytesIO(payload), http_headers=headers)
            writer.write_record(record)
        request = writer.create_warc_record("https://example.org/news/1", "request", payload=io.BytesIO(b"GET /"))
        writer.write_record(request)
    return path


@pytest.mark.parametrize("gz", [False, True])
def test_sources_warc_html_responses_become_articles(tmp_path, gz):
    path = write_warc(tmp_path / ("a.warc.gz" if gz else "a.warc"), gz)
    article = only_article(items(path))  # the image, the 404 and the request are skipped
    assert article.url == "https://example.org/news/1"
    assert article.title == "Serbia rejects sanctions" and article.date == "2024-10-20"
    assert article.meta["ref"].startswith(f"{path}#urn:uuid:")


def test_sources_warc_whole_file_gzip(tmp_path):
    plain = write_warc(tmp_path / "plain.warc", gz=False)
    path = write(tmp_path / "whole.warc.gz", plain.read_bytes(), gz=True)
    assert only_article(items(path)).url == "https://example.org/news/1"


@pytest.mark.parametrize("gz", [False, True])
def test_sources_rss_entries_become_articles(tmp_path, gz):
    path = write(tmp_path / ("feed.rss.gz" if gz else "feed.rss"), RSS, gz)
    first, second, empty = items(path)
    assert first.text.startswith("Serbian President") and "Second paragraph & more." in first.text
    assert "\n\n" in first.text  # paragraphs kept
    assert (first.title, first.url, first.date, first.source) == ("Sanctions", "https://example.org/a", "2024-10-21", "Example Wire")
    assert first.meta["ref"] == f"{path}#a-1"
    assert second.text == "France and Germany held talks in Paris on trade." and second.date == "2024-10-22"
    assert isinstance(empty, DiurnaError) and empty.code == "D001"


def test_sources_atom_feed_sniffed_from_xml(tmp_path):
    path = write(tmp_path / "feed.xml", ATOM)
    assert kind_of(path) == "rss"
    article = only_article(items(path))
    assert article.date == "2024-10-23" and article.url == "https://example.org/e1"


@pytest.mark.parametrize(
    "name, data, kind",
    [
        ("noext", "WARC/1.0\r\n", "warc"),
        ("noext", "<?xml version='1.0'?><rss version='2.0'>", "rss"),
        ("noext", "<!DOCTYPE html><html>", "html"),
        ("noext", '{"text": "x"}\n', "jsonl"),
        ("noext", "Plain words.", "text"),
        ("a.HTM", "whatever", "html"),
        ("a.ndjson.gz", "{}", "jsonl"),
    ],
)
def test_sources_dispatch_kind(tmp_path, name, data, kind):
    assert kind_of(write(tmp_path / name, data, gz=name.endswith(".gz"))) == kind


def test_sources_folder_walks_sorted_and_skips_hidden(tmp_path):
    write(tmp_path / "b.txt", "Second article text.")
    (tmp_path / "sub").mkdir()
    write(tmp_path / "sub" / "c.html", HTML)
    write(tmp_path / "a.txt", "First article text.")
    write(tmp_path / ".hidden.txt", "Never read.")
    found = items(tmp_path)
    assert [Path(a.meta["ref"]).name for a in found] == ["a.txt", "b.txt", "c.html"]
    assert count_items([tmp_path]) == 3


def test_sources_count_items_by_kind(tmp_path):
    write(tmp_path / "a.jsonl", '{"text": "a"}\n\n{"text": "b"}\n')
    write(tmp_path / "f.rss", RSS)
    assert count_items([tmp_path]) == 2 + 3
    write_warc(tmp_path / "w.warc", gz=False)
    assert count_items([tmp_path]) is None  # a WARC's article count is unknown up front


@pytest.mark.parametrize(
    "name, data, code",
    [
        ("binary.txt", b"\x00\x01\x02PNG" * 10, "D002"),
        ("latin1.txt", "Caf\xe9 news".encode("latin-1"), "D003"),
        ("broken.html", b"<html><body><div><p>", "D031"),
        ("binary.html", b"<html>\x00\x00\x00</html>", "D002"),
        ("broken.warc", b"this is no web archive, only a line of text\n", "D032"),
        ("broken.rss", b"<?xml version='1.0'?><rss><channel><item><title>unclosed", "D033"),
        ("corrupt.txt.gz", b"\x1f\x8b\x08\x00garbage-not-deflate", "D034"),
    ],
)
def test_sources_bad_files_are_coded_errors(tmp_path, name, data, code):
    found = items(write(tmp_path / name, data))
    assert [getattr(i, "code", None) for i in found] == [code]
    assert found[0].details["ref"].startswith(str(tmp_path))


def test_sources_huge_file_is_refused_without_reading_it_all(tmp_path):
    path = write(tmp_path / "huge.txt", "word " * 5000)
    (error,) = items(path, max_bytes=1000)
    assert error.code == "D030" and "1,000" in error.cause


def test_sources_missing_and_dangling_paths(tmp_path):
    (tmp_path / "dir").mkdir()
    (tmp_path / "dir" / "link.txt").symlink_to(tmp_path / "nowhere.txt")
    found = items(tmp_path / "missing.txt", tmp_path / "dir")
    assert [e.code for e in found] == ["D010", "D010"]
