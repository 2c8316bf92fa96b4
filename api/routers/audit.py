"""Tamper evidence: the ledger's digest, inclusion and consistency proofs, and verification.

Every stored event is a leaf of an RFC 9162 Merkle tree in log order. A client keeps a
digest (size, root); later it asks for a consistency proof that the log only grew since,
and for an inclusion proof that an event is in the tree. Proofs the log cannot give
(no event at that position, a tree size it has not reached) are 404s.
"""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Depends, Path, Query

from api.deps import ADMIN_ONLY, MAX_POSITION, Admin, Digits, Reader, ServiceDep, TrueOrFalse
from api.errors import ApiProblem, invalid, problem_responses
from api.schemas import ConsistencyProof, InclusionProof, TreeHead, Verification
from timeline import audit
from timeline.ledger import Digest

router = APIRouter(prefix="/audit", tags=["audit"])

_HASH = r"^[0-9a-f]{64}$"


def _ledger_kept(service: ServiceDep) -> None:
    if not service.projection.ledger:
        raise ApiProblem(404, "this server keeps no ledger (TIMELINE_LEDGER is false)")


Ledger = Depends(_ledger_kept)


@router.get(
    "/digest",
    response_model=TreeHead,
    responses=problem_responses(401, 403),
    summary="The ledger's size and root hash: keep it to check the log later",
)
def digest(service: ServiceDep, _: Reader) -> dict[str, Any]:
    return audit.digest(service.views).as_dict()


@router.get(
    "/proof/{position}",
    response_model=InclusionProof,
    responses=problem_responses(401, 403, 404, 422),
    dependencies=[Ledger],
    summary="An inclusion proof: the event at a log position is in the tree",
)
def inclusion(
    service: ServiceDep,
    _: Reader,
    position: Annotated[int, Path(ge=1, le=MAX_POSITION, description="A log position."), Digits],
    size: Annotated[
        int | None,
        Query(ge=1, le=MAX_POSITION, description="Tree size to prove against (default: all)."),
        Digits,
    ] = None,
) -> dict[str, Any]:
    return audit.inclusion(service.views, position, size, app=service.app)


@router.get(
    "/consistency",
    response_model=ConsistencyProof,
    responses=problem_responses(401, 403, 404, 422),
    dependencies=[Ledger],
    summary="A consistency proof: the tree of `to` events extends the tree of `from`",
)
def consistency(
    service: ServiceDep,
    _: Reader,
    from_: Annotated[
        int, Query(alias="from", ge=0, le=MAX_POSITION, description="Old size."), Digits
    ],
    to: Annotated[
        int | None, Query(ge=0, le=MAX_POSITION, description="New size (default: all)."), Digits
    ] = None,
) -> dict[str, Any]:
    if to is not None and from_ > to:
        raise invalid(("query", "from"), f"from ({from_}) is larger than to ({to})")
    return audit.consistency(service.views, from_, to)


@router.get(
    "/verify",
    response_model=Verification,
    responses=problem_responses(401, 403, 422),
    openapi_extra={ADMIN_ONLY: True},
    summary="Recompute the ledger from every stored event (admin; reads the whole log)",
)
def verify(
    service: ServiceDep,
    _: Admin,
    size: Annotated[
        int | None,
        Query(ge=0, le=MAX_POSITION, description="Size of a digest kept earlier."),
        Digits,
    ] = None,
    root: Annotated[
        str | None, Query(pattern=_HASH, description="Root of a digest kept earlier.")
    ] = None,
    views: Annotated[
        bool,
        Query(
            description="`true`: also rebuild the views from the verified events (in a "
            "temporary file) and compare them with the served ones; costs about a replay."
        ),
        TrueOrFalse,
    ] = False,
) -> dict[str, Any]:
    if (size is None) != (root is None):
        missing = "root" if root is None else "size"
        raise invalid(("query", missing), "a digest is size and root: send both or neither")
    expected = Digest(size, root) if size is not None and root is not None else None
    return audit.verify(service.app, service.views, expected, check_views=views).as_dict()
