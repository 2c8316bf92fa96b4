"""The tamper-evident log primitive (timeline/ledger.py) against RFC 9162.

Three sources of truth, none of which is the code under test:

* the Certificate Transparency test vectors (the leaves, roots and proofs used by
  every RFC 6962 implementation, here as published in transparency-dev/merkle);
* ``merkle_verifier``: an independent, naive transcription of the RFC's recursive
  definitions and of its verification loops (sections 2.1.3.2 and 2.1.4.2);
* properties that must hold for every tree: proofs verify, tampering does not.
"""

from __future__ import annotations

import hashlib
import math
from collections.abc import Iterator

import merkle_verifier as rfc
import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from timeline import ledger
from timeline.ledger import (
    EMPTY_ROOT,
    Digest,
    MerkleAccumulator,
    MerkleTree,
    consistency_proof,
    inclusion_proof,
    leaf_hash,
    node_hash,
    root_from_leaf_hashes,
    subtree_root,
    verify_consistency,
    verify_inclusion,
)

# --- Certificate Transparency test vectors --------------------------------------------------------

CT_LEAVES = [
    bytes.fromhex(h)
    for h in (
        "",
        "00",
        "10",
        "2021",
        "3031",
        "40414243",
        "5051525354555657",
        "606162636465666768696a6b6c6d6e6f",
    )
]
CT_ROOTS = [  # by tree size, 0..8
    "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855",
    "6e340b9cffb37a989ca544e6bb780a2c78901d3fb33738768511a30617afa01d",
    "fac54203e7cc696cf0dfcb42c92a1d9dbaf70ad9e621f4bd8d98662f00e3c125",
    "aeb6bcfe274b70a14fb067a5e5578264db0fa9b51af5e0ba159158f329e06e77",
    "d37ee418976dd95753c1c73862b9398fa2a2cf9b4ff0fdfe8b30cd95209614b7",
    "4e3bbb1f7b478dcfe71fb631631519a3bca12c9aefca1612bfce4c13a86264d4",
    "76e67dadbcdf1e10e1b74ddc608abd2f98dfb16fbce75277b5232a127f2087ef",
    "ddb89be403809e325750d3d263cd78929c2942b7942a34b77e122c9594a74c8c",
    "5dc9da79a70659a9ad559cb701ded9a2ab9d823aad2f4960cfe370eff4604328",
]
CT_INCLUSION = [  # (0-based leaf index, tree size, audit path)
    (0, 1, []),
    (
        0,
        8,
        [
            "96a296d224f285c67bee93c30f8a309157f0daa35dc5b87e410b78630a09cfc7",
            "5f083f0a1a33ca076a95279832580db3e0ef4584bdff1f54c8a360f50de3031e",
            "6b47aaf29ee3c2af9af889bc1fb9254dabd31177f16232dd6aab035ca39bf6e4",
        ],
    ),
    (
        5,
        8,
        [
            "bc1a0643b12e4d2d7c77918f44e0f4f79a838b6cf9ec5b5c283e1f4d88599e6b",
            "ca854ea128ed050b41b35ffc1b87b8eb2bde461e9e3b5596ece6b9d5975a0ae0",
            "d37ee418976dd95753c1c73862b9398fa2a2cf9b4ff0fdfe8b30cd95209614b7",
        ],
    ),
    (2, 3, ["fac54203e7cc696cf0dfcb42c92a1d9dbaf70ad9e621f4bd8d98662f00e3c125"]),
    (
        1,
        5,
        [
            "6e340b9cffb37a989ca544e6bb780a2c78901d3fb33738768511a30617afa01d",
            "5f083f0a1a33ca076a95279832580db3e0ef4584bdff1f54c8a360f50de3031e",
            "bc1a0643b12e4d2d7c77918f44e0f4f79a838b6cf9ec5b5c283e1f4d88599e6b",
        ],
    ),
]
CT_CONSISTENCY = [  # (old size, new size, proof)
    (1, 1, []),
    (
        1,
        8,
        [
            "96a296d224f285c67bee93c30f8a309157f0daa35dc5b87e410b78630a09cfc7",
            "5f083f0a1a33ca076a95279832580db3e0ef4584bdff1f54c8a360f50de3031e",
            "6b47aaf29ee3c2af9af889bc1fb9254dabd31177f16232dd6aab035ca39bf6e4",
        ],
    ),
    (
        6,
        8,
        [
            "0ebc5d3437fbe2db158b9f126a1d118e308181031d0a949f8dededebc558ef6a",
            "ca854ea128ed050b41b35ffc1b87b8eb2bde461e9e3b5596ece6b9d5975a0ae0",
            "d37ee418976dd95753c1c73862b9398fa2a2cf9b4ff0fdfe8b30cd95209614b7",
        ],
    ),
    (
        2,
        5,
        [
            "5f083f0a1a33ca076a95279832580db3e0ef4584bdff1f54c8a360f50de3031e",
            "bc1a0643b12e4d2d7c77918f44e0f4f79a838b6cf9ec5b5c283e1f4d88599e6b",
        ],
    ),
    (
        6,
        7,
        [
            "0ebc5d3437fbe2db158b9f126a1d118e308181031d0a949f8dededebc558ef6a",
            "b08693ec2e721597130641e8211e7eedccb4c26413963eee6c1e2ed16ffb1a5f",
            "d37ee418976dd95753c1c73862b9398fa2a2cf9b4ff0fdfe8b30cd95209614b7",
        ],
    ),
]

CT_LEAF_HASHES = [leaf_hash(entry) for entry in CT_LEAVES]


def hashes_of(hexes: list[str]) -> list[bytes]:
    return [bytes.fromhex(h) for h in hexes]


def make_leaf_hashes(size: int, salt: bytes = b"") -> list[bytes]:
    """Distinct leaf hashes for a tree of ``size`` entries."""
    return [leaf_hash(salt + i.to_bytes(4, "big")) for i in range(size)]


def flip(value: bytes, bit: int) -> bytes:
    """``value`` with one bit flipped (``bit`` taken modulo the bit length)."""
    bit %= 8 * len(value)
    changed = bytearray(value)
    changed[bit // 8] ^= 1 << (bit % 8)
    return bytes(changed)


# --- hashing --------------------------------------------------------------------------------------


def test_the_empty_tree_root_is_the_sha256_of_nothing() -> None:
    assert hashlib.sha256(b"").digest() == EMPTY_ROOT
    assert root_from_leaf_hashes([]) == EMPTY_ROOT
    assert MerkleAccumulator().root() == EMPTY_ROOT
    assert MerkleTree([]).root() == EMPTY_ROOT


def test_leaf_and_node_hashes_are_domain_separated_by_a_prefix_byte() -> None:
    a, b = b"a" * 32, b"b" * 32
    assert leaf_hash(b"entry") == hashlib.sha256(b"\x00entry").digest()
    assert node_hash(a, b) == hashlib.sha256(b"\x01" + a + b).digest()
    assert leaf_hash(a + b) != node_hash(a, b)


def test_roots_of_sizes_0_to_8_match_the_certificate_transparency_vectors() -> None:
    for size, expected in enumerate(CT_ROOTS):
        prefix = CT_LEAF_HASHES[:size]
        assert root_from_leaf_hashes(prefix).hex() == expected, size
        assert rfc.mth(prefix).hex() == expected, size
        assert MerkleTree(CT_LEAF_HASHES).root(size).hex() == expected, size
        accumulator = MerkleAccumulator()
        accumulator.extend(prefix)
        assert accumulator.root().hex() == expected, size


def test_roots_of_sizes_0_to_8_match_a_recursion_written_out_by_hand() -> None:
    a, b, c, d, e, f, g, h = (leaf_hash(bytes([i])) for i in range(8))
    n = node_hash
    expected = [
        EMPTY_ROOT,
        a,
        n(a, b),
        n(n(a, b), c),
        n(n(a, b), n(c, d)),
        n(n(n(a, b), n(c, d)), e),  # split at 4, the largest power of two below 5
        n(n(n(a, b), n(c, d)), n(e, f)),
        n(n(n(a, b), n(c, d)), n(n(e, f), g)),
        n(n(n(a, b), n(c, d)), n(n(e, f), n(g, h))),
    ]
    leaves = [a, b, c, d, e, f, g, h]
    for size, root in enumerate(expected):
        assert root_from_leaf_hashes(leaves[:size]) == root, size


def test_a_subtree_root_is_the_root_of_that_slice() -> None:
    leaves = make_leaf_hashes(37)
    for start in range(0, 38, 3):
        for end in range(start, 38, 5):
            assert subtree_root(leaves, start, end) == rfc.mth(leaves[start:end])
    with pytest.raises(ValueError):
        subtree_root(leaves, 5, 38)
    with pytest.raises(ValueError):
        subtree_root(leaves, 6, 5)


# --- known-answer proofs --------------------------------------------------------------------------


@pytest.mark.parametrize(("index", "size", "path"), CT_INCLUSION)
def test_the_published_inclusion_proofs_are_generated_and_verified(
    index: int, size: int, path: list[str]
) -> None:
    expected = hashes_of(path)
    leaves = CT_LEAF_HASHES[:size]
    root = bytes.fromhex(CT_ROOTS[size])
    assert inclusion_proof(index, leaves) == expected
    assert MerkleTree(CT_LEAF_HASHES).inclusion_proof(index, size) == expected
    assert verify_inclusion(leaves[index], index, size, expected, root)
    assert rfc.verify_inclusion(index, size, leaves[index], expected, root)


@pytest.mark.parametrize(("old_size", "new_size", "path"), CT_CONSISTENCY)
def test_the_published_consistency_proofs_are_generated_and_verified(
    old_size: int, new_size: int, path: list[str]
) -> None:
    expected = hashes_of(path)
    old_root, new_root = bytes.fromhex(CT_ROOTS[old_size]), bytes.fromhex(CT_ROOTS[new_size])
    assert consistency_proof(old_size, CT_LEAF_HASHES[:new_size]) == expected
    assert MerkleTree(CT_LEAF_HASHES).consistency_proof(old_size, new_size) == expected
    assert verify_consistency(old_size, new_size, old_root, new_root, expected)
    assert rfc.verify_consistency(old_size, new_size, old_root, new_root, expected)


def test_generated_proofs_are_byte_for_byte_the_rfc_definitions() -> None:
    """PATH (2.1.3.1) and PROOF (2.1.4.1) as the RFC writes them, for every small tree."""
    leaves = make_leaf_hashes(40)
    tree = MerkleTree(leaves)
    for size in range(1, 41):
        prefix = leaves[:size]
        for index in range(size):
            expected = rfc.path(index, prefix)
            assert inclusion_proof(index, prefix) == expected, (index, size)
            assert tree.inclusion_proof(index, size) == expected, (index, size)
        for old_size in range(1, size + 1):
            expected = rfc.proof(old_size, prefix)
            assert consistency_proof(old_size, prefix) == expected, (old_size, size)
            assert tree.consistency_proof(old_size, size) == expected, (old_size, size)


# --- properties over trees of 1..300 leaves -------------------------------------------------------

sizes = st.integers(min_value=1, max_value=300)
salts = st.binary(max_size=4)
PROPERTY = settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@PROPERTY
@given(size=sizes, salt=salts)
@example(size=1, salt=b"")
@example(size=2, salt=b"")
@example(size=255, salt=b"")
@example(size=256, salt=b"")
@example(size=257, salt=b"")
@example(size=300, salt=b"")
def test_an_inclusion_proof_checks_with_the_independent_verifier(size: int, salt: bytes) -> None:
    leaves = make_leaf_hashes(size, salt)
    root = root_from_leaf_hashes(leaves)
    assert root == MerkleTree(leaves).root()
    for index in range(size):
        proof = inclusion_proof(index, leaves)
        assert len(proof) <= (size - 1).bit_length()  # at most the depth of the tree
        assert verify_inclusion(leaves[index], index, size, proof, root), index
        assert rfc.verify_inclusion(index, size, leaves[index], proof, root), index


@PROPERTY
@given(size=sizes, salt=salts)
@example(size=1, salt=b"")
@example(size=2, salt=b"")
@example(size=255, salt=b"")
@example(size=256, salt=b"")
@example(size=257, salt=b"")
@example(size=300, salt=b"")
def test_a_consistency_proof_checks_with_the_independent_verifier(size: int, salt: bytes) -> None:
    leaves = make_leaf_hashes(size, salt)
    tree = MerkleTree(leaves)
    new_root = tree.root()
    for old_size in range(size + 1):
        old_root = tree.root(old_size)
        proof = consistency_proof(old_size, leaves)
        assert tree.consistency_proof(old_size) == proof
        assert verify_consistency(old_size, size, old_root, new_root, proof), old_size
        assert rfc.verify_consistency(old_size, size, old_root, new_root, proof), old_size


@st.composite
def inclusion_cases(draw: st.DrawFn) -> tuple[list[bytes], int, list[bytes], bytes]:
    size = draw(st.integers(min_value=1, max_value=300))
    index = draw(st.integers(min_value=0, max_value=size - 1))
    leaves = make_leaf_hashes(size, draw(salts))
    tree = MerkleTree(leaves)
    return leaves, index, tree.inclusion_proof(index), tree.root()


@st.composite
def consistency_cases(draw: st.DrawFn) -> tuple[int, int, bytes, bytes, list[bytes]]:
    size = draw(st.integers(min_value=2, max_value=300))
    old_size = draw(st.integers(min_value=1, max_value=size - 1))
    tree = MerkleTree(make_leaf_hashes(size, draw(salts)))
    return old_size, size, tree.root(old_size), tree.root(), tree.consistency_proof(old_size)


def both_verify_inclusion(
    leaf: bytes, index: int, size: int, proof: list[bytes], root: bytes
) -> bool:
    ours = verify_inclusion(leaf, index, size, proof, root)
    theirs = rfc.verify_inclusion(index, size, leaf, proof, root)
    assert ours == theirs, "the two verifiers disagree"
    return ours


def both_verify_consistency(
    old_size: int, new_size: int, old_root: bytes, new_root: bytes, proof: list[bytes]
) -> bool:
    ours = verify_consistency(old_size, new_size, old_root, new_root, proof)
    theirs = rfc.verify_consistency(old_size, new_size, old_root, new_root, proof)
    assert ours == theirs, "the two verifiers disagree"
    return ours


@settings(max_examples=200, deadline=None)
@given(case=inclusion_cases(), bit=st.integers(min_value=0, max_value=255), data=st.data())
def test_a_flipped_bit_in_the_leaf_the_proof_or_the_root_fails_inclusion(
    case: tuple[list[bytes], int, list[bytes], bytes], bit: int, data: st.DataObject
) -> None:
    leaves, index, proof, root = case
    size = len(leaves)
    leaf = leaves[index]
    assert both_verify_inclusion(leaf, index, size, proof, root)
    assert not both_verify_inclusion(flip(leaf, bit), index, size, proof, root)
    assert not both_verify_inclusion(leaf, index, size, proof, flip(root, bit))
    if proof:
        i = data.draw(st.integers(min_value=0, max_value=len(proof) - 1), label="element")
        tampered = [*proof[:i], flip(proof[i], bit), *proof[i + 1 :]]
        assert not both_verify_inclusion(leaf, index, size, tampered, root)


@settings(max_examples=200, deadline=None)
@given(case=consistency_cases(), bit=st.integers(min_value=0, max_value=255), data=st.data())
def test_a_flipped_bit_in_either_root_or_the_proof_fails_consistency(
    case: tuple[int, int, bytes, bytes, list[bytes]], bit: int, data: st.DataObject
) -> None:
    old_size, new_size, old_root, new_root, proof = case
    assert both_verify_consistency(old_size, new_size, old_root, new_root, proof)
    assert not both_verify_consistency(old_size, new_size, flip(old_root, bit), new_root, proof)
    assert not both_verify_consistency(old_size, new_size, old_root, flip(new_root, bit), proof)
    i = data.draw(st.integers(min_value=0, max_value=len(proof) - 1), label="element")
    tampered = [*proof[:i], flip(proof[i], bit), *proof[i + 1 :]]
    assert not both_verify_consistency(old_size, new_size, old_root, new_root, tampered)


@settings(max_examples=200, deadline=None)
@given(case=inclusion_cases(), data=st.data())
def test_a_reshaped_inclusion_proof_is_judged_alike_by_both_verifiers(
    case: tuple[list[bytes], int, list[bytes], bytes], data: st.DataObject
) -> None:
    """Wrong index or size, a dropped, repeated or extra element: the verifiers agree."""
    leaves, index, proof, root = case
    size = len(leaves)
    leaf = leaves[index]
    other_index = data.draw(st.integers(min_value=-1, max_value=size), label="index")
    other_size = data.draw(st.integers(min_value=0, max_value=2 * size + 1), label="size")
    both_verify_inclusion(leaf, other_index, size, proof, root)
    both_verify_inclusion(leaf, index, other_size, proof, root)
    if other_index != index and 0 <= other_index < size:
        assert not verify_inclusion(leaf, other_index, size, proof, root)
    assert not both_verify_inclusion(leaf, index, size, [*proof, root], root)
    assert not both_verify_inclusion(leaf, index, size, [root, *proof], root)
    if proof:
        assert not both_verify_inclusion(leaf, index, size, proof[:-1], root)
        assert not both_verify_inclusion(leaf, index, size, [proof[0], *proof], root)


@settings(max_examples=200, deadline=None)
@given(case=consistency_cases(), data=st.data())
def test_a_reshaped_consistency_proof_is_judged_alike_by_both_verifiers(
    case: tuple[int, int, bytes, bytes, list[bytes]], data: st.DataObject
) -> None:
    old_size, new_size, old_root, new_root, proof = case
    other_old = data.draw(st.integers(min_value=0, max_value=new_size + 1), label="old size")
    other_new = data.draw(st.integers(min_value=0, max_value=2 * new_size), label="new size")
    both_verify_consistency(other_old, new_size, old_root, new_root, proof)
    both_verify_consistency(old_size, other_new, old_root, new_root, proof)
    assert not both_verify_consistency(old_size, new_size, new_root, old_root, proof)
    assert not both_verify_consistency(old_size, new_size, old_root, new_root, [])
    assert not both_verify_consistency(old_size, new_size, old_root, new_root, proof[:-1])
    assert not both_verify_consistency(old_size, new_size, old_root, new_root, [*proof, new_root])
    assert not both_verify_consistency(old_size, new_size, old_root, new_root, [old_root, *proof])


def test_the_trivial_consistency_cases_take_the_empty_proof() -> None:
    root = root_from_leaf_hashes(make_leaf_hashes(5))
    other = root_from_leaf_hashes(make_leaf_hashes(6))
    for verify in (verify_consistency, rfc.verify_consistency):
        assert verify(0, 0, EMPTY_ROOT, EMPTY_ROOT, [])
        assert verify(0, 5, EMPTY_ROOT, root, [])
        assert verify(5, 5, root, root, [])
        assert not verify(0, 0, root, root, [])  # a tree of size 0 has the empty root
        assert not verify(0, 5, root, root, [])
        assert not verify(5, 5, root, other, [])
        assert not verify(5, 5, root, root, [root])
        assert not verify(0, 5, EMPTY_ROOT, root, [EMPTY_ROOT])
        assert not verify(6, 5, other, root, [])
    assert consistency_proof(0, make_leaf_hashes(5)) == []
    assert consistency_proof(5, make_leaf_hashes(5)) == []


def test_out_of_range_requests_are_refused() -> None:
    leaves = make_leaf_hashes(5)
    with pytest.raises(IndexError):
        inclusion_proof(5, leaves)
    with pytest.raises(IndexError):
        inclusion_proof(-1, leaves)
    with pytest.raises(ValueError):
        consistency_proof(6, leaves)
    with pytest.raises(IndexError):
        MerkleTree(leaves).inclusion_proof(3, 3)
    with pytest.raises(ValueError):
        MerkleTree(leaves).root(6)
    root = root_from_leaf_hashes(leaves)
    assert not verify_inclusion(leaves[0], -1, 5, inclusion_proof(0, leaves), root)
    assert not verify_inclusion(leaves[0], 0, 0, [], EMPTY_ROOT)
    assert not verify_inclusion(leaves[0][:31], 0, 1, [], leaves[0][:31])  # not a hash


# --- cost -----------------------------------------------------------------------------------------


@pytest.fixture
def count_hashes(monkeypatch: pytest.MonkeyPatch) -> Iterator[list[int]]:
    calls = [0]
    real = hashlib.sha256

    def counting(data: bytes = b"") -> hashlib._Hash:
        calls[0] += 1
        return real(data)

    monkeypatch.setattr(ledger, "_sha256", counting)
    yield calls


def test_a_proof_over_n_leaves_costs_fewer_than_n_node_hashes(count_hashes: list[int]) -> None:
    size = 1000
    leaves = make_leaf_hashes(size)
    for index in (0, 1, 500, 511, 512, 998, 999):
        count_hashes[0] = 0
        inclusion_proof(index, leaves)
        assert count_hashes[0] < size, index
    for old_size in (1, 2, 3, 500, 511, 512, 513, 999, 1000):
        count_hashes[0] = 0
        consistency_proof(old_size, leaves)
        assert count_hashes[0] < size, old_size


def test_a_merkle_tree_hashes_once_then_proves_in_logarithmic_time(
    count_hashes: list[int],
) -> None:
    size = 1000
    leaves = make_leaf_hashes(size)
    count_hashes[0] = 0
    tree = MerkleTree(leaves)
    assert count_hashes[0] < size  # every perfect block, once
    log = math.ceil(math.log2(size))
    for index in (0, 500, 999):
        count_hashes[0] = 0
        tree.inclusion_proof(index)
        assert count_hashes[0] <= 2 * log
    for old_size in (1, 513, 999):
        count_hashes[0] = 0
        tree.consistency_proof(old_size)
        tree.root(old_size)
        assert count_hashes[0] <= 3 * log


def test_an_append_costs_one_node_hash_on_average(count_hashes: list[int]) -> None:
    accumulator = MerkleAccumulator()
    accumulator.extend(make_leaf_hashes(1024))
    more = make_leaf_hashes(1024, b"more")
    count_hashes[0] = 0
    accumulator.extend(more)
    # From n to 2n leaves with n a power of two: n carries, i.e. n node hashes.
    assert count_hashes[0] == 1024


# --- accumulator ----------------------------------------------------------------------------------


@settings(max_examples=30, deadline=None)
@given(size=sizes, salt=salts)
@example(size=1, salt=b"")
@example(size=2, salt=b"")
@example(size=255, salt=b"")
@example(size=256, salt=b"")
@example(size=257, salt=b"")
@example(size=300, salt=b"")
def test_the_accumulator_root_equals_the_batch_root_at_every_size(size: int, salt: bytes) -> None:
    leaves = make_leaf_hashes(size, salt)
    tree = MerkleTree(leaves)
    accumulator = MerkleAccumulator()
    assert accumulator.root() == EMPTY_ROOT
    for n, leaf in enumerate(leaves, start=1):
        accumulator.append(leaf)
        assert accumulator.size == n
        assert len(accumulator.frontier) == n.bit_count() <= n.bit_length()
        assert accumulator.root() == tree.root(n), n
    assert accumulator.root() == root_from_leaf_hashes(leaves) == rfc.mth(leaves)


@settings(max_examples=100, deadline=None)
@given(size=sizes, data=st.data())
def test_an_accumulator_resumed_from_a_checkpoint_gives_the_same_roots(
    size: int, data: st.DataObject
) -> None:
    leaves = make_leaf_hashes(size)
    cut = data.draw(st.integers(min_value=0, max_value=size), label="checkpoint")
    first = MerkleAccumulator()
    first.extend(leaves[:cut])
    checkpoint = (first.size, first.frontier)
    resumed = MerkleAccumulator(*checkpoint)
    assert resumed.root() == first.root()
    for leaf in leaves[cut:]:
        first.append(leaf)
        resumed.append(leaf)
        assert resumed.root() == first.root()
    assert resumed.size == size
    assert resumed.frontier == first.frontier
    assert resumed.root() == root_from_leaf_hashes(leaves)


def test_a_frontier_that_does_not_fit_the_size_is_refused() -> None:
    hash_ = leaf_hash(b"x")
    with pytest.raises(ValueError):
        MerkleAccumulator(3, [hash_])  # size 3 = 2 + 1 needs two subtree roots
    with pytest.raises(ValueError):
        MerkleAccumulator(0, [hash_])
    with pytest.raises(ValueError):
        MerkleAccumulator(-1)
    with pytest.raises(ValueError):
        MerkleAccumulator(1, [b"short"])
    with pytest.raises(ValueError):
        MerkleAccumulator().append(b"not a leaf hash")


def test_the_frontier_is_a_snapshot_not_a_live_view() -> None:
    accumulator = MerkleAccumulator()
    accumulator.append(leaf_hash(b"a"))
    frontier = accumulator.frontier
    accumulator.append(leaf_hash(b"b"))
    assert frontier == (leaf_hash(b"a"),)
    assert accumulator.frontier == (node_hash(leaf_hash(b"a"), leaf_hash(b"b")),)


# --- digest ---------------------------------------------------------------------------------------


def test_a_digest_is_the_size_and_the_hex_root() -> None:
    accumulator = MerkleAccumulator()
    accumulator.extend(CT_LEAF_HASHES)
    digest = accumulator.digest()
    assert digest == Digest(size=8, root=CT_ROOTS[8])
    assert digest.as_dict() == {"size": 8, "root": CT_ROOTS[8]}
    assert Digest.from_dict(digest.as_dict()) == digest
    assert digest.root_bytes == bytes.fromhex(CT_ROOTS[8])
    assert MerkleAccumulator().digest().as_dict() == {"size": 0, "root": CT_ROOTS[0]}


def test_a_digest_refuses_a_malformed_root() -> None:
    with pytest.raises(ValueError):
        Digest(size=1, root="ABCD" * 16)  # upper case: not the canonical spelling
    with pytest.raises(ValueError):
        Digest(size=1, root="00" * 31)
    with pytest.raises(ValueError):
        Digest(size=-1, root=CT_ROOTS[0])
