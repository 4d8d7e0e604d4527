"""The act grammar's helpers that only a text with an act number calls, imported at
their first call (:func:`.lazy_modules.lazy_names`).

families/eu_acts.py imports these names from here (families/act_word_helpers.py holds
those of families/act_words.py: two modules, so that none imports in a circle); a text
with no act in it ("Article 5 TEU") calls none of them and imports none of their
modules. A name is listed twice: under ``TYPE_CHECKING`` for the type checker, and in
the ``lazy_names`` call of its module.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..knowledge.lazy_modules import lazy_names

if TYPE_CHECKING:
    from .act_bare import bare_act as bare_act
    from .act_kind_fallbacks import kind_before as kind_before
    from .act_kind_fallbacks import kind_of_sentence as kind_of_sentence
    from .act_lists import elided_item as elided_item
    from .act_lists import same_list as same_list
    from .act_lists import tight_list as tight_list
    from .act_ranges import article_range as article_range
    from .act_ranges import period as period
    from .act_ranges import zero_serial as zero_serial
    from .act_years import bare_reading as bare_reading
    from .act_years import known_act as known_act
    from .act_years import latest_act_year as latest_act_year
    from .act_years import read_for_kind as read_for_kind
    from .act_years import reading as reading
    from .act_years import reversed_two_digit_year as reversed_two_digit_year
    from .act_years import year_marked as year_marked
    from .corrigendum_labels import corrigendum_label as corrigendum_label
    from .corrigendum_labels import field_label as field_label
else:
    lazy_names(".act_bare", "bare_act")
    lazy_names(".act_kind_fallbacks", "kind_before", "kind_of_sentence")
    lazy_names(".act_lists", "elided_item", "same_list", "tight_list")
    lazy_names(".act_ranges", "article_range", "period", "zero_serial")
    lazy_names(".act_years", "bare_reading", "known_act", "latest_act_year")
    lazy_names(".act_years", "read_for_kind", "reading", "reversed_two_digit_year")
    lazy_names(".act_years", "year_marked")
    lazy_names(".corrigendum_labels", "corrigendum_label", "field_label")
