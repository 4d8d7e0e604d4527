"""Online enrichment of offline resolutions: existence, titles, OJ page → act.

Off by default.  :class:`OnlineResolver` first resolves offline
(:func:`citeresolve.resolve`), then asks the services what only they know:

* CELLAR SPARQL (``publications.europa.eu/webapi/rdf/sparql``): does a CELEX
  exist and what is its title; which act starts at a given OJ page; which
  CELEX an ECLI belongs to.  EUR-Lex HTML pages are never fetched: EUR-Lex
  answers scripts with bot challenges, and URLs are built offline anyway.
* doceo and the Legislative Observatory: whether an EP document or procedure
  exists (HTTP status only, no scraping).

Politeness: one ``requests`` session with a persistent HTTP cache
(requests-cache; SQLite in the user cache directory, or Redis), a per-host
limit of at most one request per second (requests-ratelimiter), urllib3
``Retry`` with exponential backoff that honours ``Retry-After``, timeouts and
a descriptive User-Agent.  Every failure — no network, timeouts, a bot
challenge, a malformed answer — degrades to the offline resolution plus a
warning; the online layer never raises for a service's sake.

requests-cache, requests-ratelimiter and platformdirs are the optional extra
``citeresolve[online]``; they are imported only when a session is built, so
offline use needs none of them.

Many workers (``citeresolve.dask``): a ``redis://`` cache URL makes Redis hold
both the HTTP cache and the rate limit (one bucket key per host for the whole
cluster, decided and stamped by Redis's own clock: :mod:`.shared_limit`), so N
workers together still send at most one request per second to a host and never
fetch the same URL twice.
That needs the extra ``citeresolve[redis]``.
"""

from __future__ import annotations

import datetime as dt
import logging
import time
from collections.abc import Mapping
from urllib.parse import urlsplit

import attrs
import requests

from ..errors import OnlineDependencyError
from ..families.com_documents import com_document_celexes
from ..model.citation import Citation
from ..model.family import family
from ..model.keys import KeyParts, parse_key
from .eu_acts import eli_of_celex

# The HTTP layer, importable from here as before it had a module of its own.
from .http import CHALLENGE_MARKERS as CHALLENGE_MARKERS
from .http import SPARQL_JSON as SPARQL_JSON
from .http import OnlineSettings as OnlineSettings
from .http import RetryAfterTooLong
from .http import build_session as build_session
from .http import cache_info as cache_info
from .http import cache_location as cache_location
from .http import clear_cache as clear_cache
from .http import make_retry as make_retry
from .http import rate_limit_key as rate_limit_key
from .http import require_online_extra as require_online_extra
from .offline import Resolution, resolve
from .toolkit import Link, identifiers, url_template

log = logging.getLogger(__name__)

# ------------------------------------------------------------------------ SPARQL

_PREFIXES = """PREFIX cdm: <http://publications.europa.eu/ontology/cdm#>
PREFIX xsd: <http://www.w3.org/2001/XMLSchema#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
"""
_LANGUAGE_AUTHORITY = "http://publications.europa.eu/resource/authority/language/"
_COLLECTION_AUTHORITY = "http://publications.europa.eu/resource/authority/document-collection/"


def _title_clause(work: str, lang3: str) -> str:
    return f"""  OPTIONAL {{ ?expr cdm:expression_belongs_to_work {work} ;
                    cdm:expression_uses_language <{_LANGUAGE_AUTHORITY}{lang3}> ;
                    cdm:expression_title ?title . }}"""


def celex_title_query(celex: str, lang3: str) -> str:
    """Does a CELEX exist, and what is its title in ``lang3`` [I: not run live]."""
    return f"""{_PREFIXES}SELECT ?work ?title WHERE {{
  ?work cdm:resource_legal_id_celex "{celex}"^^xsd:string .
{_title_clause("?work", lang3)}
}} LIMIT 1"""


def ecli_query(ecli: str, lang3: str) -> str:
    """The CELEX (and title) of an ECLI; shape of identifiers.md §3.3 [C]."""
    return f"""{_PREFIXES}SELECT ?celex ?title WHERE {{
  ?p rdfs:subPropertyOf cdm:ecli .
  ?work ?p "{ecli}"^^xsd:string ;
        cdm:resource_legal_id_celex ?celex .
{_title_clause("?work", lang3)}
}} LIMIT 1"""


def oj_page_query(series: str, year: int, issue: int, page: int) -> str:
    """Which act starts at a page of a classic OJ issue; identifiers.md §3.3 [C, not run]."""
    return f"""{_PREFIXES}SELECT DISTINCT ?celex WHERE {{
  ?oj cdm:official-journal_number "{issue}"^^xsd:positiveInteger ;
      cdm:publication_general_date_publication ?d ;
      cdm:official-journal_part_of_collection_document <{_COLLECTION_AUTHORITY}OJ-{series}> .
  FILTER(YEAR(xsd:dateTime(?d)) = {year})
  ?w cdm:resource_legal_published_in_official-journal ?oj ;
     cdm:resource_legal_id_celex ?celex .
  ?e cdm:expression_belongs_to_work ?w .
  ?m cdm:manifestation_manifests_expression ?e ;
     cdm:manifestation_official-journal_part_page_first "{page:04d}"^^xsd:string .
}}"""


def sparql_url(query: str) -> str:
    """The GET URL of a SPARQL query (GET, so the HTTP cache can keep the answer)."""
    endpoint = url_template("cellar_sparql")
    prepared = requests.Request("GET", endpoint, params={"query": query, "format": SPARQL_JSON})
    return str(prepared.prepare().url)


# ---------------------------------------------------------------------- resolver


class _Degrade(Exception):
    """A service could not answer: keep the offline resolution, add this warning."""


def _refusal(response: requests.Response, expect_json: bool) -> str | None:
    """Why ``response`` is not a real answer (a bot challenge, an empty 202 …), or None."""
    if response.status_code == 202 and not response.content:
        return "an empty 202 (the answer scripts get instead of content)"
    content_type = response.headers.get("Content-Type", "")
    head = response.text[:4000].lower() if response.content else ""
    if any(marker in head for marker in CHALLENGE_MARKERS):
        return "a bot challenge"
    if expect_json and response.status_code == 200 and "json" not in content_type:
        return f"{content_type or 'an untyped answer'} instead of JSON (likely a bot challenge)"
    return None


@attrs.define
class OnlineResolver:
    """Resolve keys offline, then enrich them from the services.

    Pass ``session`` to use your own ``requests.Session`` (tests pass a plain
    one to replay cassettes); otherwise a cached, rate-limited session is
    built on first use, which needs the ``online`` extra.
    """

    session: requests.Session | None = None
    settings: OnlineSettings = attrs.Factory(OnlineSettings)
    # host -> monotonic time before which that host is not called again (it asked
    # to wait, or it failed to connect several times in a row)
    _not_before: dict[str, float] = attrs.field(factory=dict, init=False)
    _failures: dict[str, int] = attrs.field(factory=dict, init=False)
    _no_head: set[str] = attrs.field(factory=set, init=False)
    _owns_session: bool = attrs.field(default=False, init=False)
    # Why each online check that could not run did not (the offline answer was
    # kept): callers such as ``check --online`` say that a check is incomplete.
    unchecked: list[str] = attrs.field(factory=list, init=False)

    def __enter__(self) -> OnlineResolver:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        if self._owns_session and self.session is not None:
            self.session.close()
            self.session = None

    def _session(self) -> requests.Session:
        if self.session is None:
            self.session = build_session(self.settings)
            self._owns_session = True
        return self.session

    def resolve(
        self,
        citation_or_key: Citation | str,
        *,
        lang: str = "en",
        date: dt.date | str | None = None,
    ) -> Resolution:
        """Like :func:`citeresolve.resolve`, plus ``exists``/``title`` where a service knows.

        Never raises for a network or service failure: the offline resolution
        comes back with a warning instead.
        """
        offline = resolve(citation_or_key, lang=lang, date=date)
        if offline.status != "ok":
            return offline
        parts = (
            citation_or_key.parts
            if isinstance(citation_or_key, Citation)
            else parse_key(citation_or_key)
        )
        try:
            return self._enrich(offline, parts)
        except _Degrade as exc:
            self.unchecked.append(str(exc))
            return attrs.evolve(offline, warnings=(*offline.warnings, str(exc)))
        except OnlineDependencyError:
            raise
        except Exception as exc:  # enrichment is optional: never lose the offline answer
            log.warning("online check of %s failed", offline.key, exc_info=True)
            warning = f"online check failed ({type(exc).__name__}: {exc}); offline URL kept"
            self.unchecked.append(warning)
            return attrs.evolve(offline, warnings=(*offline.warnings, warning))

    # --- per type

    def _enrich(self, res: Resolution, parts: KeyParts) -> Resolution:
        # Which check applies is the family's choice (Family.online_check).
        lang3 = str(identifiers()["cellar_languages"][res.lang])
        check = family(res.type).online_check
        if check == "case" and parts.ecli is not None:
            return self._enrich_ecli(res, parts.ecli, lang3)
        if check == "case":
            return self._enrich_case(res, lang3)
        if check == "com_doc":
            return self._enrich_com_doc(res, parts, lang3)
        if check == "celex_title" and res.celex:
            found, title = self._celex_title(res.celex, lang3)
            if not found:
                return self._not_found(res, f"CELLAR has no work with CELEX {res.celex}")
            return attrs.evolve(res, exists=True, title=title)
        if check == "http_status" and res.url:
            return self._enrich_by_status(res, res.url)
        if check == "oj_page" and parts.number is None and parts.page is not None:
            return self._enrich_oj_page(res, parts)
        return res

    def _not_found(self, res: Resolution, reason: str) -> Resolution:
        """A service did not find ``res``. An absence is no proof (a query bug, a
        document not yet indexed): the status becomes ``unconfirmed``, the offline
        URL and alternatives stay, and a warning says what the service answered."""
        warning = f"{reason}; offline URL kept, unconfirmed"
        return attrs.evolve(
            res,
            status="unconfirmed",
            exists=False,
            reason=reason,
            warnings=(*res.warnings, warning),
        )

    def _enrich_case(self, res: Resolution, lang3: str) -> Resolution:
        assert res.celex is not None
        found, title = self._celex_title(res.celex, lang3)
        if not found:
            # A case may close by order or still be pending: no judgment is no proof
            # that the case does not exist, so the curia URL stands.
            note = f"no judgment {res.celex} in CELLAR (the case may have closed by order)"
            return attrs.evolve(res, warnings=(*res.warnings, note))
        return attrs.evolve(res, exists=True, title=title)

    def _enrich_ecli(self, res: Resolution, ecli: str, lang3: str) -> Resolution:
        rows = self._sparql(ecli_query(ecli, lang3))
        if not rows:
            return self._not_found(res, f"CELLAR knows no document with {ecli}")
        celex = rows[0]["celex"]
        title = rows[0].get("title")
        eurlex = url_template("eurlex_celex").format(LANG=res.lang.upper(), celex=celex)
        judgment = Link("eur-lex", eurlex)
        return attrs.evolve(
            res, exists=True, title=title, celex=celex, alternatives=(*res.alternatives, judgment)
        )

    def _enrich_com_doc(self, res: Resolution, parts: KeyParts, lang3: str) -> Resolution:
        # The by-number URL stays primary (it is right for every document type);
        # CELLAR says which CELEX the document has, which becomes an alternative.
        for celex in com_document_celexes(parts):
            found, title = self._celex_title(celex, lang3)
            if found:
                url = url_template("eurlex_celex").format(LANG=res.lang.upper(), celex=celex)
                others = tuple(a for a in res.alternatives if a.url != url)
                if res.url != url:
                    others = (Link("eur-lex", url), *others)
                return attrs.evolve(res, exists=True, title=title, celex=celex, alternatives=others)
        tried = ", ".join(com_document_celexes(parts))
        return self._not_found(res, f"CELLAR has no {res.key} (tried {tried})")

    def _enrich_oj_page(self, res: Resolution, parts: KeyParts) -> Resolution:
        issue = str(parts.issue)
        if not issue.isdigit():
            raise _Degrade(f"page look-up is not supported for OJ subseries issues ({issue})")
        year, page = int(parts.year or 0), int(parts.page or 0)
        rows = self._sparql(oj_page_query(str(parts.series), year, int(issue), page))
        celexes = sorted({row["celex"] for row in rows})
        if len(celexes) != 1:
            what = "no act" if not celexes else f"{len(celexes)} acts ({', '.join(celexes)})"
            raise _Degrade(f"CELLAR lists {what} starting at that page; linked the OJ issue")
        celex = celexes[0]
        url = url_template("eurlex_celex").format(LANG=res.lang.upper(), celex=celex)
        issue_link = Link("oj_issue", str(res.url))
        return attrs.evolve(
            res,
            exists=True,
            celex=celex,
            eli=eli_of_celex(celex),
            url=url,
            alternatives=(issue_link, *res.alternatives),
        )

    def _enrich_by_status(self, res: Resolution, url: str) -> Resolution:
        response = self._get(url, expect_json=False, head=True)
        if response.status_code == 404:
            host = urlsplit(url).netloc
            return self._not_found(res, f"{host} answers 404 for {res.key}")
        if response.status_code != 200:
            host = urlsplit(url).netloc
            raise _Degrade(f"{host} answered HTTP {response.status_code}; offline URL kept")
        return attrs.evolve(res, exists=True)

    # --- HTTP

    def _celex_title(self, celex: str, lang3: str) -> tuple[bool, str | None]:
        rows = self._sparql(celex_title_query(celex, lang3))
        return (bool(rows), rows[0].get("title") if rows else None)

    def _sparql(self, query: str) -> list[dict[str, str]]:
        response = self._get(sparql_url(query), expect_json=True)
        if response.status_code != 200:
            raise _Degrade(f"CELLAR SPARQL answered HTTP {response.status_code}; offline URL kept")
        bindings: list[Mapping[str, Mapping[str, str]]] = response.json()["results"]["bindings"]
        if not bindings:
            self._cache_briefly(response, "GET", sparql_url(query))
        return [{name: cell["value"] for name, cell in row.items()} for row in bindings]

    def _get(self, url: str, *, expect_json: bool, head: bool = False) -> requests.Response:
        """GET ``url`` (HEAD first when ``head`` and the host answers HEAD)."""
        host = urlsplit(url).netloc
        wait = self._not_before.get(host, 0.0) - time.monotonic()
        if wait > 0:
            raise _Degrade(f"{host} is not answering or asked us to wait; offline URL kept")
        session = self._session()
        headers = {"Accept": SPARQL_JSON if expect_json else "text/html"}
        if "python-requests" in str(session.headers.get("User-Agent", "")):
            headers["User-Agent"] = self.settings.user_agent  # an injected plain session
        timeout = (self.settings.connect_timeout, self.settings.timeout)
        method = "HEAD" if head and host not in self._no_head else "GET"
        try:
            response = session.request(
                method, url, headers=headers, timeout=timeout, allow_redirects=True
            )
            if method == "HEAD" and response.status_code in (405, 501):
                # The host does not answer HEAD: GET from now on.
                self._no_head.add(host)
                response = session.get(url, headers=headers, timeout=timeout)
        except RetryAfterTooLong as exc:
            self._not_before[host] = time.monotonic() + exc.seconds
            raise _Degrade(f"{host}: {exc}; offline URL kept") from exc
        except (requests.ConnectionError, requests.Timeout) as exc:
            self._connection_failed(host)
            raise _Degrade(f"{host} unreachable ({type(exc).__name__}); offline URL kept") from exc
        except requests.RequestException as exc:
            raise _Degrade(f"{host} unreachable ({type(exc).__name__}); offline URL kept") from exc
        self._failures.pop(host, None)
        self._remember_retry_after(host, response)
        refusal = _refusal(response, expect_json and method == "GET")
        if refusal:
            raise _Degrade(f"{host} answered with {refusal}; offline URL kept")
        if response.status_code == 404:
            self._cache_briefly(response, response.request.method or method, url)
        return response

    def _connection_failed(self, host: str) -> None:
        """Count a connection failure; give the host up after several in a row, so
        that a resolver without DNS or on a hanging line does not wait per key."""
        self._failures[host] = self._failures.get(host, 0) + 1
        if self._failures[host] >= self.settings.max_connection_failures:
            self._not_before[host] = time.monotonic() + self.settings.host_cooldown
            log.warning(
                "%s: %d connection failures in a row; not asked again for %.0f s",
                host,
                self._failures[host],
                self.settings.host_cooldown,
            )

    def _cache_briefly(self, response: requests.Response, method: str, url: str) -> None:
        """Keep an answer that something is missing for ``negative_expire_after``
        only (the HTTP cache keeps successes for ``expire_after``, and failures
        not at all, so a 404 would otherwise be asked again every time)."""
        cache = getattr(self.session, "cache", None)
        if cache is None or getattr(response, "from_cache", False):
            return
        # The key of the request as the session sent it (a transport adapter
        # may have rewritten the URL of response.request).
        key = cache.create_key(requests.Request(method, url).prepare())
        expires = dt.datetime.now(dt.UTC).replace(tzinfo=None) + self.settings.negative_expire_after
        cache.save_response(response, cache_key=key, expires=expires)

    def _remember_retry_after(self, host: str, response: requests.Response) -> None:
        """Keep a final 429/503's Retry-After for later calls to the same host."""
        if response.status_code not in (429, 503):
            return
        value = response.headers.get("Retry-After", "")
        if value.isdigit():
            self._not_before[host] = time.monotonic() + int(value)
