"""Importing and exporting the register: idempotent, all-or-nothing, Excel-friendly, safe."""

from __future__ import annotations

import io

import pytest
from openpyxl import Workbook, load_workbook

from tests.helpers import audit_events

HEADER = ",".join(
    ("house_number", "plot_number", "zone", "land_area_sq_wah", "plot_type", "occupancy",
     "owner_name", "owner_phone", "owner_email")
)  # fmt: skip
THREE = [
    "99/1,P-1,A,50.25,residential,occupied,สมชาย ใจดี,081-234-5678,",
    "99/2,P-2,A,80,residential,vacant,สมหญิง ดีใจ,0891112222,somying@example.com",
    "๙๙/๓,P-3,B,100,commercial,occupied,,,",
]


def csv_file(*lines, header=HEADER, encoding="utf-8-sig"):
    return ("\r\n".join([header, *lines]) + "\r\n").encode(encoding)


@pytest.fixture
def office(login_as):
    return login_as("village_admin")


def upload(client, office, data, *, dry_run, name="houses.csv"):
    return client.post(
        f"/api/v1/houses/import?dry_run={'true' if dry_run else 'false'}",
        data={"file": (io.BytesIO(data), name)},
        content_type="multipart/form-data",
        headers=office.headers,
    )


def numbers(client, office):
    items = client.get("/api/v1/houses?per_page=100", headers=office.headers).json["items"]
    return [house["house_number"] for house in items]


def test_a_dry_run_reports_and_writes_nothing_then_the_real_run_writes(client, office, app):
    data = csv_file(*THREE)
    dry = upload(client, office, data, dry_run=True)
    assert dry.status_code == 200, dry.json
    assert dry.json == {"dry_run": True, "created": 3, "updated": 0, "unchanged": 0, "errors": []}
    assert numbers(client, office) == []
    real = upload(client, office, data, dry_run=False).json
    assert (real["created"], real["errors"]) == (3, [])
    assert numbers(client, office) == ["99/1", "99/2", "99/3"]
    house = client.get("/api/v1/houses?q=99/1", headers=office.headers).json["items"][0]
    detail = client.get(f"/api/v1/houses/{house['id']}", headers=office.headers).json
    assert (detail["land_area_sq_wah"], detail["zone"]) == (50.25, "A")
    [owner] = detail["members"]
    assert (owner["user"]["full_name"], owner["user"]["phone"]) == ("สมชาย ใจดี", "+66812345678")
    assert (owner["relation"], owner["is_primary_contact"]) == ("owner", True)
    again = upload(client, office, data, dry_run=False).json
    assert (again["created"], again["updated"], again["unchanged"]) == (0, 0, 3)  # idempotent
    events = audit_events(app, "houses_imported")
    assert [e.details["created"] for e in events] == [3, 0]


def test_one_bad_row_writes_nothing_and_every_error_names_its_row_and_field(client, office):
    data = csv_file(
        THREE[0],
        "99/2,,A,fifty,palace,occupied,,,",
        "99/1,,,,,,,,",  # the same house twice
        ",,,,,,,,",  # blank: skipped
        "99/4,,,,,,Nobody,,",  # an owner with no way to reach them
        "99/5,,,,,,Someone,02-123-4567,",  # a landline
    )
    report = upload(client, office, data, dry_run=False).json
    assert (report["created"], report["dry_run"]) == (1, False)  # the one good row, not written
    problems = {(e["row"], e["field"]) for e in report["errors"]}
    assert problems == {
        (3, "land_area_sq_wah"),
        (3, "plot_type"),
        (4, "house_number"),
        (6, "owner_phone"),
        (7, "owner_phone"),
    }
    assert numbers(client, office) == []


def test_a_phone_in_three_formats_is_one_person_and_different_names_are_an_error(
    client, office, login_as
):
    same = csv_file(
        "1/1,,,,,,Dang,081-555-6666,",
        "1/2,,,,,,Dang,+66 81 555 6666,",
        "1/3,,,,,,Dang,๐๘๑๕๕๕๖๖๖๖,",
    )
    assert upload(client, office, same, dry_run=False).json["errors"] == []
    admin = login_as("super_admin")
    found = client.get("/api/v1/users?q=0815556666", headers=admin.headers).json
    assert [u["house_number"] for u in found["items"]] == ["1/1, 1/2, 1/3"]
    clash = csv_file("2/1,,,,,,Daeng,0817770000,", "2/2,,,,,,Noi,081-777-0000,")
    errors = upload(client, office, clash, dry_run=True).json["errors"]
    assert errors == [
        {"row": 3, "field": "owner_name", "message": "Row 2 gives this owner as Daeng."}
    ]


def test_an_existing_person_is_linked_by_phone_never_duplicated(client, office, make_user):
    person = make_user(full_name="Existing Owner", phone="+66816660000")
    report = upload(client, office, csv_file("3/1,,,,,,Someone Else,0816660000,"), dry_run=False)
    assert report.json["errors"] == []
    house = client.get("/api/v1/houses?q=3/1", headers=office.headers).json["items"][0]
    members = client.get(f"/api/v1/houses/{house['id']}/members", headers=office.headers).json
    assert [m["user"]["id"] for m in members] == [person.id]


def test_excels_thai_csv_and_xlsx_are_read(client, office):
    thai_windows = csv_file("4/1,,ซอย 1,,,,สมศรี,0812223344,", encoding="cp874")
    assert upload(client, office, thai_windows, dry_run=False).json["errors"] == []
    book = Workbook()
    sheet = book.active
    sheet.append(HEADER.split(","))
    sheet.append(["4/2", None, "ซอย 2", 75.5, "residential", "occupied", None, None, None])
    out = io.BytesIO()
    book.save(out)
    report = upload(client, office, out.getvalue(), dry_run=False, name="whatever.bin").json
    assert (report["created"], report["errors"]) == (1, [])
    assert numbers(client, office) == ["4/1", "4/2"]
    zones = client.get("/api/v1/houses/zones", headers=office.headers).json
    assert zones == ["ซอย 1", "ซอย 2"]


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (b"", "The first row must name the columns"),
        (b"name,phone\r\nA,1\r\n", "The first row must name the columns"),
        (b"house_number,colour\r\n1/1,red\r\n", "Unknown column(s) colour"),
        (b"\x00\x01\x02binary", "This is not a CSV or XLSX file"),
        (b"PK\x03\x04not really a workbook", "This XLSX file cannot be read"),
    ],
)
def test_a_file_that_is_no_register_is_a_clear_422(client, office, data, message):
    answer = upload(client, office, data, dry_run=True)
    assert answer.status_code == 422
    assert answer.json["errors"][0]["field"] == "file"
    assert message in answer.json["errors"][0]["message"]


def test_the_upload_has_its_own_limits_and_media_type(client, office, make_app, login_as):
    missing = client.post(
        "/api/v1/houses/import", data={}, content_type="multipart/form-data", headers=office.headers
    )
    assert (missing.status_code, missing.json["errors"][0]["field"]) == (422, "file")
    as_json = client.post("/api/v1/houses/import", json={"file": "x"}, headers=office.headers)
    assert as_json.status_code == 415
    big = csv_file(*(f"{n}/1,,,,,,,," for n in range(1, 10_002)))
    assert len(big) > 64 * 1024  # past the JSON limit: uploads have their own
    answer = upload(client, office, big, dry_run=True)
    assert answer.status_code == 422
    assert "at most 10,000 houses" in answer.json["errors"][0]["message"]
    small = make_app(UPLOAD_MAX_BYTES=64 * 1024).test_client()
    someone = login_as("village_admin")
    too_large = small.post(
        "/api/v1/houses/import?dry_run=true",
        data={"file": (io.BytesIO(big), "big.csv")},
        content_type="multipart/form-data",
        headers=someone.headers,
    )
    assert too_large.status_code == 413


def test_export_gives_the_same_columns_back_neutralised_and_round_trips(client, office):
    upload(client, office, csv_file(*THREE, "=1+1/2,@cmd,-zone,,,,,,"), dry_run=False)
    exported = client.get("/api/v1/houses/export?format=csv", headers=office.headers)
    assert exported.headers["Content-Disposition"] == 'attachment; filename="houses.csv"'
    text = exported.data.decode("utf-8-sig")
    lines = text.splitlines()
    assert lines[0] == HEADER
    assert "99/1,P-1,A,50.25,residential,occupied,สมชาย ใจดี,081-234-5678," in lines
    formula = next(line for line in lines if "1+1/2" in line)
    assert formula.startswith("'=1+1/2,'@cmd,'-zone,")
    back = upload(client, office, exported.data, dry_run=True).json
    assert (back["created"], back["updated"], back["errors"]) == (0, 0, []), (back, text)
    xlsx = client.get("/api/v1/houses/export?format=xlsx", headers=office.headers)
    sheet = load_workbook(io.BytesIO(xlsx.data)).active
    rows = list(sheet.iter_rows(values_only=True))
    assert rows[0] == tuple(HEADER.split(","))
    cell = next(row for row in rows if row[0] == "'=1+1/2")
    assert cell[1] == "'@cmd"  # a string, never a formula
    area = next(row for row in rows if row[0] == "99/1")[3]
    assert area == 50.25


def test_a_resident_exports_only_their_own_house(client, office, login_as, make_member):
    upload(client, office, csv_file(*THREE), dry_run=False)
    resident = login_as("resident")
    exported = client.get("/api/v1/houses/export", headers=resident.headers).data.decode(
        "utf-8-sig"
    )
    assert exported.splitlines() == [HEADER]
