"""Reports as files: CSV for other programs, XLSX laid out for the auditor.

One `Table` (columns, rows, totals rows) is written both ways, so a report's figures are
the same in JSON, CSV and XLSX:

- money is integer satang until it is written, then baht with two decimals from
  `village.money` (no float touches it): in CSV as text "1600.50"; in XLSX as a number
  whose stored text is that same decimal (XlsxWriter writes `f"{n:.16G}"`, exact for a
  Decimal), shown "#,##0.00" so the auditor can add it up;
- CSV is UTF-8 with a BOM (Excel then shows Thai); text that a spreadsheet would run as
  a formula is neutralised as the house register's export does (`neutralise`); XLSX
  cells of text are strings, never formulas;
- the XLSX sheet has the heading an auditor expects above the table (the village's
  name, the report, the period in B.E., when it was generated), the column titles
  repeated on every printed page, frozen panes and a filter.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date
from typing import Any, Literal, cast

import xlsxwriter

from village.houses.spreadsheets import neutralise
from village.money import baht_decimal, format_baht

Kind = Literal["text", "money", "count", "date", "flag"]
CSV = "text/csv"
XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
YES, NO = "ใช่ / yes", ""


@dataclass(frozen=True)
class Column:
    key: str
    label: str  # Thai / English, as the column's title
    kind: Kind = "text"
    width: int = 14


@dataclass(frozen=True)
class Table:
    name: str  # the sheet's name (≤ 31 characters)
    title: str  # "ทะเบียนใบแจ้งหนี้ / Invoice register"
    heading: Sequence[str]  # lines under the title: the village, the period, generated at
    columns: Sequence[Column]
    rows: Sequence[dict[str, Any]]
    totals: Sequence[dict[str, Any]] = field(default_factory=list)  # labelled in column 1


def _text(kind: Kind, value: Any) -> str:
    if value is None:
        return ""
    if kind == "money":
        return format_baht(int(value), separators=False)
    if kind == "flag":
        return (YES if value else NO) if isinstance(value, bool) else str(value)
    if kind == "date":
        return cast(date, value).isoformat()
    return str(neutralise(str(value)))


def to_csv(table: Table) -> bytes:
    """The table as CSV (a title row, the rows, the totals rows), UTF-8 with a BOM."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow([column.label for column in table.columns])
    for row in [*table.rows, *table.totals]:
        writer.writerow([_text(column.kind, row.get(column.key)) for column in table.columns])
    return ("\ufeff" + out.getvalue()).encode("utf-8")


class _Formats:
    def __init__(self, book: xlsxwriter.Workbook) -> None:
        self.title = book.add_format({"bold": True, "font_size": 14})
        self.heading = book.add_format({"italic": True})
        self.header = book.add_format(
            {"bold": True, "text_wrap": True, "valign": "top", "bottom": 1, "bg_color": "#E8E8E8"}
        )
        base = {"valign": "top"}
        total = {"bold": True, "top": 1}
        self.cells = {
            "text": book.add_format(base),
            "money": book.add_format({**base, "num_format": "#,##0.00"}),
            "count": book.add_format({**base, "num_format": "0"}),
            "date": book.add_format({**base, "num_format": "yyyy-mm-dd"}),
            "flag": book.add_format({**base, "align": "center"}),
        }
        self.totals = {
            "text": book.add_format(total),
            "money": book.add_format({**total, "num_format": "#,##0.00"}),
            "count": book.add_format({**total, "num_format": "0"}),
            "date": book.add_format(total),
            "flag": book.add_format({**total, "align": "center"}),
        }


def _write(sheet: Any, at: tuple[int, int], column: Column, value: Any, fmt: Any) -> None:
    row, col = at
    if value is None or value == "":
        sheet.write_blank(row, col, None, fmt)
    elif column.kind == "money":
        # The Decimal's own digits go into the file (XlsxWriter formats it with :.16G).
        sheet.write_number(row, col, cast(float, baht_decimal(int(value))), fmt)
    elif column.kind == "count" and isinstance(value, int):
        sheet.write_number(row, col, value, fmt)
    elif column.kind == "date" and isinstance(value, date):
        sheet.write_datetime(row, col, value, fmt)
    else:
        sheet.write_string(row, col, _text(column.kind, value), fmt)


def to_xlsx(table: Table) -> bytes:
    """The table as an XLSX workbook of one sheet, headed for the auditor."""
    out = io.BytesIO()
    book = xlsxwriter.Workbook(
        out, {"in_memory": True, "strings_to_formulas": False, "strings_to_urls": False}
    )
    formats = _Formats(book)
    sheet = book.add_worksheet(table.name[:31])
    sheet.write_string(0, 0, table.title, formats.title)
    for number, line in enumerate(table.heading, start=1):
        sheet.write_string(number, 0, line, formats.heading)
    header_row = len(table.heading) + 2  # a blank row between the heading and the table
    for col, column in enumerate(table.columns):
        sheet.set_column(col, col, column.width)
        sheet.write_string(header_row, col, column.label, formats.header)
    row = header_row
    for row_number, values in enumerate(table.rows, start=header_row + 1):
        row = row_number
        for col, column in enumerate(table.columns):
            _write(sheet, (row, col), column, values.get(column.key), formats.cells[column.kind])
    for values in table.totals:
        row += 1
        for col, column in enumerate(table.columns):
            _write(sheet, (row, col), column, values.get(column.key), formats.totals[column.kind])
    sheet.freeze_panes(header_row + 1, 1)
    if table.rows:
        sheet.autofilter(header_row, 0, header_row + len(table.rows), len(table.columns) - 1)
    sheet.repeat_rows(header_row)
    sheet.set_landscape()
    sheet.set_paper(9)  # A4
    sheet.fit_to_pages(1, 0)  # as wide as one page, as long as it takes
    sheet.set_footer("&L" + table.title.replace("&", "&&") + "&RPage &P / &N")
    book.close()
    return out.getvalue()
