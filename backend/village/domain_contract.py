"""An import-linter contract built from the domain registry (run by `make lint`, never by the app).

Domains are layered by `village.domains.DOMAINS`: a domain imports only from
domains in lower layers. Listing them here by hand would make adding a domain
two edits, and forgetting the second would leave it unchecked; this contract
reads the registry instead, so a new domain is checked the day it exists.
"""

from __future__ import annotations

from itertools import groupby
from typing import Any

from importlinter.contracts.layers import LayersContract

from village.domains import DOMAINS


def domain_layers() -> list[str]:
    """The layers option of import-linter, top first: 'village.a | village.b' per layer."""
    ordered = sorted(DOMAINS, key=lambda domain: domain.layer)
    return [
        " | ".join(domain.module_name for domain in same_layer)
        for _, same_layer in groupby(ordered, key=lambda domain: domain.layer)
    ]


class DomainLayersContract(LayersContract):
    """import-linter's layers contract with the layers taken from the registry."""

    def __init__(
        self, name: str, session_options: dict[str, Any], contract_options: dict[str, Any]
    ) -> None:
        super().__init__(name, session_options, {**contract_options, "layers": domain_layers()})
