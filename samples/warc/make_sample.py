"""Build samples/warc/crawl.warc.gz from the saved pages of samples/html, with warcio (the library
newsctl reads archives with): a crawl as a crawler writes it, each page a request and its
response, with what a crawl also holds and newsctl skips: a warcinfo record, a redirect, a page not
found, an image. Deterministic (fixed record ids and dates), so that the file only changes when
this script does.

    .venv/bin/pip install -e '.[warc]' && .venv/bin/python samples/warc/make_sample.py
"""

from __future__ import annotations

import io
import uuid
from pathlib import Path

from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

HERE = Path(__file__).resolve().parent
PAGES = HERE.parent / "html"
OUT = HERE / "crawl.warc.gz"
CRAWL = [  # (page, its address, the capture date)
    ("drupal-field-date.html", "https://news.example.net/node/51200", "2023-09-21T14:02:11Z"),
    (
        "amp-page.html",
        "https://amp.example.org/2023/09/27/ramallah-albireh",
        "2023-09-28T06:40:00Z",
    ),
    ("json-ld-only-date.html", "https://example.com/news/kaaba-barriers", "2022-08-04T01:15:42Z"),
]

RELATIVE = (
    '<!DOCTYPE html><html><head><meta charset="utf-8">'
    "<title>انقطاع الكهرباء عن أحياء في وسط المدينة</title></head><body>"
    "<h1>انقطاع الكهرباء عن أحياء في وسط المدينة</h1><p>منذ 3 ساعات</p>"
    "<p>انقطعت الكهرباء عن عدة أحياء في وسط المدينة صباح اليوم بسبب عطل في محطة التحويل "
    "الرئيسية، وقالت الشركة إن فرقها تعمل على إصلاحه.</p>"
    "<p>وتوقعت الشركة عودة التيار خلال ساعات.</p></body></html>"
)


def record_id(n: int) -> str:
    return f"<urn:uuid:{uuid.UUID(int=0x6E657773 << 96 | n)}>"


def main() -> None:
    with OUT.open("wb") as out:
        writer = WARCWriter(out, gzip=True)
        n = 0

        def write(kind: str, uri: str, date: str, payload: bytes, http: StatusAndHeaders | None,
                  content_type: str | None = None) -> None:  # fmt: skip
            nonlocal n
            n += 1
            headers = {"WARC-Record-ID": record_id(n), "WARC-Date": date}
            record = writer.create_warc_record(
                uri, kind, payload=io.BytesIO(payload), http_headers=http,
                warc_headers_dict=headers, warc_content_type=content_type,
            )  # fmt: skip
            writer.write_record(record)

        info = b"software: samples/warc/make_sample.py\r\nformat: WARC File Format 1.1\r\n"
        write("warcinfo", "", "2023-09-28T06:39:00Z", info, None, "application/warc-fields")
        for name, uri, date in CRAWL:
            request = StatusAndHeaders(
                "GET / HTTP/1.1", [("Host", uri.split("/")[2])], is_http_request=True
            )
            write("request", uri, date, b"", request)
            page = (PAGES / name).read_bytes()
            http = StatusAndHeaders("200 OK", [("Content-Type", "text/html; charset=utf-8"),
                                               ("Content-Length", str(len(page)))],
                                    protocol="HTTP/1.1")  # fmt: skip
            write("response", uri, date, page, http)
        # a page that dates itself only relative to when it was seen: the capture is that moment
        http = StatusAndHeaders("200 OK", [("Content-Type", "text/html; charset=utf-8")],
                                protocol="HTTP/1.1")  # fmt: skip
        write("response", "https://city.example.org/power-cut", "2024-01-10T12:00:00Z",
              RELATIVE.encode("utf-8"), http)  # fmt: skip
        moved = StatusAndHeaders("301 Moved Permanently", [("Location", CRAWL[0][1])],
                                 protocol="HTTP/1.1")  # fmt: skip
        write("response", "http://news.example.net/node/51200", "2023-09-21T14:02:10Z", b"", moved)
        missing = StatusAndHeaders("404 Not Found", [("Content-Type", "text/html")],
                                   protocol="HTTP/1.1")  # fmt: skip
        gone = b"<html><body><h1>Not Found</h1></body></html>"
        write("response", "https://example.com/news/gone", "2022-08-04T01:15:43Z", gone, missing)
        image = StatusAndHeaders("200 OK", [("Content-Type", "image/png")], protocol="HTTP/1.1")
        write("response", "https://example.com/logo.png", "2022-08-04T01:15:44Z",
              b"\x89PNG\r\n\x1a\n" + bytes(64), image)  # fmt: skip


if __name__ == "__main__":
    main()
