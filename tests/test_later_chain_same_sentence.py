"""In number-first and genitive-first languages an instrument's own chain comes after
it ("A 2003/88/EK irányelv 3. és 5. cikke …"); a later chain of the same sentence with
no instrument of its own ("…, míg a 6. cikk b) pontja …") goes on citing it, as the
contract's "in reach" says, when only lower-case words stand between the two chains."""

from __future__ import annotations

import pytest

import citeresolve


def _keys(text: str, lang: str) -> list[str]:
    return [c.key for c in citeresolve.extract(text, lang=lang)]


@pytest.mark.parametrize(
    ("lang", "text", "keys"),
    [
        (
            "hu",
            "A 2019/1152/EU irányelv 4. és 5. cikke tájékoztatást ír elő, míg a 8. cikk "
            "a próbaidőt korlátozza.",
            ["CELEX:32019L1152:4", "CELEX:32019L1152:5", "CELEX:32019L1152:8"],
        ),
        (
            "hu",
            "A DSA 16. cikke értesítési rendszert ír elő, a 20. cikk pedig panaszkezelést.",
            ["CELEX:32022R2065:16", "CELEX:32022R2065:20"],
        ),
        (
            "fi",
            "Direktiivin (EU) 2019/1152 4 ja 5 artikla koskevat tiedottamista, kun taas "
            "8 artiklan 1 kohta rajoittaa koeaikaa.",
            ["CELEX:32019L1152:4", "CELEX:32019L1152:5", "CELEX:32019L1152:8(1)"],
        ),
        (
            "lv",
            "Direktīvas (ES) 2019/1152 4. un 5. pants paredz informēšanu, savukārt 8. pants "
            "ierobežo pārbaudes laiku.",
            ["CELEX:32019L1152:4", "CELEX:32019L1152:5", "CELEX:32019L1152:8"],
        ),
    ],
)
def test_later_chain_cites_the_same_instrument(lang: str, text: str, keys: list[str]) -> None:
    assert _keys(text, lang) == keys


@pytest.mark.parametrize(
    "text",
    [
        # a capitalised name between: another law's article
        "A 2019/1152/EU irányelv 4. cikke tájékoztatást ír elő, míg az Mt. 45. cikk "
        "a próbaidőt szabályozza.",
        # a new sentence
        "A 2019/1152/EU irányelv 4. cikke tájékoztatást ír elő. A 8. cikk a próbaidőt korlátozza.",
    ],
)
def test_later_chain_not_tied(text: str) -> None:
    assert _keys(text, "hu") == ["CELEX:32019L1152:4"]


@pytest.mark.parametrize(
    ("lang", "text", "keys"),
    [
        (
            "hu",
            "A 2019/1152/EU irányelv 4. cikke tájékoztatást ír elő, míg a korábbi irányelv "
            "8. cikke mást mondott.",
            ["CELEX:32019L1152:4"],
        ),
        (
            "et",
            "Määruses (EL) nr 182/2011 on nõuandemenetlus (artikkel 4) ja kontrollimenetlus "
            "(artikkel 5), samuti komiteemenetluse otsuse artiklis 5a sätestatud menetlus.",
            ["CELEX:32011R0182", "CELEX:32011R0182:4", "CELEX:32011R0182:5"],
        ),
    ],
)
def test_another_act_word_between_the_chains(lang: str, text: str, keys: list[str]) -> None:
    assert _keys(text, lang) == keys


@pytest.mark.parametrize(
    ("lang", "text", "keys"),
    [
        (
            "hu",
            "A Kötelezett megsértette a GDPR 32. cikkét, továbbá a 33. és 34. cikkét.",
            ["CELEX:32016R0679:32", "CELEX:32016R0679:33", "CELEX:32016R0679:34"],
        ),
        (
            "fi",
            "Yritys laiminlöi GDPR:n 32 artiklan mukaiset turvatoimet, sekä 33 ja 34 artiklan "
            "mukaiset ilmoitukset.",
            ["CELEX:32016R0679:32", "CELEX:32016R0679:33", "CELEX:32016R0679:34"],
        ),
        (
            "lv",
            "Uzņēmums pārkāpa VDAR 32. pantu, kā arī 33. un 34. pantu.",
            ["CELEX:32016R0679:32", "CELEX:32016R0679:33", "CELEX:32016R0679:34"],
        ),
    ],
)
def test_comma_after_the_first_chain(lang: str, text: str, keys: list[str]) -> None:
    assert _keys(text, lang) == keys


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "hu",
            "A Kötelezett megsértette a GDPR 32. cikkét, továbbá a 33. és 34. cikkét. A bírságot "
            "a GDPR 83. cikke alapján szabták ki.",
        ),
        (
            "fi",
            "Yritys laiminlöi GDPR:n 32 artiklan mukaiset turvatoimet, sekä 33 ja 34 artiklan "
            "mukaiset ilmoitukset. Seuraamus määrättiin GDPR:n 83 artiklan nojalla.",
        ),
        (
            "lv",
            "Uzņēmums pārkāpa VDAR 32. pantu, kā arī 33. un 34. pantu. Sods tika noteikts "
            "saskaņā ar VDAR 83. pantu.",
        ),
    ],
)
def test_a_mention_in_the_next_sentence_is_no_other_instrument(lang: str, text: str) -> None:
    assert _keys(text, lang) == [f"CELEX:32016R0679:{n}" for n in (32, 33, 34, 83)]
