"""A department written in Chinese, Japanese or Korean where a title could name the
employer ("【二次面接】光洋化成様 – 品質保証部", "二面 – 財務處", "2차 면접 – 재무부"): a unit
of the employer (``org_units`` of ``lang/``), never its name. A firm's name ending with
a similar character is still a firm ("東京倶楽部": a club)."""

from __future__ import annotations

import pytest

from assistant.detect.words import wording as w


@pytest.mark.parametrize("unit", ["品質保証部", "経理課", "外科病棟", "財務處", "研發部", "재무부"])
def test_a_department_is_a_unit(unit):
    assert w.search(w.UNIT_AT_END, unit)


@pytest.mark.parametrize("name", ["東京倶楽部", "光洋化成", "한빛병원", "星澜物流"])
def test_a_firms_name_is_no_unit(name):
    assert not w.search(w.UNIT_AT_END, name)
