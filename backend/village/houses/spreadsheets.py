"""The house register as a spreadsheet: reading uploads (CSV or XLSX) and writing exports.

Columns (village.md, "Import/export"): house_number, plot_number, zone,
land_area_sq_wah, plot_type, occupancy, owner_name, owner_phone, owner_email.

- A file is recognised by its content, never its name: an XLSX is a zip
  (openpyxl reads it); anything else must be CSV text in UTF-8 (with or without
  the BOM Excel writes) or, as Excel on Thai Windows saves "CSV", Windows-874.
- Exports are UTF-8 with a BOM (Excel then shows Thai), and a cell that starts
  with = + - @ (or a tab or carriage return) is neutralised with a leading '
  (OWASP "CSV injection"); XLSX cells are written as strings, never formulas.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import Any

import xlsxwriter
from openpyxl import load_workbook

COLUMNS = (
    "house_number",
    "plot_number",
    "zone",
    "land_area_sq_wah",
    "plot_type",
    "occupancy",
    "owner_name",
    "owner_phone",
    "owner_email",
)
MAX_ROWS = 10_000
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
_ZIP = b"PK\x03\x04"


class UnreadableSheet(ValueError):
    """The upload is not a spreadsheet this import reads (the message says what to do)."""


@dataclass(frozen=True)
class Sheet:
    # (the row's number in the file, its cells by column: trimmed strings, "" when empty);
    # the header is row 1, blank rows are left out but keep their numbers counted.
    rows: list[tuple[int, dict[str, str]]]


def read(data: bytes) -> Sheet:
    """The rows of an uploaded CSV or XLSX file; raises UnreadableSheet."""
    rows = _xlsx_rows(data) if data.startswith(_ZIP) else _csv_rows(_decode(data))
    header = [(cell or "").strip().lstrip("\ufeff").lower() for cell in next(rows, [])]
    if "house_number" not in header:
        raise UnreadableSheet(
            "The first row must name the columns, house_number among them: "
            + ", ".join(COLUMNS)
            + "."
        )
    unknown = sorted(set(header) - set(COLUMNS) - {""})
    if unknown:
        raise UnreadableSheet(
            f"Unknown column(s) {', '.join(unknown)}; the columns are: {', '.join(COLUMNS)}."
        )
    found: list[tuple[int, dict[str, str]]] = []
    for number, values in enumerate(rows, start=2):
        if not any((value or "").strip() for value in values):
            continue  # blank lines (Excel leaves some at the end)
        if len(found) == MAX_ROWS:
            raise UnreadableSheet(f"A file holds at most {MAX_ROWS:,} houses; split it.")
        cells = [(value or "").strip() for value in values]
        by_column = {
            name: _unquote(cells[i]) if i < len(cells) else ""
            for i, name in enumerate(header)
            if name
        }
        found.append((number, by_column))
    return Sheet(found)


def _unquote(value: str) -> str:
    """Undo our own neutralisation on the way back in ('+66… was +66…)."""
    return value[1:] if value.startswith("'") and value[1:2] in FORMULA_STARTS else value


def _decode(data: bytes) -> str:
    if b"\x00" in data[:4096]:
        raise UnreadableSheet("This is not a CSV or XLSX file.")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        pass
    try:
        return data.decode("cp874")  # Excel on Thai Windows: "CSV (Comma delimited)"
    except UnicodeDecodeError:
        raise UnreadableSheet("Save the file as CSV UTF-8 or XLSX.") from None


def _csv_rows(text: str) -> Iterator[list[str]]:
    # Excel's dialect; its semicolon variant (some locales) told by the header line alone.
    # (csv.Sniffer would take our own neutralising ' for a quote character.)
    header = text.split("\n", 1)[0]
    delimiter = ";" if ";" in header and "," not in header else ","
    return iter(list(csv.reader(io.StringIO(text), delimiter=delimiter)))


def _xlsx_rows(data: bytes) -> Iterator[list[str]]:
    try:
        book = load_workbook(io.BytesIO(data), read_only=True, data_only=True)
    except Exception as exc:  # a zip that is no workbook, a damaged file: one clear answer
        raise UnreadableSheet("This XLSX file cannot be read; save it again from Excel.") from exc
    sheet = book.worksheets[0]
    rows = [[_cell(value) for value in row] for row in sheet.iter_rows(values_only=True)]
    book.close()
    return iter(rows)


def _cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))  # Excel stores 50 as 50.0
    return str(value)


def neutralise(value: Any) -> Any:
    """A text cell that a spreadsheet would run as a formula gets a leading '."""
    if isinstance(value, str) and value.startswith(FORMULA_STARTS):
        return "'" + value
    return value


def to_csv(rows: Iterable[dict[str, Any]]) -> bytes:
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(COLUMNS)
    for row in rows:
        writer.writerow(["" if row.get(c) is None else neutralise(row[c]) for c in COLUMNS])
    return ("\ufeff" + out.getvalue()).encode("utf-8")


def to_xlsx(rows: Iterable[dict[str, Any]]) -> bytes:
    out = io.BytesIO()
    book = xlsxwriter.Workbook(out, {"in_memory": True, "strings_to_formulas": False})
    sheet = book.add_worksheet("houses")
    header = book.add_format({"bold": True})
    for column, name in enumerate(COLUMNS):
        sheet.write_string(0, column, name, header)
    for number, row in enumerate(rows, start=1):
        for column, name in enumerate(COLUMNS):
            value = row.get(name)
            if value is None:
                continue
            if isinstance(value, int | float) and not isinstance(value, bool):
                sheet.write_number(number, column, value)
            else:
                sheet.write_string(number, column, neutralise(str(value)))
    sheet.freeze_panes(1, 0)
    book.close()
    return out.getvalue()
