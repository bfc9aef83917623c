"""The HTML report of ``newsctl stats --html``: one self-contained page (no network, inline SVG
charts, right-to-left layout) that a cron job can mail."""

from __future__ import annotations

import html
from typing import Any

from .sinks import AtomicFileSink

CSS = """
body{font-family:"Noto Naskh Arabic","Noto Sans Arabic","Segoe UI",Tahoma,sans-serif;margin:2rem;
color:#1d2733;background:#fff}
h1{font-size:1.6rem}h2{font-size:1.15rem;margin-top:2rem;border-bottom:1px solid #ccd}
table{border-collapse:collapse;margin:.5rem 0}
td,th{padding:.2rem .8rem;border-bottom:1px solid #eee}
td.n{text-align:left;font-variant-numeric:tabular-nums;direction:ltr}
.summary td:first-child{color:#567}svg{display:block;margin:.5rem 0;max-width:100%}
.ltr{direction:ltr;unicode-bidi:embed}
"""


def _e(value: Any) -> str:
    return html.escape(str(value))


def bar_chart(data: dict[str, int], *, width: int = 760, bar_height: int = 18) -> str:
    """Horizontal bars, one per key, as inline SVG (labels left, bars to the right)."""
    if not data:
        return ""
    most = max(data.values())
    label_width, count_width = 200, 50
    room = width - label_width - count_width
    rows = []
    for i, (key, value) in enumerate(data.items()):
        y = i * (bar_height + 4)
        length = max(1, round(value / most * room))
        rows.append(
            f'<text x="{label_width - 6}" y="{y + bar_height - 5}" text-anchor="end" '
            f'font-size="13">{_e(key)}</text>'
            f'<rect x="{label_width}" y="{y}" width="{length}" height="{bar_height}" '
            f'fill="#2b7bb9"><title>{_e(key)}: {value}</title></rect>'
            f'<text x="{label_width + length + 6}" y="{y + bar_height - 5}" font-size="13">'
            f"{value}</text>"
        )
    height = len(data) * (bar_height + 4)
    return (
        f'<svg xmlns="http://www.w3.org/2000/svg" width="{width}" height="{height}" '
        f'viewBox="0 0 {width} {height}" role="img" direction="ltr">{"".join(rows)}</svg>'
    )


def table(data: dict[str, int]) -> str:
    rows = "".join(f"<tr><td>{_e(k)}</td><td class=n>{v}</td></tr>" for k, v in data.items())
    return f"<table>{rows}</table>" if rows else "<p>—</p>"


def build(figures: dict[str, Any]) -> str:
    summary = [
        ("عدد المقالات", figures["articles"]),
        ("من", figures["first_date"] or "-"),
        ("إلى", figures["last_date"] or "-"),
        ("بلا تاريخ", len(figures["without_date"])),
        ("ملفات تعذرت قراءتها", figures["inputs_failed"]),
        ("سجلات تعذرت قراءتها", figures["records_failed"]),
        ("معرّفات مكررة", len(figures["duplicate_ids"])),
    ]
    sections = [
        "<h1>تقرير newsctl</h1>",
        '<table class="summary">'
        + "".join(f"<tr><td>{_e(k)}</td><td class=n>{_e(v)}</td></tr>" for k, v in summary)
        + "</table>",
        "<h2>المقالات في كل يوم</h2>" + bar_chart(figures["per_day"]),
        "<h2>المقالات في كل شهر</h2>" + bar_chart(figures["per_month"]),
        "<h2>حسب الوكالة</h2>" + table(figures["per_agency"]),
        "<h2>حسب المصدر</h2>" + table(figures["per_source"]),
        "<h2>التنبيهات</h2>" + table(figures["warnings"]),
        "<h2>الترميز</h2>" + table(figures["encodings"]),
        "<h2>أنظمة أسماء الأشهر</h2>" + table(figures["month_systems"]),
    ]
    if figures["duplicate_ids"]:
        dup = "".join(
            f"<tr><td class=ltr>{_e(i)}</td><td class=ltr>{_e(', '.join(p))}</td></tr>"
            for i, p in figures["duplicate_ids"].items()
        )
        sections.append(f"<h2>معرّفات مكررة</h2><table>{dup}</table>")
    if figures["without_date"]:
        items = "".join(f"<li class=ltr>{_e(p)}</li>" for p in figures["without_date"])
        sections.append(f"<h2>بلا تاريخ</h2><ul>{items}</ul>")
    return (
        '<!DOCTYPE html>\n<html lang="ar" dir="rtl"><head><meta charset="utf-8">'
        '<meta name="viewport" content="width=device-width, initial-scale=1">'
        f"<title>تقرير newsctl</title><style>{CSS}</style></head><body>"
        + "\n".join(sections)
        + "</body></html>\n"
    )


def write_report(path: str, figures: dict[str, Any]) -> None:
    """Write the report atomically (a temporary file renamed into place)."""
    sink = AtomicFileSink(path)
    try:
        sink.write(build(figures).encode("utf-8"))
        sink.commit()
    except BaseException:
        sink.abort()
        raise
