"""The one registry of the app's domains: adding a domain is one entry here.

`create_app` registers each domain's blueprint (`<package>.routes.bp`) under its
OpenAPI tag, `village.metadata.load_models` imports each domain's `models`, and
the import-layering contract (`village.domain_contract`, run by `make lint`)
orders the domains by `layer`: a domain may import only from domains in lower
layers (higher numbers), never sideways within its layer, never upwards.
"""

from __future__ import annotations

import importlib
import importlib.util
from dataclasses import dataclass
from types import ModuleType


@dataclass(frozen=True)
class Domain:
    package: str  # under village/
    layer: int  # 0 is the top: a domain imports only from higher numbers
    tag: str | None = None  # OpenAPI tag of its routes; None: no HTTP API of its own
    description: str = ""

    @property
    def module_name(self) -> str:
        return f"village.{self.package}"

    def submodule(self, name: str) -> ModuleType | None:
        """`village.<package>.<name>`, imported, or None when the domain has no such module."""
        full = f"{self.module_name}.{name}"
        return importlib.import_module(full) if importlib.util.find_spec(full) else None

    @property
    def openapi_tag(self) -> dict[str, str]:
        return {"name": self.tag or self.package, "description": self.description}


DOMAINS: tuple[Domain, ...] = (
    Domain("health", 0, "Health", "Liveness and database reachability"),
    Domain("admin", 0, "Administration", "Incident response: forced logout"),
    Domain("privacy", 0, "Privacy", "PDPA: the privacy notice, data export, data requests"),
    Domain("periods", 0, "Periods", "Closing accounting months, with their snapshots"),
    Domain(
        "reports",
        0,
        "Reports",
        "Arrears, collections, the month's registers, the office's overview; "
        "the residents' finance summary",
    ),
    Domain(
        "dunning",
        0,
        "Dunning letters",
        "Letters to houses owing past due (หนังสือแจ้งเตือนค้างชำระ), one or a batch",
    ),
    Domain("auth", 1, "Authentication", "Accounts, tokens and sessions"),
    Domain("announcements", 1, "Announcements", "What the office tells residents"),
    Domain(
        "service_requests",
        1,
        "Service requests",
        "Residents report problems (แจ้งซ่อม); the estate office works them",
    ),
    Domain("billing", 1, "Billing runs", "A month's common fee billed to every house at once"),
    Domain("payment_slips", 1, "Payment slips", "Transfer slips from residents, and their review"),
    Domain("statements", 1, "Statements", "A house's statement of account, with a running balance"),
    Domain("arrears", 1),  # no routes: balances and arrears as of a date; reports serve them
    Domain(
        "certificates",
        1,
        "Certificates",
        "Debt-clearance certificates (หนังสือรับรองการปลอดหนี้): issued, verified, printed",
    ),
    Domain(
        "payments",
        2,
        "Payments",
        "Payments, their allocation to invoices, receipts, house credit and transfer slips",
    ),
    Domain(
        "credit_notes",
        2,
        "Credit notes",
        "Corrections to issued invoices, made by one person and approved by another",
    ),
    Domain("invoices", 3, "Invoices", "What each house has been billed, and its PromptPay QR"),
    Domain("finance", 4, "Finance", "Finance settings, fee items and fee schedules"),
    Domain("houses", 5, "Houses", "Houses, their members, and requests to join one"),
    Domain("profile", 5, "Village", "The village profile"),
    Domain("notifications", 5, "Notifications", "What each person has been told, and read"),
    Domain("users", 6, "Users", "People: residents, owners and estate staff"),
    Domain("audit", 7, "Audit", "Who did what, when and from where"),
    Domain("sessions", 7),
    Domain("numbering", 7),
    Domain("period_locks", 7),  # no routes: closed months and the guard; the API is periods
    Domain("files", 7),  # no routes: files are served by their owners' routes
    Domain("mail", 7),  # no routes: an outbox other domains write to, and its worker
    Domain("documents", 7),  # no routes: PDFs (WeasyPrint) that owners' routes serve
)


def with_module(name: str) -> list[tuple[Domain, ModuleType]]:
    """Every domain that has the submodule `name`, with that module, in registry order."""
    found = [(domain, domain.submodule(name)) for domain in DOMAINS]
    return [(domain, module) for domain, module in found if module is not None]
