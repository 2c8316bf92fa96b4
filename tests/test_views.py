"""The views' row conversions, apart from any store."""

from __future__ import annotations

import json
from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st

from timeline.queries import search_words
from timeline.views import encode_resource, fact_row

_STANDARD = json.JSONEncoder(ensure_ascii=False, separators=(",", ":"))

_scalars = (
    st.none()
    | st.booleans()
    | st.integers(min_value=-(2**70), max_value=2**70)
    | st.floats(allow_nan=False, allow_infinity=False)
    | st.sampled_from([1e-05, -3.5e-07, 0.0001, 0.00001234, 1e-300, 2.5e-5])
    | st.text()
    | st.sampled_from(["re-elected", "1e-5 as text", "0.00001 in words", "\ud800 lone"])
)
_trees = st.recursive(
    _scalars,
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(), inner, max_size=4),
    max_leaves=20,
)


@settings(max_examples=400)
@given(st.dictionaries(st.text(), _trees, max_size=6))
def test_a_resource_is_encoded_as_the_standard_json_encoder_would(resource: dict[str, Any]) -> None:
    assert encode_resource(resource) == _STANDARD.encode(resource)


def test_small_floats_are_written_as_the_standard_encoder_writes_them() -> None:
    resource = {"quote": "re-elected", "quantities": [{"value": 1e-05}, {"value": 2.5e-07}]}
    assert encode_resource(resource) == (
        '{"quote":"re-elected","quantities":[{"value":1e-05},{"value":2.5e-07}]}'
    )


def test_the_search_text_of_a_fact_row_is_folded_like_the_search_words() -> None:
    state = {
        "fact_id": "f",
        "document_id": "d",
        "type": "MeetingHeld",
        "modality": "asserted",
        "summary": "In\u00e1cio met \u00c9mile",
        "actors": [{"id": "x:z", "name": "Zo\u00eb", "role": "host"}],
        "evidence": [{"quote": "STRA\u00dfE", "start": 0, "end": 6}],
    }
    row = fact_row(state, status="active", version=1, recorded_at="2025-01-01T00:00:00+00:00")
    assert row["search_text"] == "strasse inacio met emile zoe"
    assert all(word in row["search_text"] for word in search_words("Inácio ÉMILE zoë straße"))
