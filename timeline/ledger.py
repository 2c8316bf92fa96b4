"""A tamper-evident log primitive: the Certificate Transparency Merkle tree.

Everything here follows RFC 9162 (Certificate Transparency Version 2.0), which
keeps the tree of RFC 6962 unchanged, with SHA-256 as the hash:

* Section 2.1.1 (Merkle Tree Hash): for an ordered list ``D[n]`` of ``n`` inputs
  ``MTH({}) = SHA-256()``, ``MTH({d0}) = SHA-256(0x00 || d0)`` and, for ``n > 1``,
  ``MTH(D[n]) = SHA-256(0x01 || MTH(D[0:k]) || MTH(D[k:n]))`` where ``k`` is the
  largest power of two smaller than ``n``.
* Section 2.1.3 (inclusion proofs, the "audit path"): generation 2.1.3.1,
  verification 2.1.3.2.
* Section 2.1.4 (consistency proofs between two tree sizes): generation 2.1.4.1,
  verification 2.1.4.2.

The module is pure: no database and no I/O. The functions work on *leaf hashes*
(``leaf_hash(data)``) rather than on raw entries, so a log only has to keep the
32-byte hash of each entry to produce proofs.

Costs. ``root_from_leaf_hashes`` and ``subtree_root`` are iterative and O(n).
``inclusion_proof`` and ``consistency_proof`` hash each leaf into at most one
sibling subtree, so a proof over ``n`` leaf hashes costs fewer than ``n`` node
hashes and every perfect power-of-two block is hashed once. ``MerkleTree``
hashes all perfect blocks once (O(n)) and then serves any root, inclusion proof
or consistency proof for any tree size up to its own in O(log n).
``MerkleAccumulator`` is the append-only compact range (the right frontier of
the tree): O(log n) memory, amortised O(1) hashing per append.

The verifiers here derive the shape of the proof from the recursive definitions
of sections 2.1.3.1 and 2.1.4.1 rather than from the bit-twiddling loops of
2.1.3.2 and 2.1.4.2; the two formulations accept exactly the same proofs (the
test suite checks this against an independent transcription of the RFC loops).
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from typing import Any

__all__ = [
    "EMPTY_ROOT",
    "HASH_SIZE",
    "Digest",
    "MerkleAccumulator",
    "MerkleTree",
    "consistency_proof",
    "inclusion_proof",
    "leaf_hash",
    "node_hash",
    "root_from_leaf_hashes",
    "subtree_root",
    "verify_consistency",
    "verify_inclusion",
]

HASH_SIZE = 32
"""Length in bytes of every hash in the tree (SHA-256)."""

_sha256 = hashlib.sha256
_LEAF_PREFIX = b"\x00"
_NODE_PREFIX = b"\x01"

EMPTY_ROOT: bytes = _sha256(b"").digest()
"""``MTH({}) = SHA-256()``, the root of the empty tree (RFC 9162 section 2.1.1)."""


def leaf_hash(data: bytes) -> bytes:
    """``SHA-256(0x00 || data)``: the hash of one log entry (RFC 9162 section 2.1.1)."""
    return _sha256(_LEAF_PREFIX + data).digest()


def node_hash(left: bytes, right: bytes) -> bytes:
    """``SHA-256(0x01 || left || right)``: an interior node (RFC 9162 section 2.1.1)."""
    return _sha256(_NODE_PREFIX + left + right).digest()


def _split(n: int) -> int:
    """The largest power of two strictly smaller than ``n`` (``n >= 2``): the ``k`` of 2.1.1."""
    return 1 << ((n - 1).bit_length() - 1)


def subtree_root(leaf_hashes: Sequence[bytes], start: int = 0, end: int | None = None) -> bytes:
    """``MTH(D[start:end])`` over leaf hashes, iteratively in O(end - start).

    Hashes level by level, pairing neighbours and carrying an unpaired last node
    up unchanged. That is the same tree as the recursive definition of RFC 9162
    section 2.1.1: the left child of every node is the perfect subtree of the
    largest power of two below its size, and only the right edge is ragged.
    """
    if end is None:
        end = len(leaf_hashes)
    if not 0 <= start <= end <= len(leaf_hashes):
        raise ValueError(f"bad range [{start}, {end}) for {len(leaf_hashes)} leaf hashes")
    if start == end:
        return EMPTY_ROOT
    sha = _sha256
    prefix = _NODE_PREFIX
    level = list(leaf_hashes[start:end])
    while len(level) > 1:
        paired = [
            sha(prefix + level[i] + level[i + 1]).digest() for i in range(0, len(level) - 1, 2)
        ]
        if len(level) & 1:
            paired.append(level[-1])
        level = paired
    return bytes(level[0])


def root_from_leaf_hashes(leaf_hashes: Sequence[bytes]) -> bytes:
    """``MTH`` of a whole list of leaf hashes (RFC 9162 section 2.1.1), iterative and O(n)."""
    return subtree_root(leaf_hashes, 0, len(leaf_hashes))


# --- proof generation ---------------------------------------------------------------------------

_SubtreeHash = Callable[[int, int], bytes]
"""``subtree(start, end)`` returns ``MTH(D[start:end])``."""


def _inclusion_path(index: int, size: int, subtree: _SubtreeHash) -> list[bytes]:
    """``PATH(index, D[size])`` of RFC 9162 section 2.1.3.1, unrolled into a loop.

    The recursion descends from the root; each level contributes the hash of the
    sibling subtree not containing the leaf, and the path lists them leaf first.
    """
    path: list[bytes] = []
    start, n = 0, size
    while n > 1:
        k = _split(n)
        if index < k:  # PATH(m, D[0:k]) : MTH(D[k:n])
            path.append(subtree(start + k, start + n))
            n = k
        else:  # PATH(m - k, D[k:n]) : MTH(D[0:k])
            path.append(subtree(start, start + k))
            start, index, n = start + k, index - k, n - k
    path.reverse()
    return path


def _consistency_path(old_size: int, new_size: int, subtree: _SubtreeHash) -> list[bytes]:
    """``PROOF(old_size, D[new_size])`` of RFC 9162 section 2.1.4.1, unrolled into a loop.

    ``PROOF(m, D[n]) = SUBPROOF(m, D[n], true)``; the flag turns false once the
    recursion has gone right, after which the old tree is no longer a whole
    subtree the verifier knows the hash of, so its hash ends the proof.
    Trivial cases (``old_size`` 0 or ``new_size``) have the empty proof.
    """
    if old_size in (0, new_size):
        return []
    path: list[bytes] = []
    start, m, n, whole = 0, old_size, new_size, True
    while m != n:
        k = _split(n)
        if m <= k:  # SUBPROOF(m, D[0:k], b) : MTH(D[k:n])
            path.append(subtree(start + k, start + n))
            n = k
        else:  # SUBPROOF(m - k, D[k:n], false) : MTH(D[0:k])
            path.append(subtree(start, start + k))
            start, m, n, whole = start + k, m - k, n - k, False
    if not whole:  # SUBPROOF(m, D[m], false) = {MTH(D[m])}
        path.append(subtree(start, start + n))
    path.reverse()
    return path


def inclusion_proof(index: int, leaf_hashes: Sequence[bytes]) -> list[bytes]:
    """The audit path of leaf ``index`` in the tree of all ``leaf_hashes`` (RFC 9162 2.1.3.1).

    Each leaf hash goes into at most one sibling subtree, so this costs fewer than
    ``len(leaf_hashes)`` node hashes. For many proofs over one tree use ``MerkleTree``.
    """
    size = len(leaf_hashes)
    if not 0 <= index < size:
        raise IndexError(f"leaf index {index} is not in a tree of size {size}")
    return _inclusion_path(index, size, lambda s, e: subtree_root(leaf_hashes, s, e))


def consistency_proof(old_size: int, leaf_hashes: Sequence[bytes]) -> list[bytes]:
    """The proof that the first ``old_size`` leaves are a prefix of all ``leaf_hashes``.

    RFC 9162 section 2.1.4.1. The proof is empty when ``old_size`` is 0 or the
    whole tree. Fewer than ``len(leaf_hashes)`` node hashes are computed.
    """
    size = len(leaf_hashes)
    if not 0 <= old_size <= size:
        raise ValueError(f"old size {old_size} is not in 0..{size}")
    return _consistency_path(old_size, size, lambda s, e: subtree_root(leaf_hashes, s, e))


# --- proof verification -------------------------------------------------------------------------


def _all_hashes(*values: bytes) -> bool:
    return all(len(value) == HASH_SIZE for value in values)


def verify_inclusion(
    leaf: bytes, index: int, size: int, proof: Sequence[bytes], root: bytes
) -> bool:
    """Whether ``proof`` shows the leaf hash ``leaf`` at ``index`` in the tree ``(size, root)``.

    RFC 9162 section 2.1.3.2. The shape of the path is replayed from the root
    down as in 2.1.3.1 (at each level, is the sibling left or right?), and then
    the root is recomputed from the leaf up. The proof must have exactly the
    length that shape requires; every hash must be 32 bytes.
    """
    if not 0 <= index < size or not _all_hashes(leaf, root, *proof):
        return False
    sibling_on_right: list[bool] = []
    n = size
    while n > 1:
        k = _split(n)
        if index < k:
            sibling_on_right.append(True)
            n = k
        else:
            sibling_on_right.append(False)
            index, n = index - k, n - k
    if len(proof) != len(sibling_on_right):
        return False
    r = leaf
    for sibling, on_right in zip(proof, reversed(sibling_on_right), strict=True):
        r = node_hash(r, sibling) if on_right else node_hash(sibling, r)
    return r == root


def verify_consistency(
    old_size: int, new_size: int, old_root: bytes, new_root: bytes, proof: Sequence[bytes]
) -> bool:
    """Whether ``proof`` shows the tree ``(old_size, old_root)`` begins ``(new_size, new_root)``.

    RFC 9162 section 2.1.4.2 for ``0 < old_size < new_size``: both roots are
    recomputed from the proof, whose shape is replayed from the recursion of
    2.1.4.1 (the first element is the old tree's last subtree, omitted when the
    old size is a power of two because the verifier already has it: the old root).
    The trivial cases take the empty proof: equal sizes need equal roots, and
    the empty tree is a prefix of every tree but its root must be ``SHA-256()``.
    """
    if not 0 <= old_size <= new_size or not _all_hashes(old_root, new_root, *proof):
        return False
    if old_size == new_size:
        return not proof and old_root == new_root and (old_size > 0 or old_root == EMPTY_ROOT)
    if old_size == 0:
        return not proof and old_root == EMPTY_ROOT
    sibling_on_right: list[bool] = []  # True: the sibling is beyond the old tree
    m, n, whole = old_size, new_size, True
    while m != n:
        k = _split(n)
        if m <= k:
            sibling_on_right.append(True)
            n = k
        else:
            sibling_on_right.append(False)
            m, n, whole = m - k, n - k, False
    if len(proof) != len(sibling_on_right) + (0 if whole else 1):
        return False
    old = new = old_root if whole else proof[0]
    siblings = proof if whole else proof[1:]
    for sibling, on_right in zip(siblings, reversed(sibling_on_right), strict=True):
        if on_right:
            new = node_hash(new, sibling)
        else:
            old = node_hash(sibling, old)
            new = node_hash(sibling, new)
    return old == old_root and new == new_root


# --- trees --------------------------------------------------------------------------------------


class MerkleTree:
    """A fixed list of leaf hashes with every perfect subtree hashed once (O(n) time and memory).

    ``levels[h][j]`` is the hash of the perfect block of ``2**h`` leaves starting
    at ``j * 2**h``. Every subtree that RFC 9162 sections 2.1.1, 2.1.3.1 and
    2.1.4.1 use is such a block or a right edge made of a few of them, so roots,
    inclusion proofs and consistency proofs for any tree size up to ``size``
    cost O(log n) node hashes each.
    """

    def __init__(self, leaf_hashes: Iterable[bytes]) -> None:
        level = [bytes(h) for h in leaf_hashes]
        if not _all_hashes(*level):
            raise ValueError(f"leaf hashes must be {HASH_SIZE} bytes")
        levels = [level]
        while len(level) > 1:
            level = [node_hash(level[i], level[i + 1]) for i in range(0, len(level) - 1, 2)]
            levels.append(level)
        self._levels = levels

    @property
    def size(self) -> int:
        return len(self._levels[0])

    def _subtree(self, start: int, end: int) -> bytes:
        """``MTH(D[start:end])`` from the cached perfect blocks, largest first."""
        blocks: list[bytes] = []
        while start < end:
            width = 1 << ((end - start).bit_length() - 1)
            if start & (width - 1):  # not aligned: never the case for RFC subtrees
                return subtree_root(self._levels[0], start, end)
            height = width.bit_length() - 1
            blocks.append(self._levels[height][start >> height])
            start += width
        if not blocks:
            return EMPTY_ROOT
        r = blocks[-1]
        for block in reversed(blocks[:-1]):
            r = node_hash(block, r)
        return r

    def _check_size(self, size: int | None) -> int:
        if size is None:
            return self.size
        if not 0 <= size <= self.size:
            raise ValueError(f"tree size {size} is not in 0..{self.size}")
        return size

    def root(self, size: int | None = None) -> bytes:
        """``MTH`` of the first ``size`` leaves (default: all of them)."""
        return self._subtree(0, self._check_size(size))

    def inclusion_proof(self, index: int, size: int | None = None) -> list[bytes]:
        """The audit path of leaf ``index`` in the tree of the first ``size`` leaves (2.1.3.1)."""
        size = self._check_size(size)
        if not 0 <= index < size:
            raise IndexError(f"leaf index {index} is not in a tree of size {size}")
        return _inclusion_path(index, size, self._subtree)

    def consistency_proof(self, old_size: int, new_size: int | None = None) -> list[bytes]:
        """The consistency proof from ``old_size`` to ``new_size`` leaves (2.1.4.1)."""
        new_size = self._check_size(new_size)
        if not 0 <= old_size <= new_size:
            raise ValueError(f"old size {old_size} is not in 0..{new_size}")
        return _consistency_path(old_size, new_size, self._subtree)


@dataclass(frozen=True)
class Digest:
    """A signed-tree-head-like summary of a log: its size and its root hash in lowercase hex."""

    size: int
    root: str

    def __post_init__(self) -> None:
        if self.size < 0:
            raise ValueError(f"negative tree size {self.size}")
        if len(self.root) != 2 * HASH_SIZE or self.root.strip("0123456789abcdef"):
            raise ValueError(f"root must be {2 * HASH_SIZE} lowercase hex digits: {self.root!r}")

    @property
    def root_bytes(self) -> bytes:
        return bytes.fromhex(self.root)

    def as_dict(self) -> dict[str, object]:
        return {"size": self.size, "root": self.root}

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Digest:
        return cls(size=int(data["size"]), root=str(data["root"]))


class MerkleAccumulator:
    """Append-only compact range (the right frontier: at most log2(n) subtree hashes).

    Appending is O(log n), amortised O(1) node hashes, and memory is O(log n).

    The frontier holds, left to right and largest first, the roots of the
    perfect subtrees that the binary decomposition of ``size`` splits the tree
    into: one per set bit of ``size``. Appending a leaf merges equal-sized
    subtrees like a binary counter carries; ``root()`` folds the frontier from
    the right, which is ``MTH`` of RFC 9162 section 2.1.1 for all appended leaves.

    ``(size, frontier)`` is a complete checkpoint: ``MerkleAccumulator(size,
    frontier)`` continues exactly where the saved one stopped.
    """

    __slots__ = ("_frontier", "_size")

    def __init__(self, size: int = 0, frontier: Sequence[bytes] = ()) -> None:
        if size < 0:
            raise ValueError(f"negative tree size {size}")
        if len(frontier) != size.bit_count():
            raise ValueError(
                f"a tree of size {size} has a frontier of {size.bit_count()} hashes,"
                f" not {len(frontier)}"
            )
        if not _all_hashes(*frontier):
            raise ValueError(f"frontier hashes must be {HASH_SIZE} bytes")
        self._size = size
        self._frontier = [bytes(h) for h in frontier]

    def append(self, leaf_hash: bytes) -> None:
        """Add the leaf hash of the next entry (see ``leaf_hash``)."""
        if len(leaf_hash) != HASH_SIZE:
            raise ValueError(f"a leaf hash is {HASH_SIZE} bytes, not {len(leaf_hash)}")
        frontier = self._frontier
        h = bytes(leaf_hash)
        n = self._size
        while n & 1:  # carry: the newest subtree has a same-sized left neighbour
            h = _sha256(_NODE_PREFIX + frontier.pop() + h).digest()
            n >>= 1
        frontier.append(h)
        self._size += 1

    def extend(self, leaf_hashes: Iterable[bytes]) -> None:
        """``append`` each leaf hash in order."""
        for h in leaf_hashes:
            self.append(h)

    @property
    def size(self) -> int:
        return self._size

    @property
    def frontier(self) -> tuple[bytes, ...]:
        """The subtree roots, largest first; persist with ``size`` to resume later."""
        return tuple(self._frontier)

    def root(self) -> bytes:
        """``MTH`` of every leaf appended so far (``SHA-256()`` when there are none)."""
        frontier = self._frontier
        if not frontier:
            return EMPTY_ROOT
        r = frontier[-1]
        for h in reversed(frontier[:-1]):
            r = node_hash(h, r)
        return r

    def digest(self) -> Digest:
        return Digest(size=self._size, root=self.root().hex())

    def __repr__(self) -> str:
        return f"MerkleAccumulator(size={self._size}, root={self.root().hex()[:16]}…)"
