"""An independent, deliberately naive RFC 9162 Merkle tree, used only as a test oracle.

It shares no code with ``timeline/ledger.py`` and is written from the RFC text:

* ``mth``: the recursive Merkle Tree Hash of section 2.1.1;
* ``path`` and ``proof``: the recursive PATH and PROOF/SUBPROOF of sections
  2.1.3.1 and 2.1.4.1, slicing lists exactly as the RFC writes them;
* ``verify_inclusion`` and ``verify_consistency``: the step-by-step loops of
  sections 2.1.3.2 and 2.1.4.2, with the RFC's variable names (fn, sn, r, fr, sr).

Speed is not a goal: ``mth`` is O(n log n) and the generators call it freely.
"""

from __future__ import annotations

from hashlib import sha256


def HASH(data: bytes) -> bytes:
    """The RFC's HASH: SHA-256."""
    return sha256(data).digest()


def hash_leaf(entry: bytes) -> bytes:
    """The MTH of a one-element list: HASH(0x00 || d0)."""
    return HASH(b"\x00" + entry)


def _k(n: int) -> int:
    """ "k is the largest power of two smaller than n (i.e., k < n <= 2k)"."""
    k = 1
    while k * 2 < n:
        k *= 2
    return k


def mth(leaf_hashes: list[bytes]) -> bytes:
    """Section 2.1.1 over already-hashed leaves: MTH({}) = HASH(), MTH({d0}) = the leaf hash."""
    n = len(leaf_hashes)
    if n == 0:
        return HASH(b"")
    if n == 1:
        return leaf_hashes[0]
    k = _k(n)
    return HASH(b"\x01" + mth(leaf_hashes[:k]) + mth(leaf_hashes[k:]))


def path(m: int, leaf_hashes: list[bytes]) -> list[bytes]:
    """PATH(m, D[n]) of section 2.1.3.1."""
    n = len(leaf_hashes)
    if n == 1:
        return []
    k = _k(n)
    if m < k:
        return [*path(m, leaf_hashes[:k]), mth(leaf_hashes[k:])]
    return [*path(m - k, leaf_hashes[k:]), mth(leaf_hashes[:k])]


def proof(m: int, leaf_hashes: list[bytes]) -> list[bytes]:
    """PROOF(m, D[n]) = SUBPROOF(m, D[n], true) of section 2.1.4.1."""
    return _subproof(m, leaf_hashes, True)


def _subproof(m: int, leaf_hashes: list[bytes], b: bool) -> list[bytes]:
    n = len(leaf_hashes)
    if m == n:
        return [] if b else [mth(leaf_hashes)]
    k = _k(n)
    if m <= k:
        return [*_subproof(m, leaf_hashes[:k], b), mth(leaf_hashes[k:])]
    return [*_subproof(m - k, leaf_hashes[k:], False), mth(leaf_hashes[:k])]


def verify_inclusion(
    leaf_index: int, tree_size: int, hash_: bytes, inclusion_path: list[bytes], root_hash: bytes
) -> bool:
    """Section 2.1.3.2, step by step."""
    # 1. leaf_index >= tree_size: fail.
    if leaf_index >= tree_size or leaf_index < 0:
        return False
    # 2. fn = leaf_index, sn = tree_size - 1.
    fn = leaf_index
    sn = tree_size - 1
    # 3. r = hash.
    r = hash_
    # 4. For each value p in the inclusion_path array:
    for p in inclusion_path:
        # a. If sn is 0, stop and fail.
        if sn == 0:
            return False
        # b. If LSB(fn) is set, or if fn is equal to sn:
        if fn & 1 or fn == sn:
            # 1. r = HASH(0x01 || p || r)
            r = HASH(b"\x01" + p + r)
            # 2. If LSB(fn) is not set, right-shift fn and sn until LSB(fn) is set or fn is 0.
            if not fn & 1:
                while not fn & 1 and fn != 0:
                    fn >>= 1
                    sn >>= 1
        else:
            # 1. r = HASH(0x01 || r || p)
            r = HASH(b"\x01" + r + p)
        # c. Right-shift both fn and sn once.
        fn >>= 1
        sn >>= 1
    # 5. sn must be 0 and r must equal root_hash.
    return sn == 0 and r == root_hash


def verify_consistency(
    first: int, second: int, first_hash: bytes, second_hash: bytes, consistency_path: list[bytes]
) -> bool:
    """Section 2.1.4.2, step by step, for 0 < first < second.

    The section leaves out the trivial cases, settled here from the definitions:
    a tree is consistent with itself (empty proof, same hash), and the empty
    tree, whose hash is MTH({}) = HASH(), is a prefix of every tree (empty proof).
    """
    if not 0 <= first <= second:
        return False
    if first == 0 and first_hash != HASH(b""):
        return False
    if first == second:
        return not consistency_path and first_hash == second_hash
    if first == 0:
        return not consistency_path
    # 1. An empty consistency_path fails.
    if not consistency_path:
        return False
    # 2. If first is an exact power of 2, prepend first_hash.
    if first & (first - 1) == 0:
        consistency_path = [first_hash, *consistency_path]
    # 3. fn = first - 1, sn = second - 1.
    fn = first - 1
    sn = second - 1
    # 4. If LSB(fn) is set, right-shift fn and sn until LSB(fn) is not set.
    while fn & 1:
        fn >>= 1
        sn >>= 1
    # 5. fr = sr = the first value of consistency_path.
    fr = sr = consistency_path[0]
    # 6. For each subsequent value c:
    for c in consistency_path[1:]:
        # a. If sn is 0, stop and fail.
        if sn == 0:
            return False
        # b. If LSB(fn) is set, or if fn is equal to sn:
        if fn & 1 or fn == sn:
            # 1. fr = HASH(0x01 || c || fr); 2. sr = HASH(0x01 || c || sr)
            fr = HASH(b"\x01" + c + fr)
            sr = HASH(b"\x01" + c + sr)
            # 3. If LSB(fn) is not set, right-shift fn and sn until LSB(fn) is set or fn is 0.
            if not fn & 1:
                while not fn & 1 and fn != 0:
                    fn >>= 1
                    sn >>= 1
        else:
            # 1. sr = HASH(0x01 || sr || c)
            sr = HASH(b"\x01" + sr + c)
        # c. Right-shift both fn and sn once.
        fn >>= 1
        sn >>= 1
    # 7. fr == first_hash, sr == second_hash and sn == 0.
    return fr == first_hash and sr == second_hash and sn == 0
