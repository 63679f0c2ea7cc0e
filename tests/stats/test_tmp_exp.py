import pytest
from concertons.stats import suppression
from tests.stats import test_properties as tp

@pytest.mark.parametrize("off", [("_link_shared_margins", "_family_leaks"), ("_protect_bridges",), ("_protect_lines",)])
def test_switch_off(monkeypatch, off):
    for name in off:
        monkeypatch.setattr(suppression, name, lambda *a, **k: 0)
    with pytest.raises(AssertionError):
        tp.test_no_secret_can_be_recovered_when_the_data_fall_in_blocks()
