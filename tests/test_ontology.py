import pytest

from diurna.errors import DiurnaError
from diurna.ontology import load_ontology


def test_ontology_has_every_cameo_code_and_twenty_roots():
    onto = load_ontology()
    assert len(onto) >= 310
    roots = [c for c in onto.codes() if len(c) == 2]
    assert roots == [f"{r:02d}" for r in range(1, 21)]


@pytest.mark.parametrize(
    "code, root, quad, goldstein, plover",
    [
        ("041", "04", 1, 1.0, "CONSULT"),
        ("163", "16", 4, -8.0, "SANCTION"),
        ("190", "19", 4, -10.0, "ASSAULT"),
        ("120", "12", 3, -4.0, "REJECT"),
        ("0871", "08", 2, 9.0, "RETREAT"),
        ("057", "05", 1, 8.0, "SUPPORT"),
        ("070", "07", 2, 7.0, "AID"),
    ],
)
def test_ontology_code_facts(code, root, quad, goldstein, plover):
    onto = load_ontology()
    cameo = onto.cameo(code)
    assert (cameo.root, cameo.quad_class, cameo.goldstein) == (root, quad, goldstein)
    assert onto.plover(code).type == plover


def test_ontology_quad_class_follows_root():
    onto = load_ontology()
    for code in onto.codes():
        root = int(code[:2])
        expected = 1 if root <= 5 else 2 if root <= 9 else 3 if root <= 14 else 4
        assert onto.info(code).quad_class == expected, code


def test_ontology_phone_call_has_phone_mode():
    assert load_ontology().plover("041").mode == "phone"


def test_ontology_unknown_code_is_d023():
    with pytest.raises(DiurnaError) as info:
        load_ontology().cameo("999")
    assert info.value.code == "D023"
