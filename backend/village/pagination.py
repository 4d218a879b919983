"""One way to answer a list: a `PageQuery` in, a `Page[T]` out, `paginate()` between.

Every list of the API (users, audit events, and every village domain) takes
`page` (from 1) and `per_page` (at most 100) and answers
`{"items", "total", "page", "per_page"}` (product.md, village.md "Conventions").
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

from pydantic import BaseModel, ConfigDict, Field
from sqlalchemy import Select, func, select

from village import database
from village.validation import InputModel

T = TypeVar("T")
MAX_PER_PAGE = 100


class PageQuery(InputModel):
    """The paging part of a list's query string."""

    page: int = Field(1, ge=1, le=100_000, description="From 1")
    per_page: int = Field(20, ge=1, le=MAX_PER_PAGE)


class Page(BaseModel, Generic[T]):
    """A page of a list, as every list endpoint answers it (subclass it to name it)."""

    model_config = ConfigDict(from_attributes=True)

    items: list[T]
    total: int = Field(description="How many items match, on every page")
    page: int
    per_page: int


@dataclass(frozen=True)
class PageOf(Generic[T]):
    """What a service hands back: the rows of one page and the size of the whole list."""

    items: list[T]
    total: int
    page: int
    per_page: int


def paginate(
    stmt: Select[T],
    query: PageQuery,
    *,
    order_by: Sequence[Any],
    total: int | None = None,
) -> PageOf[T]:
    """One page of `stmt` in `order_by` order, and how many rows `stmt` matches.

    `total` may be given when the caller knows it more cheaply than a count
    (the users list reads trigger-kept counts); `order_by` should end with a
    unique column so pages never overlap.
    """
    db = database.session()
    if total is None:
        counted = select(func.count()).select_from(stmt.order_by(None).subquery())
        total = db.scalar(counted) or 0
    page = stmt.order_by(*order_by).offset((query.page - 1) * query.per_page).limit(query.per_page)
    return PageOf(list(db.scalars(page)), total, query.page, query.per_page)
