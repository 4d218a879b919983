"""Announcements (village.md, "Announcements"): writing, states, freezing, audiences,
the resident's feed, reads, and the sanitised body."""

from __future__ import annotations

from html.parser import HTMLParser

import pytest

from tests.announcements.conftest import BASE, feed, later
from village import database
from village.audit.models import AuditEvent
from village.enums import Role

# --- writing and states ------------------------------------------------------------


def test_a_draft_a_scheduled_and_a_published_announcement(client, village, post):
    draft = post(title="Draft", publish_at=None)
    scheduled = post(title="Scheduled", publish_at=later(days=2))
    published = post(title="Now")
    assert (draft["status"], scheduled["status"], published["status"]) == (
        "draft",
        "scheduled",
        "published",
    )
    assert published["author"]["id"] == village.staff.user.id
    assert published["body_html"] == "<p>The <strong>water</strong> is off on Tuesday.</p>\n"
    assert published["read_count"] == 0
    assert published["recipient_count"] == 3  # every current member of a house
    assert feed(client, village.owner_a) == ["Now"]


def test_a_publish_time_in_the_past_means_now_never_backdated(client, village, post):
    created = post(publish_at="2020-01-01T00:00:00+07:00")
    assert created["status"] == "published"
    assert created["publish_at"] > "2026-01-01"


@pytest.mark.parametrize(
    ("change", "field", "code"),
    [
        ({"title": "x" * 201}, "title", "too_long"),
        ({"title": "   "}, "title", None),
        ({"body": "x" * 20_001}, "body", "too_long"),
        ({"priority": "urgent"}, "expires_at", "required"),
        ({"priority": "loud"}, "priority", None),
        ({"expires_at": "2020-01-01T00:00:00Z"}, "expires_at", "too_early"),
        ({"publish_at": "2030-01-01T00:00:00"}, "publish_at", None),  # no offset
        ({"audience": {"kind": "zones"}}, "audience", None),
        ({"audience": {"kind": "zones", "zones": []}}, "audience", None),
        ({"audience": {"kind": "all", "zones": ["A"]}}, "audience", None),
        ({"audience": {"kind": "houses", "house_ids": ["x"]}}, "audience", None),
        ({"audience": {"kind": "everyone"}}, "audience", None),
        ({"audience": {"kind": "zones", "zones": ["Z"]}}, "audience.zones", "unknown_zone"),
        ({"audience": {"kind": "houses", "house_ids": [999999]}}, "audience.house_ids", None),
    ],
)
def test_bad_announcements_are_422_naming_the_field(client, village, change, field, code):
    body = {"title": "T", "body": "B", "audience": {"kind": "all"}} | change
    response = client.post(BASE, json=body, headers=village.staff.headers)
    assert response.status_code == 422, response.json
    assert response.mimetype == "application/problem+json"
    errors = response.json["errors"]
    assert any(e["field"].startswith(field) for e in errors), errors
    if code:
        assert any(e["code"] == code for e in errors), errors


def test_thai_and_unicode_titles_are_kept(client, village, post):
    title = "ประกาศ: งดจ่ายน้ำ 🚰 วันอังคาร"
    created = post(title=title, body="ตัดน้ำ *ชั่วคราว*")
    assert created["title"] == title
    assert "<em>ชั่วคราว</em>" in created["body_html"]


def test_duplicate_zones_and_houses_are_one_target(client, village, post):
    created = post(audience={"kind": "zones", "zones": ["A", "A"]})
    assert created["audience"] == {"kind": "zones", "zones": ["A"], "house_ids": []}
    ids = [village.house_b.id, village.house_b.id]
    created = post(audience={"kind": "houses", "house_ids": ids})
    assert created["audience"]["house_ids"] == [village.house_b.id]


# --- XSS ---------------------------------------------------------------------------

XSS = [
    "<script>alert(1)</script>",
    "<img src=x onerror=alert(1)>",
    '<a href="javascript:alert(1)">x</a>',
    "[click](javascript:alert(1))",
    "[click](JAVASCRIPT:alert(1))",
    "[click](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)",
    "[click](vbscript:msgbox(1))",
    "![x](javascript:alert(1))",
    '<svg onload="alert(1)">',
    '<iframe src="https://evil.example"></iframe>',
    "<style>body{display:none}</style>",
    '[x](https://ok.example "a\\" onmouseover=\\"alert(1))',
    "<details open ontoggle=alert(1)>",
    "`<script>` in code is text",
]


class Elements(HTMLParser):
    """Every element and attribute a browser would build from the HTML."""

    def __init__(self) -> None:
        super().__init__()
        self.found: list[tuple[str, dict[str, str | None]]] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.found.append((tag, dict(attrs)))


SAFE_TAGS = {"p", "a", "code", "br", "strong", "em", "pre"}


@pytest.mark.parametrize("payload", XSS)
def test_bodies_are_rendered_without_script_or_handlers(client, village, post, payload):
    html = post(body=f"Hello\n\n{payload}")["body_html"]
    parsed = Elements()
    parsed.feed(html)
    for tag, attrs in parsed.found:
        assert tag in SAFE_TAGS, html
        assert not [name for name in attrs if name.startswith("on") or name == "style"], html
        href = (attrs.get("href") or "https://").lower()
        assert href.startswith(("http://", "https://", "mailto:", "tel:")), html
        if tag == "a":
            assert attrs["rel"] == "noopener nofollow"


def test_links_get_noopener_nofollow(client, village, post):
    html = post(body="See [the minutes](https://village.example/minutes.pdf).")["body_html"]
    assert (
        '<a href="https://village.example/minutes.pdf" rel="noopener nofollow">the minutes</a>'
        in html
    )


def test_the_preview_renders_like_a_saved_body(client, village):
    body = "**Hi** <script>alert(1)</script> [x](https://a.example)"
    preview = client.post(f"{BASE}/preview", json={"body": body}, headers=village.staff.headers)
    assert preview.status_code == 200
    assert "<script" not in preview.json["body_html"]
    assert 'rel="noopener nofollow"' in preview.json["body_html"]
    resident = client.post(f"{BASE}/preview", json={"body": body}, headers=village.owner_a.headers)
    assert resident.status_code == 403


# --- freezing ----------------------------------------------------------------------


def test_a_draft_changes_in_every_field(client, village, post):
    draft = post(publish_at=None)
    changed = client.patch(
        f"{BASE}/{draft['id']}",
        json={
            "title": "New",
            "body": "# Big",
            "audience": {"kind": "owners"},
            "priority": "urgent",
            "expires_at": later(days=3),
        },
        headers=village.staff.headers,
    )
    assert changed.status_code == 200, changed.json
    assert changed.json["body_html"] == "<h1>Big</h1>\n"
    assert changed.json["audience"]["kind"] == "owners"
    assert changed.json["status"] == "draft"


@pytest.mark.parametrize(
    "change",
    [
        {"title": "Changed"},
        {"body": "Changed"},
        {"audience": {"kind": "owners"}},
        {"priority": "urgent", "expires_at": later(days=1)},
        {"publish_at": later(days=1)},
        {"publish_at": None},
    ],
)
def test_once_published_title_body_audience_are_frozen(client, village, post, change):
    published = post()
    response = client.patch(f"{BASE}/{published['id']}", json=change, headers=village.staff.headers)
    assert response.status_code == 409
    assert response.json["code"] == "announcement_published"
    again = client.get(f"{BASE}/{published['id']}", headers=village.staff.headers).json
    assert again["title"] == published["title"]
    assert again["audience"] == published["audience"]


def test_once_published_pinned_and_expiry_still_change(client, village, post):
    published = post()
    same = {k: published[k] for k in ("title", "body", "audience", "publish_at")}
    response = client.patch(
        f"{BASE}/{published['id']}",
        json={**same, "pinned": True, "expires_at": later(days=9)},
        headers=village.staff.headers,
    )
    assert response.status_code == 200, response.json
    assert response.json["pinned"] is True
    assert response.json["expires_at"] is not None


def test_archiving_ends_it_everywhere_and_freezes_it(client, village, post):
    published = post()
    archived = client.post(f"{BASE}/{published['id']}/archive", headers=village.staff.headers)
    assert archived.status_code == 200
    assert archived.json["status"] == "archived"
    assert feed(client, village.owner_a) == []
    again = client.patch(
        f"{BASE}/{published['id']}", json={"pinned": True}, headers=village.staff.headers
    )
    assert again.status_code == 409
    assert again.json["code"] == "announcement_archived"
    twice = client.post(f"{BASE}/{published['id']}/archive", headers=village.staff.headers)
    assert twice.status_code == 200


def test_an_expired_announcement_leaves_the_feed(client, village, post):
    import time_machine

    post(title="Soon over", priority="urgent", expires_at=later(minutes=1))
    assert feed(client, village.owner_a) == ["Soon over"]
    with time_machine.travel(later(minutes=2), tick=False):
        assert feed(client, village.owner_a) == []
        listed = client.get(f"{BASE}?status=archived", headers=village.staff.headers).json
        assert [a["title"] for a in listed["items"]] == ["Soon over"]


def test_publish_now(client, village, post):
    draft = post(publish_at=None)
    published = client.post(f"{BASE}/{draft['id']}/publish", headers=village.staff.headers)
    assert published.status_code == 200
    assert published.json["status"] == "published"
    assert feed(client, village.owner_b) == ["Water cut"]


# --- audiences and the feed --------------------------------------------------------


def test_each_audience_reaches_exactly_its_people(client, village, post):
    post(title="all")
    post(title="zone A", audience={"kind": "zones", "zones": ["A"]})
    post(title="owners", audience={"kind": "owners"})
    post(title="house B", audience={"kind": "houses", "house_ids": [village.house_b.id]})
    assert sorted(feed(client, village.owner_a)) == ["all", "owners", "zone A"]
    assert sorted(feed(client, village.tenant_a)) == ["all", "zone A"]
    assert sorted(feed(client, village.owner_b)) == ["all", "house B", "owners"]


def test_a_resident_without_a_house_sees_nothing(client, village, post, login_as):
    post(title="all")
    assert feed(client, login_as(Role.RESIDENT)) == []


def test_an_announcement_not_addressed_to_a_resident_is_404(client, village, post):
    for_b = post(audience={"kind": "zones", "zones": ["B"]})
    draft = post(publish_at=None)
    scheduled = post(publish_at=later(days=1))
    for hidden in (for_b, draft, scheduled):
        for path in ("", "/read"):
            method = client.post if path else client.get
            response = method(f"{BASE}/{hidden['id']}{path}", headers=village.owner_a.headers)
            assert response.status_code == 404, (hidden["status"], path)
    mine = client.get(f"{BASE}/{for_b['id']}", headers=village.owner_b.headers)
    assert mine.status_code == 200
    assert mine.json["read_count"] is None
    assert mine.json["recipient_count"] is None


def test_moving_out_takes_the_zone_away(client, village, post, app):
    from village.houses.models import HouseMember

    post(title="zone A", audience={"kind": "zones", "zones": ["A"]})
    with app.app_context():
        member = database.session().query(HouseMember).filter_by(user_id=village.owner_a.user.id)
        member.one().moved_out_on = __import__("datetime").date.today()
        database.session().commit()
    assert feed(client, village.owner_a) == []


def test_the_feed_is_pinned_first_then_newest(client, village, post):
    post(title="old pinned", pinned=True)
    post(title="older")
    post(title="newest")
    assert feed(client, village.owner_a) == ["old pinned", "newest", "older"]


def test_accounting_staff_read_what_is_live_and_cannot_write(client, village, post, login_as):
    post(title="live")
    post(title="draft", publish_at=None)
    accountant = login_as(Role.ACCOUNTING_ADMIN)
    assert feed(client, accountant) == ["live"]
    refused = client.post(
        BASE,
        json={"title": "t", "body": "b", "audience": {"kind": "all"}},
        headers=accountant.headers,
    )
    assert refused.status_code == 403


def test_staff_filter_and_page(client, village, post):
    post(title="urgent one", priority="urgent", expires_at=later(days=1))
    post(title="draft one", publish_at=None)
    post(title="scheduled one", publish_at=later(days=1))
    post(title="pinned one", pinned=True)
    staff = village.staff.headers

    def titles(query: str) -> list[str]:
        response = client.get(f"{BASE}?{query}", headers=staff)
        assert response.status_code == 200, response.json
        return [a["title"] for a in response.json["items"]]

    assert titles("status=draft") == ["draft one"]
    assert titles("status=scheduled") == ["scheduled one"]
    assert titles("status=published&sort=title") == ["pinned one", "urgent one"]
    assert titles("priority=urgent") == ["urgent one"]
    assert titles("pinned=true") == ["pinned one"]
    assert titles("q=SCHEDULED") == ["scheduled one"]
    page = client.get(f"{BASE}?per_page=3&page=2&sort=created_at", headers=staff).json
    assert page["total"] == 4
    assert [a["title"] for a in page["items"]] == ["pinned one"]
    assert client.get(f"{BASE}?status=gone", headers=staff).status_code == 422


# --- reads -------------------------------------------------------------------------


def test_reading_is_idempotent_and_counted_for_staff(client, village, post):
    created = post(audience={"kind": "zones", "zones": ["A"]})
    path = f"{BASE}/{created['id']}"
    for _ in range(2):
        assert client.post(f"{path}/read", headers=village.owner_a.headers).status_code == 204
    mine = client.get(BASE, headers=village.owner_a.headers).json["items"][0]
    theirs = client.get(BASE, headers=village.tenant_a.headers).json["items"][0]
    assert (mine["read"], theirs["read"]) == (True, False)
    staff_view = client.get(path, headers=village.staff.headers).json
    assert (staff_view["read_count"], staff_view["recipient_count"]) == (1, 2)


def test_reading_it_also_reads_what_the_bell_said_about_it(client, village, post):
    first, second = post(title="First"), post(title="Second")
    bell = "/api/v1/me/notifications"
    unread = client.get(f"{bell}/unread-count", headers=village.owner_a.headers).json["unread"]
    assert unread == 2
    assert (
        client.post(f"{BASE}/{first['id']}/read", headers=village.owner_a.headers).status_code
        == 204
    )
    left = client.get(bell, query_string={"unread_only": "true"}, headers=village.owner_a.headers)
    assert [n["link"] for n in left.json["items"]] == [f"/announcements/{second['id']}"]
    # Another person's notification about the same announcement stays unread.
    theirs = client.get(f"{bell}/unread-count", headers=village.tenant_a.headers).json
    assert theirs == {"unread": 2}


# --- audit -------------------------------------------------------------------------


def test_create_update_publish_archive_are_audited(client, village, post, app):
    draft = post(publish_at=None)
    path = f"{BASE}/{draft['id']}"
    client.patch(path, json={"title": "Renamed"}, headers=village.staff.headers)
    client.post(f"{path}/publish", headers=village.staff.headers)
    client.post(f"{path}/archive", headers=village.staff.headers)
    with app.app_context():
        events = (
            database.session()
            .query(AuditEvent)
            .filter_by(target_type="announcement", target_id=str(draft["id"]))
            .order_by(AuditEvent.id)
            .all()
        )
        assert [e.action for e in events] == [
            "announcement_created",
            "announcement_updated",
            "announcement_published",
            "announcement_archived",
        ]
        assert events[0].actor_id == village.staff.user.id
        assert events[1].details["changes"]["title"] == {"from": "Water cut", "to": "Renamed"}
        assert events[2].details["recipients"] == 3
