"""The timeline reads' query strings: one model per route, validated in one step.

FastAPI resolves every declared query parameter on its own, a dozen Python calls per
parameter and request; for the timeline's eleven parameters that was about half the
server's time on a `/timeline` request. These routes read the whole query string into
one pydantic model instead (a single validation in pydantic-core) and document the
model's fields as the operation's parameters (``openapi_parameters``), so the OpenAPI
document stays the contract clients and the schema tests read. Errors are FastAPI's own
``RequestValidationError``: the same problem+json 422 as every other parameter.
"""

from __future__ import annotations

from functools import cache
from typing import TYPE_CHECKING, Annotated, Any, Literal, TypeVar
from uuid import UUID

from fastapi import Request
from fastapi.exceptions import RequestValidationError
from pydantic import BaseModel, ConfigDict, Field, ValidationError
from starlette.datastructures import QueryParams

from api.asof import AS_OF_DESCRIPTION, AS_OF_SCHEMA
from api.deps import MAX_POSITION, Limit, QueryBool
from api.errors import invalid
from timeline import queries
from timeline.ontology import FACT_TYPES
from timeline.values import MODALITIES
from timeline.views import TimelineQuery, decode_cursor

if TYPE_CHECKING:
    FactTypeName = str
    ModalityName = str
else:
    # Enumerated in the OpenAPI schema; the 422 then lists the valid values.
    FactTypeName = Literal[tuple(FACT_TYPES)]
    ModalityName = Literal[MODALITIES]

MAX_ACTORS = 20
_DATE = r"^[0-9]{4}(-[0-9]{2}(-[0-9]{2})?)?$"  # not \d: pydantic's regex takes any script's digits
_ACTOR = "Actor id or alias."

M = TypeVar("M", bound="QueryModel")


class QueryModel(BaseModel):
    """Query parameters by their names in the URL.

    Unknown and repeated single parameters are refused for every route by
    ``deps.check_request``, before the model is read (which ignores ``min_position``).
    """

    model_config = ConfigDict(frozen=True, extra="ignore", validate_by_name=False)


class TimelineParams(QueryModel):
    """The filters every timeline read takes, and ``as_of`` (resolved by the endpoint)."""

    type_: list[FactTypeName] = Field(
        default=[],
        alias="type",
        max_length=len(FACT_TYPES),
        title="Type",
        description="Fact type (repeatable).",
    )
    modality: ModalityName | None = Field(default=None, title="Modality")
    from_: str | None = Field(
        default=None,
        alias="from",
        pattern=_DATE,
        title="From",
        description="Earliest date: YYYY[-MM[-DD]].",
    )
    to: str | None = Field(
        default=None, pattern=_DATE, title="To", description="Latest date: YYYY[-MM[-DD]]."
    )
    document: UUID | None = Field(default=None, title="Document", description="Document id.")
    q: str | None = Field(
        default=None,
        max_length=500,
        title="Q",
        description=(
            "Words that must all appear in the quote, summary or actor names (case and accents "
            f"ignored; at most {queries.MAX_SEARCH_WORDS} distinct words)."
        ),
    )
    include_retracted: QueryBool = Field(
        default=False,
        title="Include Retracted",
        description="`true` to include retracted facts: `true` or `false`, in any letter case.",
    )
    cursor: str | None = Field(
        default=None,
        min_length=1,
        max_length=2000,
        title="Cursor",
        description="`next_cursor` of the previous page.",
    )
    limit: Limit = Field(default=100, title="Limit")
    as_of: str | None = Field(
        default=None,
        max_length=64,
        title="As Of",
        description=AS_OF_DESCRIPTION,
        json_schema_extra=AS_OF_SCHEMA,
    )

    def query(self) -> TimelineQuery:
        """The filters as a query without actors (each route adds its own)."""
        try:
            date_from, date_to = queries.period(self.from_, self.to)
        except queries.PeriodError as exc:
            raise invalid(("query", exc.name), str(exc)) from None
        if self.q is not None:
            try:
                queries.search_words(self.q)
            except ValueError as exc:
                raise invalid(("query", "q"), str(exc)) from None
        return TimelineQuery(
            types=tuple(dict.fromkeys(self.type_)),
            modality=self.modality,
            date_from=date_from,
            date_to=date_to,
            document=None if self.document is None else str(self.document),
            q=self.q,
            include_retracted=self.include_retracted,
            limit=self.limit,
            cursor=_cursor_ok(self.cursor) if self.cursor else None,
        )


class AnyActorParams(TimelineParams):
    """``/timeline``: the filters and any number of actors."""

    actor: list[Annotated[str, Field(min_length=1, max_length=200)]] = Field(
        default=[],
        max_length=MAX_ACTORS,
        title="Actor",
        description="Actor id or alias (repeatable: facts involving any of them).",
    )


class PairParams(TimelineParams):
    """``/relations``: the filters and the two actors."""

    a: str = Field(min_length=1, max_length=200, title="A", description=_ACTOR)
    b: str = Field(min_length=1, max_length=200, title="B", description=_ACTOR)


def read(model: type[M], params: QueryParams) -> M:
    """The query string as ``model``; a 422 naming each parameter that does not fit."""
    lists = _list_names(model)
    values = {name: params.getlist(name) if name in lists else params[name] for name in params}
    try:
        return model.model_validate(values)
    except ValidationError as exc:
        errors = exc.errors(include_url=False, include_context=False)
        raise RequestValidationError([{**e, "loc": ("query", *e["loc"])} for e in errors]) from None


async def timeline_params(request: Request) -> AnyActorParams:
    return read(AnyActorParams, request.query_params)


async def pair_params(request: Request) -> PairParams:
    return read(PairParams, request.query_params)


async def filter_params(request: Request) -> TimelineParams:
    return read(TimelineParams, request.query_params)


def openapi_parameters(model: type[QueryModel], first: tuple[str, ...] = ()) -> dict[str, Any]:
    """``openapi_extra`` documenting the model's fields as query parameters, ``first`` first.

    The same shape FastAPI gives a declared parameter: the field's JSON schema (title,
    constraints, default) and its description beside it.
    """
    schema = model.model_json_schema(by_alias=True, mode="validation")
    required = set(schema.get("required", ()))
    names = list(schema["properties"])
    names = [n for n in first if n in names] + [n for n in names if n not in first]
    parameters = []
    for name in names:
        field_schema = dict(schema["properties"][name])
        if field_schema.get("default", ...) is None:
            del field_schema["default"]  # FastAPI leaves a null default out
        parameter: dict[str, Any] = {
            "name": name,
            "in": "query",
            "required": name in required,
            "schema": field_schema,
        }
        if "description" in field_schema:
            parameter["description"] = field_schema["description"]
        parameters.append(parameter)
    return {"parameters": parameters}


@cache
def _list_names(model: type[QueryModel]) -> frozenset[str]:
    """The URL names of the repeatable parameters (read with ``getlist``)."""
    return frozenset(
        field.alias or name
        for name, field in model.model_fields.items()
        if getattr(field.annotation, "__origin__", None) is list
    )


def _cursor_ok(cursor: str) -> str:
    # Decoded here too so a forged cursor cannot carry values the database rejects.
    sort_key, document_id, position, fact_id = decode_cursor(cursor)
    if not 0 <= position <= MAX_POSITION or any(
        "\x00" in part for part in (sort_key, document_id, fact_id)
    ):
        raise invalid(("query", "cursor"), "the cursor is not one this service issued")
    return cursor
