"""A national act's title word before an act's mention (pipeline/national_titles.py) is
looked for by one backwards attempt from the mention first, and searched for only where
that finds one: the answer is the search's on every corpus text and on awkward windows."""

from __future__ import annotations

import json

import pytest

from citeresolve.knowledge.lang import load
from citeresolve.pipeline.national_titles import _REACH, NationalTitles
from citeresolve.text.clean import clean

from .conftest import ROOT

# Title words up to three words before the mention, in capitals or not, across a line
# break, with a tab, at the window's very start, and before a line's last break.
_AWKWARD = {
    "hr": "Zakon o provedbi Opće uredbe (EU) 2016/679; zakon o provedbi\tOpće uredbe; "
    "Zakona\no provedbi uredbe 2016/679; Zakon \n2016/679",
    "de": "das Gesetz zur Durchführung der Verordnung (EU) 2016/679 und Datenschutzgesetz "
    "zur Verordnung; GESETZ über die Richtlinie 2006/112/EG; Gesetz  Richtlinie",
    "ro": "Legea pentru aplicarea Regulamentului (UE) 2016/679, legea privind Directiva "
    "2019/1158; Hotărârea Guvernului pentru Regulamentul 1/2003; OUG privind Directiva",
    "pt": "a Lei de execução do Regulamento (UE) 2016/679; o Decreto-Lei que transpõe a "
    "Diretiva 2019/1158 e o Despacho  da Diretiva",
}


def _views(code: str) -> list[str]:
    views = [_AWKWARD[code]] if code in _AWKWARD else []
    for folder in ("fixtures/corpus", "fixtures/heldout"):
        for path in sorted((ROOT / folder).rglob("*.jsonl")):
            for line in path.read_text(encoding="utf-8").splitlines():
                if line.strip():
                    record = json.loads(line)
                    if record.get("lang") == code:
                        views.append(clean(record["text"]).view)
    return views


@pytest.mark.parametrize("code", ["hr", "de", "ro", "pt", "cs", "fr", "en"])
def test_a_title_word_before_a_mention_is_what_the_search_finds(code: str) -> None:
    titles = NationalTitles(load(code))
    pattern = titles._pattern
    assert pattern is not None
    found = 0
    for view in _views(code)[:80]:
        # where white space ends the window (a title can end there), and elsewhere now and then
        starts = [p for p in range(1, len(view) + 1) if view[p - 1].isspace() or not p % 11]
        for pos in starts:
            m = pattern.search(view, max(0, pos - _REACH), pos)
            expected = m is not None and m[0][:1].isupper()
            assert titles.before(view, pos) is expected, view[max(0, pos - _REACH) : pos]
            found += expected
    assert found > 0 or code not in _AWKWARD
