"""The keys of the trigger automata (:mod:`.scan`) and the letters-only copy they read.

A :class:`~.scan.Trigger` reports where the first word of one of its phrases starts.
Its automaton reads a lower-cased copy of the text in which every character that is
no letter is a space (:func:`normalise`); each phrase's first word becomes a key of
that alphabet, with the space before it where it starts a word, the start of the next
word where that is what decides, and the space after it where a whole word ends.
"""

from __future__ import annotations

from ..knowledge.lang import spellings
from ..knowledge.lazy_patterns import lazy_pattern


def first_word(phrase: str) -> str:
    """The literal start of a phrase (see :mod:`citeresolve.lang`), lower-cased.

    A phrase that starts with ``*`` ("*verordnung" for German compounds) has
    its first literal part returned with a leading ``*``: it may start inside
    a word.
    """
    word = phrase.strip().removeprefix("=").split(" ", 1)[0]  # "=Κανονισμού": see lang
    inside = word.startswith("*")
    word = word.lstrip("*").split("*", 1)[0]
    word = word.replace("’", "'").lower()
    return f"*{word}" if inside and word else word


_SHORT = 3  # first words this short are checked together with the next word
# A next word that starts with a digit ("=NIS 2", da "NIS 2-direktivet") is white space in
# the copy: such a phrase fires where its short first word is followed by two characters
# that are no letters, its pattern deciding the rest (keys_and_entries).
_NUMBERED_NEXT = "  "
# How much of the next word a longer first word is checked with, in a trigger of whole
# phrases: enough to tell "European Convention" from "European Commission", and few
# enough letters that the key's spellings without accents are all there (knowledge.folding).
_NEXT_PREFIX = 4
# Everything but letters becomes a space in the copy the automaton reads, so that a
# key " de" (with its space) can only match where a word starts.
# ASCII is done by bytes.translate over the UTF-8 bytes (every byte of a multi-byte
# character is >= 128 and kept), which is several times faster than a regex
# substitution; the few non-ASCII characters that are not letters ("–", "„",
# "§", lone surrogates) are then replaced by the regex. Its class names the ASCII
# range first: the engine tests a set's members in order, and a property lookup for
# every ASCII character made the substitution twice as slow.
_ASCII_NON_LETTER = bytes(b if chr(b).isalpha() or b >= 128 else ord(" ") for b in range(256))
_ASCII = bytes(range(128))
_REPLACED = 16  # at most this many str.replace passes over a text
_NON_ASCII_NON_LETTER = lazy_pattern(r"[^\x00-\x7f\p{L}\p{M}]")


def normalise(text: str) -> str:
    """Lower-cased, letters kept, every other character a space; same length."""
    low = text.lower()
    if len(low) != len(text):
        # A few characters change length when lower-cased ("İ"); map per character.
        low = "".join(ch.lower()[:1] or ch for ch in text)
    raw = low.encode("utf-8", "surrogatepass")
    out = raw.translate(_ASCII_NON_LETTER).decode("utf-8", "surrogatepass")
    # The non-ASCII characters alone (a multi-byte character has no ASCII byte): the
    # regex reads those, a few per cent of a Latin-script text, and each distinct one
    # that is no letter ("–", "’", "„": a handful a text) is replaced by str.replace,
    # instead of a substitution that tests every character of the text.
    rest = raw.translate(None, _ASCII).decode("utf-8", "surrogatepass")
    found = set(_NON_ASCII_NON_LETTER.findall(rest))
    if len(found) > _REPLACED:
        return _NON_ASCII_NON_LETTER.sub(" ", out)  # many kinds: one pass, still linear
    for ch in found:
        out = out.replace(ch, " ")
    return out


# What a key of an automaton reports when it matches: (which trigger, start offset
# back from the key's last character, the exact forms the literal must have, next
# words still to check, length of the literal, the literal's key).
Entry = tuple[int, int, frozenset[str] | None, tuple[str, ...] | None, int, str]


# A first word's literal -> (whether it may start inside a word, the exact forms it
# must have or None for any capitalisation, whether every phrase's first word is the
# whole literal and ends with a letter: then no letter follows where one matches).
Literals = dict[str, tuple[bool, set[str] | None, bool]]


def _letters_before_mark(word: str) -> str:
    """The letters ``word`` starts with ("doc" of "doc.", "" of "(EU)")."""
    for i, ch in enumerate(word):
        if not ch.isalpha():
            return word[:i]
    return word


def first_words(
    phrases: tuple[str, ...], whole_phrases: bool = False, whole_words: bool = False
) -> tuple[Literals, dict[str, set[str] | None]]:
    """The literal of each phrase's first word, and for a short one (for any one, with
    ``whole_phrases``) the starts of the words that may follow it (None: any word).
    With ``whole_words`` a literal is closed when each of its phrases' first word is
    the whole literal, all letters (see :func:`keys_and_entries`)."""
    entries: Literals = {}
    # A short first word ("de", "the", "az") is everywhere; for it, the start of
    # the next word must match too ("De Europæiske …", "the Charter").
    followers: dict[str, set[str] | None] = {}
    for phrase in phrases:
        word = first_word(phrase)
        literal = word.lstrip("*")
        if not literal:
            continue
        words = phrase.strip().removeprefix("=").split()
        second = words[1].split("*", 1)[0].replace("’", "'").lower() if len(words) > 1 else ""
        second = "" if second.startswith("{") else second  # "{date}": any word follows
        open_ended = "*" in words[0].lstrip("*")  # "Opć* deklaracij*": any ending
        short = len(literal) <= _SHORT
        if whole_phrases and not short:
            # A word of letters and the first letters of the next ("european conv"), up to
            # the first that is no letter ("council doc" of "Council doc."): anything else
            # there is any word.
            second = _letters_before_mark(second[:_NEXT_PREFIX])
            second = second if literal.isalpha() else ""
        if (
            (short or whole_phrases)
            and second
            and not open_ended
            and followers.get(literal, set()) is not None
        ):
            followers.setdefault(literal, set()).add(second)  # type: ignore[union-attr]
        else:
            followers[literal] = None
        inside, exact, closed = entries.get(literal, (False, set(), whole_words))
        inside = inside or word.startswith("*")
        closed = closed and not open_ended and literal.isalpha()
        original = phrase.strip().removeprefix("=").split(" ", 1)[0].lstrip("*")
        original = original.split("*", 1)[0].replace("’", "'")
        exact_case = phrase.strip().startswith("=") or not any(c.islower() for c in phrase)
        if exact is None or not exact_case:
            exact = None  # some phrase accepts any capitalisation
        else:
            exact.add(original)
        entries[literal] = (inside, exact, closed)
    return entries, followers


def _key(literal: str, inside: bool, whole_word: bool) -> str:
    """The automaton key of ``literal`` ("" for none: no letter in it). A key for a word
    start carries the space before it. A closed literal (see first_words) with no next
    word to check carries the space after it: its phrases' patterns go on with white
    space (\\s+) or end with "no letter" (lang.phrase_pattern), and a letter or mark
    stays one in the copy, so no phrase of it matches where a letter follows ("VO" in
    "von", "vom", "vor")."""
    key = normalise(literal)
    if not key.strip():
        return ""
    key = key if inside else " " + key
    return key + " " if whole_word else key


def keys_and_entries(
    entries: Literals, followers: dict[str, set[str] | None]
) -> tuple[dict[str, str], dict[str, list[Entry]]]:
    """Each literal's automaton key, and what fires when each key matches."""
    keys: dict[str, str] = {}  # literal -> its automaton key
    # Automaton key -> what fired when it matched: (start offset back from the
    # key's last character, exact forms, next words still to check, length of
    # the literal, the literal's key). Different literals may share a key.
    values: dict[str, list[Entry]] = {}
    for literal, (inside, exact, closed) in entries.items():
        forms = frozenset(exact) if exact is not None else None
        after = followers.get(literal)
        key = _key(literal, inside, closed and not after)
        if not key:
            continue
        keys[literal] = key
        back = len(key) - (0 if inside else 1)
        # Capitals that drop an accent ("ΣΥΝΘΗΚΗ" for "συνθήκη") and letters typed
        # without it ("clánok" for "článok", see knowledge.folding) are lower-cased
        # without it: the same key also under each such spelling, reporting the key
        # itself. Exact-case literals keep their accents.
        written = {key} if forms is not None else spellings(key)
        if not after:
            for spelling in written:
                values.setdefault(spelling, []).append((0, back, forms, None, len(literal), key))
            continue
        # A short word with its next words: the automaton itself checks the common
        # case of one space between them (keys "the charter", "de europese"), so
        # that the countless other "the" and "de" never reach Python; after more
        # than one space the next word is checked here. A next word that starts
        # with a non-letter can never match (the scan skips the spaces first).
        nexts = {n for n in map(normalise, after) if not n.startswith(" ")}
        if forms is None or len(literal) > _SHORT:
            nexts = {spelt for n in nexts for spelt in spellings(n)}
        numbered = any(not n[:1].isalpha() for n in after)  # "=NIS 2": see _NUMBERED_NEXT
        for spelling in written:
            if numbered:
                values.setdefault(spelling + _NUMBERED_NEXT, []).append(
                    (0, back + 2, forms, None, len(literal), key)
                )
            for n in sorted(nexts):
                values.setdefault(f"{spelling} {n}", []).append(
                    (0, back + 1 + len(n), forms, None, len(literal), key)
                )
            if nexts:
                values.setdefault(spelling + "  ", []).append(
                    (0, back + 2, forms, tuple(sorted(nexts)), len(literal), key)
                )
    return keys, values
