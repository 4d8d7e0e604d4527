"""A short name defined with its article ("an Treoir maidir le CBL", "the Firearms
Directive") is used later with the article fused into a preposition (ga "den Treoir
maidir le CBL"); Irish closes the definition's bracket with a marker after the name
("(dá ngairtear ‘…’ anseo feasta)")."""

from __future__ import annotations

import pytest

from citeresolve import extract


def _keys(text: str, lang: str) -> list[str]:
    return [c.key for c in extract(text, lang=lang)]


@pytest.mark.parametrize(
    ("lang", "text", "pin"),
    [
        (
            "ga",
            "Treoir 2006/112/CE ón gComhairle (dá ngairtear ‘an Treoir maidir le CBL’ anseo"
            " feasta). Tá Rialachán (AE) 2020/285 ann freisin. Sonraítear in Airteagal 193 den"
            " Treoir maidir le CBL go bhfuil an duine faoi dhliteanas.",
            "CELEX:32006L0112:193",
        ),
        (
            "ga",
            "Treoir 2006/112/CE ón gComhairle (dá ngairtear ‘Treoir CBL’ anseo feasta). Tá"
            " Rialachán (AE) 2020/285 ann freisin. Féach Airteagal 199b den Treoir CBL.",
            "CELEX:32006L0112:199b",
        ),
        (
            "it",
            "La direttiva 91/477/CEE del Consiglio (di seguito «la direttiva sulle armi da"
            " fuoco»). Si applica anche il regolamento (UE) 2019/1148. A norma dell'articolo 17"
            " della direttiva sulle armi da fuoco, la Commissione riferisce.",
            "CELEX:31991L0477:17",
        ),
        (
            "en",
            "Council Directive 91/477/EEC (hereinafter ‘the Firearms Directive’). Regulation"
            " (EU) 2019/1148 also applies. Under Article 17 of the Firearms Directive the"
            " Commission reports.",
            "CELEX:31991L0477:17",
        ),
    ],
)
def test_a_defined_name_keeps_its_act_after_another_act(lang: str, text: str, pin: str) -> None:
    keys = _keys(text, lang)
    assert pin in keys
    assert not [k for k in keys if k.startswith(("CELEX:32020R0285:", "CELEX:32019R1148:"))]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        # A name of one word after its article is never taken without the article.
        (
            "ga",
            "Treoir 2006/112/CE ón gComhairle (dá ngairtear ‘an Treoir’ anseo feasta). Tá"
            " Rialachán (AE) 2020/285 ann. Airteagal 5 den Rialachán sin.",
        ),
        # The words of the name must follow one another as defined.
        (
            "ga",
            "Treoir 2006/112/CE ón gComhairle (dá ngairtear ‘an Treoir maidir le CBL’ anseo"
            " feasta). Tá Rialachán (AE) 2020/285 ann. Airteagal 5 den Treoir maidir le custam.",
        ),
        (
            "en",
            "Council Directive 91/477/EEC (hereinafter ‘the Firearms Directive’). Regulation"
            " (EU) 2019/1148 also applies. Under Article 17 of the Directive on precursors.",
        ),
    ],
)
def test_no_pin_without_the_whole_name(lang: str, text: str) -> None:
    assert not [k for k in _keys(text, lang) if k.startswith("CELEX:32006L0112:")]
    assert not [k for k in _keys(text, lang) if k.startswith("CELEX:31991L0477:")]
