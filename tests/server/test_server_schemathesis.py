"""Property-based run of schemathesis against the OpenAPI document: no request makes a server error.

Bounded: for each route, a few dozen valid requests and a dozen invalid ones (schemathesis'
negative mode), called in-process through ASGI, on a database copy the run may fill with junk.
"""

from __future__ import annotations

import shutil

import pytest
import schemathesis
from hypothesis import HealthCheck, given, settings
from schemathesis import GenerationMode

pytestmark = [pytest.mark.model, pytest.mark.slow]

OPERATIONS = [
    ("POST", "/v1/code"), ("POST", "/v1/articles"), ("GET", "/v1/events"), ("GET", "/v1/dyads/{a}/{b}"),
    ("GET", "/v1/actors"), ("GET", "/v1/places"), ("GET", "/v1/summary"), ("GET", "/v1/articles/{article_id}"),
    ("GET", "/v1/health"),
]  # fmt: skip
EXAMPLES = {GenerationMode.POSITIVE: 25, GenerationMode.NEGATIVE: 12}


@pytest.fixture(scope="module")
def api_schema(tmp_path_factory, sample_db, coder):
    """The OpenAPI document of an app of its own (the real coder, a copy of the sample database)."""
    from diurna.server import ServerConfig, create_app

    path = tmp_path_factory.mktemp("fuzz") / "fuzz.duckdb"
    shutil.copyfile(sample_db[0], path)
    app = create_app(ServerConfig(db=str(path), timeout=20.0), coder=coder)
    yield schemathesis.openapi.from_asgi("/openapi.json", app)
    app.state.diurna.close()


def test_server_schemathesis_covers_every_operation(api_schema):
    found = {(r.ok().method.upper(), r.ok().path) for r in api_schema.get_all_operations()}
    assert found == set(OPERATIONS)


# Every operation both ways, but health: it takes no input, so there is nothing invalid to send.
RUNS = [(m, p, mode) for m, p in OPERATIONS for mode in EXAMPLES if (p, mode) != ("/v1/health", GenerationMode.NEGATIVE)]


@pytest.mark.parametrize("method, path, mode", RUNS, ids=[f"{m} {p} {mode.value}" for m, p, mode in RUNS])
def test_server_schemathesis_no_server_error(api_schema, method, path, mode):
    operation = api_schema[path][method]
    failures: list[str] = []

    @given(case=operation.as_strategy(generation_mode=mode))
    @settings(max_examples=EXAMPLES[mode], deadline=None, derandomize=True, database=None,
              suppress_health_check=list(HealthCheck))  # fmt: skip
    def run(case):
        response = case.call()
        if response.status_code >= 500:
            failures.append(f"{case.method} {case.formatted_path} {case.query} {case.body!r:.200} -> "
                            f"{response.status_code} {response.text[:300]}")  # fmt: skip
        elif response.status_code >= 400:
            assert set(response.json()) == {"error"}, response.text  # the one envelope, always

    run()
    assert not failures, "\n".join(failures[:5])
