"""The act words' helpers that only a text with an act number calls, imported at their
first call (:func:`.lazy_modules.lazy_names`): families/act_words.py imports these
names from here (families/act_helpers.py does the same for families/eu_acts.py; two
modules, so that neither imports in a circle). A name is listed twice: under
``TYPE_CHECKING`` for the type checker, and in the ``lazy_names`` call of its module.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..knowledge.lazy_modules import lazy_names

if TYPE_CHECKING:
    from .act_list_items import lead_in_kind as lead_in_kind
    from .act_qualifiers import line_opening_qualifier_end as line_opening_qualifier_end
    from .act_word_language import counts_in as counts_in
    from .act_word_language import own_kind as own_kind
    from .act_years import cited_with_domain as cited_with_domain
else:
    lazy_names(".act_list_items", "lead_in_kind")
    lazy_names(".act_qualifiers", "line_opening_qualifier_end")
    lazy_names(".act_word_language", "counts_in", "own_kind")
    lazy_names(".act_years", "cited_with_domain")
