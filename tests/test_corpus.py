"""Regression bars on the gold corpus (a copy of shared/corpus under fixtures/corpus).

Each bar is the level last reached: raise it when the extractor improves,
never lower it. The one exception is a change of the gold itself (a new contract
version of the keys): the bars are then measured afresh on the new gold.
"""

from __future__ import annotations

import json
from collections import Counter

import pytest

import citeresolve

from .conftest import CORPUS, extracted, load_corpus

# language -> lowest F1 accepted; "all" is the micro-F1 over every document.
# Re-based on 2026-12-04 when the gold moved to contract version 2 of the citation
# keys (annex, recital and Protocol pins, Council documents, short forms; corpus
# copies refreshed and dev-mixed.jsonl added). The bars measured under version 1 do
# not apply to the new gold, so these are the levels the extractor reaches on it now
# (rounded down to 4 decimals); from here on they only go up.
BARS = {
    "all": 0.9957,
    "bg": 1.0,
    "cs": 1.0,
    "da": 1.0,
    "de": 1.0,
    "el": 1.0,
    "en": 0.9908,
    "es": 0.9875,
    "et": 1.0,
    "fi": 1.0,
    "fr": 1.0,
    "ga": 1.0,
    "hr": 0.9523,
    "hu": 1.0,
    "it": 1.0,
    "lt": 1.0,
    "lv": 1.0,
    "mt": 1.0,
    "nl": 0.9897,
    "pl": 0.99,
    "pt": 1.0,
    "ro": 1.0,
    "sk": 1.0,
    "sl": 1.0,
    "sv": 1.0,
}


def micro_f1(docs: list[dict]) -> float:
    """Micro-F1 of the keys over ``docs``; 0.0 when no document could be scored, so a
    language whose documents vanish fails its bar instead of passing it."""
    tp = fp = fn = scored = 0
    known = set(citeresolve.available_languages())
    for doc in docs:
        if doc["lang"] not in known:
            continue
        scored += 1
        gold = Counter(c["key"] for c in doc["citations"])
        pred = Counter(c.key for c in extracted(doc["text"], lang=doc["lang"]))
        for key in gold | pred:
            hit = min(gold[key], pred[key])
            tp += hit
            fp += pred[key] - hit
            fn += gold[key] - hit
    if not scored:
        return 0.0
    precision = tp / (tp + fp) if tp + fp else 1.0
    recall = tp / (tp + fn) if tp + fn else 1.0
    return 2 * precision * recall / (precision + recall) if precision + recall else 0.0


# Round 3 of the held-out set (fixtures/heldout/round3, 120 passages, 24 languages, 839
# citations; Council, Commission, EESC/CoR, Ombudsman, national judgments and
# parliaments, law firms, encyclopedias, academic papers), annotated by hand before
# the extractor ran on it. 0.868 was its first-contact F1 (the figure the README
# reports); it is development data now, and the bar is the last level reached.
# The ECSC Treaty's name no longer read as the EC Treaty's (nl, ga): 0.9824.
# es "…, de 26 de febrero de 2014, 2014/24/UE" (the kind of the directive read before): 0.9825.
# Fifteenth session, all fixes landed (93668dc): 0.9831.
# Seventeenth session, all fixes landed (7d1c49b): 0.9892.
# Twentieth session, all fixes landed (a3862cf): 0.9910.
# Twenty-second session, all fixes landed (7f5b455): 0.9922.
# Twenty-third session, all fixes landed (8aedb79): 0.9946.
# Twenty-seventh session, all fixes landed: 0.9952.
HELDOUT_ROUND3_BAR = 0.9952


# Round 4 (fixtures/heldout/round4, 121 passages, 24 languages, 802 citations; CJEU
# judgments and opinions, transposition measures, EUR-Lex summaries, Court of Auditors
# reports, agency guidance, course material, press releases, procurement), annotated and
# reviewed by hand before the extractor ran on it. 0.907 was its first-contact F1 (main at
# 55f4983); it is development data now, and the bar is the level reached.
# A single unnumbered annex named through a reference word: 0.9931.
# The single annex cited with no digit in reach (fr "l'annexe de la Directive"): 0.9931.
# A COM number with a slash after it is no COM document (fi "COM(2009) 83/01"): 0.9937.
# Twenty-eighth session, all fixes landed: 0.9962.
HELDOUT_ROUND4_BAR = 0.9962


# Round 5 (fixtures/heldout/round5, 120 passages, 24 languages, 645 citations; privacy
# notices, competition decisions, explanatory memoranda, national authorities' guidance,
# EUIPO decisions, debates, theses), annotated and reviewed by hand before the extractor
# ran on it. 0.875 was its first-contact F1 (main at a419126); it is development data now,
# and the bar is the level reached (0.9781 with ga "Rialachán Uimh. 11", a regulation
# numbered without a year, named by its title). The EP Rules named in full in a keyword
# line (hr "Poslovnik Parlamenta"): 0.9789.
# fr paragraphs cited by their number before the article ("aux 5 et 6 de l'article 83"): 0.9813.
# An inserted paragraph in brackets ("Airteagal 20(1d)") cites nothing: 0.9820.
# es "artículo 18 CE" in a thesis on the Spanish Constitution is no EC Treaty article: 0.9828.
# Twelfth session, all fixes landed (3024522): 0.9844.
# Fourteenth session, all fixes landed (db97683): 0.9851.
# Fifteenth session, all fixes landed (93668dc): 0.9867.
HELDOUT_ROUND5_BAR = 0.9867


# Round 6 (fixtures/heldout/round6, 120 passages, 24 languages, 722 citations; Advocates
# General's opinions, EFTA/EEA texts, regions and EU-fund authorities, tax and customs
# rulings, textbooks, conformity guides, corporate disclosures, ECtHR texts), annotated and
# reviewed by hand before the extractor ran on it. 0.910 was its first-contact F1 (main at
# ee4fa94); it is development data now, and the bar is the level reached.
# An inserted paragraph in brackets ("(2a)") cites nothing: 0.9889.
# Fifteenth session, all fixes landed (93668dc): 0.9896.
# Sixteenth session, all fixes landed (aedb996): 0.991.
# Seventeenth session, all fixes landed (7d1c49b): 0.9917.
HELDOUT_ROUND6_BAR = 0.9917


# Round 7 (fixtures/heldout/round7, 122 passages, 24 languages, 445 citations; legal blogs,
# national regulators, citizens' guides, news, infringement documents, legislative trackers,
# supervisory Q&As, funding calls, trade texts, exams), annotated and reviewed by hand before
# the extractor ran on it. 0.893 was its first-contact F1 (main at 9efecb9); it is
# development data now, and the bar is the level reached.
# An article chain in the sentence of the one instrument named before it (in reach): 0.9875.
# An ECB guideline keyed by the CELEX number its page prints (hu "(EU) 2016/1994"): 0.9921.
# Fifteenth session, all fixes landed (93668dc): 0.9932.
HELDOUT_ROUND7_BAR = 0.9932


# Round 8 (fixtures/heldout/round8, 111 passages, 24 languages, 738 citations; justice
# cooperation, agriculture and fisheries, medicines, elections and citizenship, research
# ethics, environmental permits, product safety, EP Fact Sheets, staff recruitment),
# annotated and reviewed by hand before the extractor ran on it. 0.952 was its
# first-contact F1 (main at 78ac118); it is development data now, and the bar is the level
# reached.
# The same bracketed number after a list of points is the next recital's: 0.9891.
# An article chain in the sentence of the one instrument named before it (in reach): 0.9898.
# An OJ abbreviation run into the lower-case word before it, with its date and page: 0.9904.
# Eleventh session: 0.9911 (an Estonian annex numbered before its word).
# Twelfth session, all fixes landed (3024522): 0.9918.
# Sixteenth session, all fixes landed (aedb996): 0.9925.
# Twenty-third session, all fixes landed (8aedb79): 0.9932.
HELDOUT_ROUND8_BAR = 0.9932

# Round 9 (fixtures/heldout/round9, 112 passages, 24 languages, 771 citations; migration
# and asylum, labour and social security, passenger rights, state aid, platform compliance,
# sanctions, consumer finance, statistics, company law, equality bodies, sports law, EP
# minutes), annotated and reviewed by hand before the extractor ran on it. 0.937 was its
# first-contact F1 (main at 08dbab8); it is development data now, and the bar is the level
# reached.
# An article chain in the sentence of the one instrument named before it (in reach): 0.9876.
# pt "art. 33.º da Convenção de Genebra" (the Refugee Convention): 0.9882.
# Twelfth session, all fixes landed (3024522): 0.9902.
# Fifteenth session, annexes, recitals, pins and anaphors (3314bbf): 0.9915.
# "the Treaty" in a Lisbon act's title is the TFEU (the convention of rounds 4, 17, 31
# and 44); round 9's gold corrected to it in the twentieth session (R9-sl-state-aid-1
# "členov 107 in 108 Pogodbe" in the GBER's title, left out by round 9's annotators,
# keyed TFEU:107 and TFEU:108; see part-c-notes.md): 0.9915.
HELDOUT_ROUND9_BAR = 0.9915

# Round 10 (fixtures/heldout/round10, 108 passages, 24 languages, 732 citations; food
# labelling, road transport, aviation and maritime safety, public health, professional
# qualifications, trust services, data-protection decisions, cybersecurity, electronic
# communications, chemicals, energy and climate, anti-money-laundering), annotated and
# reviewed by hand before the extractor ran on it. 0.956 was its first-contact F1 (main at
# 52f875e); it is development data now, and the bar is the level reached.
# A CELEX number inside a web address is none of its own: 0.9883.
# A name defined after "A as amended by B" is A's ("Roaming Regulation"): 0.9924.
# Eleventh session: 0.9931 (a popular name in brackets no longer cites the act again).
# Twelfth session, all fixes landed (3024522): 0.9938.
HELDOUT_ROUND10_BAR = 0.9938

# Round 11 (fixtures/heldout/round11, 108 passages, 24 languages, 1,073 citations; insurance
# and solvency, package travel, water and waste, procurement remedies, consumer dispute
# resolution, rail, fisheries control, customs and origin, postal services and gambling,
# accessibility, copyright, defence and space, audiovisual media, animal health), annotated and
# reviewed by hand before the extractor ran on it. 0.969 was its first-contact F1 (main at
# 4510ab1); it is development data now, and the bar is the level reached.
# it "Reg. UE 9 ottobre 2013, n. 952" (act word, Union, date, number): 0.9962.
# Fourteenth session, all fixes landed (db97683): 0.9967.
HELDOUT_ROUND11_BAR = 0.9967

# Round 12 (fixtures/heldout/round12, 111 passages, 24 languages, 823 citations;
# whistleblowing, family law and succession, bank resolution, payment services, securities
# markets, data legislation, cosmetics and toys, deforestation, nuclear safety, geo-blocking,
# plant protection, batteries, carbon border adjustment, access to documents, culture and
# education programmes), annotated and reviewed by hand before the extractor ran on it. 0.962
# was its first-contact F1 (main at bcfc4d1); it is development data now, and the bar is the
# level reached (0.9754 after the fixes of its first errors; 0.9785 after the sixth
# session's article-chain fixes; 0.9822 with its short-name, OJ and compound-act-word fixes;
# 0.9828 with the bare directive kind words; 0.9840 with annex keyword lines; 0.9871 with
# the short titles of the Data Governance Act and a directive's serial before its year;
# 0.9878 with the articles of a chapter in apposition).
# Sixteenth session, all fixes landed (aedb996): 0.9884.
# Twenty-sixth session, all fixes landed: 0.9890.
# Twenty-eighth session, all fixes landed: 0.9914.
HELDOUT_ROUND12_BAR = 0.9914

# Round 13 (fixtures/heldout/round13, 115 passages, 24 languages, 1,023 citations;
# crypto-assets, social security coordination, vehicle type approval, nature protection,
# medical devices, the AI Act, Schengen borders, sustainable finance, budget protection and
# EPPO, GMOs and novel food, tobacco and excise, trade defence, construction products,
# occupational pensions, product liability, media freedom), annotated and reviewed by hand
# before the extractor ran on it. 0.947 was its first-contact F1 (main at 48d36a3); it is
# development data now, and the bar is the level reached.
# 0.9891 with corrigendum lines' act numbers and names declined with their act word.
# An article chain in the sentence of the one instrument named before it (in reach): 0.9921.
# The subdivision cell of EUR-Lex's table of acts modified (ga 'Modifies | … | airteagal 7
# mír 8'): 0.9926.
# Sixteenth session, all fixes landed (aedb996): 0.9946.
# Eighteenth session, all fixes landed (863bc26): 0.995.
# Twenty-third session, all fixes landed (8aedb79): 0.9955.
# Twenty-fifth session, all fixes landed (a691af2): 0.9960.
HELDOUT_ROUND13_BAR = 0.9960

# Round 14 (fixtures/heldout/round14, 116 passages, 24 languages, 786 citations; procedural
# rights and victims, late payment, insolvency, firearms and precursors, VAT and tax
# cooperation, audit and accounting, energy and tyre labelling, civil protection, investment
# funds, the euro, ports and urban mobility, chips and raw materials, consumer-law enforcement,
# health data, equal treatment), annotated and reviewed by hand before the extractor ran on it.
# 0.968 was its first-contact F1 (main at d4c13e5); it is development data now, and the bar is
# the level reached (0.973 after slashed dates, future act years, dotless page words, ga
# defined names, names before their act's bracket).
# Another body's own Rules (EESC opinions) no longer read as the EP's: 0.9742; corrigendum
# page words: 0.9748.
# An inserted article's letter set apart before a comma (mt 'l-Artikolu 100 a,'): 0.9761.
# The fi ECHR full title with 'eurooppalainen': 0.9768.
# et 'aluslepingu' (the Treaty) as a reference word: 0.9774.
# et 'EL toimimise leping' (TFEU): 0.9781.
# A convention owns the article after its defining aside (hu EJEE): 0.9794.
# Bracketed footnote markers glued to article numbers and act names masked in the view
# (et '26[1] ja 114.[2]'), fi 'sellaisena kuin se on muutettuna' clause: 0.9813.
# A date inside a convention's full title (it, sl CEDAW "… Unite, del 18 dicembre 1979,"): 0.9826.
# Polish publisher lines "DUUEL. z 2020 r., Nr 177, poz. 1", a CELEX number in a web
# address: 0.9846.
# The article after a promulgation note in brackets (hu "Egyezségokmánya (kihirdette: 1976.
# évi 8. törvényerejű rendelet) 14. cikke"): 0.9858.
# Thirteenth session (mt "tad-Direttiva" naming the one directive of the text): 0.9865.
# Fourteenth session, all fixes landed (db97683): 0.9878.
# Sixteenth session, all fixes landed (aedb996): 0.991.
# Seventeenth session, all fixes landed (7d1c49b): 0.9916.
# Twenty-seventh session, all fixes landed: 0.9923.
HELDOUT_ROUND14_BAR = 0.9923

# Round 15 (fixtures/heldout/round15, 120 passages, 24 languages, 1,007 citations; marine
# strategy, trafficking and child protection, counter-terrorism, ePrivacy, geographical
# indications, energy markets, occupational safety, foreign subsidies and FDI screening, air
# quality, ecodesign, free movement, the language regime, substances of human origin,
# transparency and lobbying, external aid, the Ecolabel and EMAS), annotated and reviewed by
# hand before the extractor ran on it. 0.980 was its first-contact F1 (main at dc621ab); it is
# development data now, and the bar is the level reached.
# et 'EL määrus nr 66/2010' (a domain word before a national-looking act word): 0.9809.
# The last numbers of a list of document numbers before a closing brace ('{SWD(2022) 345,
# 542, 545}'): 0.9819.
# Regulation No 1 of 1958 by its title or date, fr "(UE) n°2021/2088": 0.9880.
# OJ P series, DUUEL/PbEU/Dz.U.UE lines, corrigendum label "(2010/45/EU)", CELEX numbers
# in web addresses, "Directive 221/83/EC" (damaged) no act: 0.9925.
# cs "2010/53/EUSměrnice …" (a title run into an act number's domain): 0.9930.
# Treaty names in more forms, nl 'Artikels', 'in particular' + preposition, the single annex
# by a reference word: 0.9970.
# fi CRC, mt CFR, sk TEC in other inflections and spellings; the single annex with no digit
# in reach (it "Allegato della Direttiva"); nl "inzonderheid op artikel 118 A" (EEC-era
# visa), Belgian "Artikels"; an article chain in the sentence of the one instrument named
# before it (in reach): 0.9970.
# before it (in reach): 0.9975.
# Fourteenth session, all fixes landed (db97683): 0.9985.
HELDOUT_ROUND15_BAR = 0.9985

# Round 16 (fixtures/heldout/round16, 120 passages, 24 languages, 1,134 citations; visas and
# ETIAS, drones, youth and sport, cohesion funds, driving licences, drinking and bathing water,
# the space programme, veterinary medicines, securitisation, cultural goods, seeds, anti-SLAPP,
# privileges and immunities, due diligence, e-invoicing), annotated and reviewed by hand before
# the extractor ran on it and kept sealed until the end of the seventh session. 0.977 was its
# first-contact F1 (main at ed3f224); it is development data now, and the bar is the level
# reached.
# Unnumbered paragraphs as a list of ordinals (pl 'art. 174 akapity drugi i trzeci', ro 'al
# doilea și al treilea paragraf de la articolul 174'): 0.9800.
# A list that repeats the preposition of its first article (it "dell'articolo 4, paragrafo 1,
# dell'articolo 5, paragrafo 2, e dell'articolo 13, paragrafo 2, TUE"): 0.9813.
# "thereof" after a name that only completed an earlier article is the treaty named after it
# ("Article 270 TFEU, applicable to the EAEC Treaty pursuant to Article 106a thereof"), mt
# Euratom Treaty spellings ("ta' l-Enerġija Atomika"): 0.9840.
# A visa line is one clause (pl 'Agencji … ds. Bezpieczeństwa …, w szczególności jego art. 58'
# pins the act the line opens with); a recital's '(1)' after the list's comma: 0.9862.
# sl ordinals listed before one article word ('10. in 12. člena Uredbe 2019/6/EU'): 0.9867.
# An old case number before its report's citation ('293/87 Vainker v Parliament [1989] ECR
# 23'): 0.9871.
# Act, OJ and document identifier forms (doubled ECLI prefix, "ST(2024)15342", "OJEU …
# C 321 E/318", chained corrigenda, el "ΕΕ 2019/947", pl "(UE) z dnia … Nr 2019/6"): 0.9911.
# Points followed by a paragraph anaphor are the previous paragraph's (pl 'lit. b) i c) tego
# ustępu'): 0.9920.
# The subdivision cell of EUR-Lex's table of acts modified (pt 'Modifies | … | anexo II ponto
# 29'): 0.9925.
# Nineteenth session, all fixes landed (60cb388): 0.9951.
HELDOUT_ROUND16_BAR = 0.9951

# Round 17 (fixtures/heldout/round17, 120 passages, 24 languages, 1,002 citations; worker
# information and consultation, environmental liability and crime, electronic evidence,
# police cooperation, radio equipment, F-gases and ozone, soil and INSPIRE, sale of goods,
# bank capital, block exemptions, minimum wages and platform work, packaging, machinery,
# the Single Digital Gateway, textile labelling), annotated and reviewed by hand before the
# extractor ran on it (round 16 stays sealed). 0.978 was its first-contact F1 (main at
# 08584bc); it is development data now, and the bar is the level reached.
# 'the Treaty' in a pre-Lisbon act's title is never the TFEU named before: 0.9813.
# A summary line's act with its author before the comma (pt 'Directiva 94/45 do Conselho,
# artigo 4.º, …'), pt marked numbers after paragraphs are articles: 0.9834.
# Metadata-page identifiers (treaty CELEX, glued label, slashed procedure, fi cover-note
# labels, it title-case domain): 0.9859. OJ-L hyphen, hr year-first OJ, list items after a
# lead-in naming their kind, it "Regolamento Unione Europea 7 febbraio 2024, n. 590" (act
# word, Union, date, number): 0.9890.
# Bare point letters a point word closes (lt 'd, e ir f punktuose'): 0.9930.
# A list of points goes on after a range of points (pl 'lit. a), e)-i), k) i l)'): 0.9940.
# et "Montego Bay konventsioon" (UNCLOS by its place name), sl an order's "Člen 104(3) …
# Poslovnika" (the Court's own Rules), el "στη Συνθήκη … στο άρθρο 174" (the article after
# "in"): 0.9970.
# An article chain in the sentence of the one instrument named before it (in reach): 0.9789.
# An article chain in the sentence of the one instrument named before it (in reach, el
# 'Συνθήκη … στο άρθρο 174 παρ. 2'); 'the Treaty' of an old dated title left out: 0.9818.
# UNCLOS as the Montego Bay Convention (et 'Montego Bay konventsioon'): 0.9834.
# The Rules under a preliminary ruling's heading are the Court's (sl 'Poslovnika'): 0.9839.
# 'The Treaty' of an old act's dated title left out (block exemptions): 0.9818.
# UNCLOS as the Montego Bay Convention (et 'Montego Bay konventsioon'): 0.9834.
# The Rules under a preliminary ruling's heading are the Court's (sl 'Poslovnika'): 0.9834.
# UNCLOS as the Montego Bay Convention (et 'Montego Bay konventsioon'); the Rules under a
# preliminary ruling's heading are the Court's (sl 'Poslovnika'): 0.9834.
# The article chain in the sentence of the one instrument named before it (in reach),
# UNCLOS as the Montego Bay Convention (et 'Montego Bay konventsioon'), the Rules under a
# preliminary ruling's heading are the Court's (sl 'Poslovnika'): 0.9910.
# The article chain in the sentence of the one instrument named before it (in reach),
# UNCLOS as the Montego Bay Convention (et 'Montego Bay konventsioon'), the Rules under a
# preliminary ruling's heading are the Court's (sl 'Poslovnika'): 0.9950.
# The article chain in the sentence of the one instrument named before it (in reach),
# UNCLOS as the Montego Bay Convention (et 'Montego Bay konventsioon'), the Rules under a
# preliminary ruling's heading are the Court's (sl 'Poslovnika'): 0.9960.
# Fourteenth session, all fixes landed (db97683): 0.9975.
HELDOUT_ROUND17_BAR = 0.9975

# Round 18 (fixtures/heldout/round18, 120 passages, 24 languages, 959 citations; legal
# migration and temporary protection, private international law, organic production and
# official controls, pressure equipment and RoHS, the ECB and the SSM, environmental
# assessment, comitology, economic governance, TEN-T, Brexit, cross-border healthcare, trade
# secrets, political advertising, fertilisers and biocides, services), annotated and reviewed
# by hand before the extractor ran on it (round 19 stays sealed). 0.967 was its first-contact
# F1 (main at c4302b3); it is development data now, and the bar is the level reached.
# Instruments and Rules by name (ESCB Statute, TFEU short names, EP Rules in full): 0.9709.
# A relation table's provision cell is no sentence reach of the act cell: 0.9720.
# The Protocol on the excessive deficit procedure by name (hu): 0.9725.
# ECB guidelines by their page's CELEX number, nl implementing decisions, it "Direttiva 8 giugno
# 2016, n. 943" beside its EU number, corrigendum labels "((EU) 2021/241)" left out: 0.9767.
# The Biocidal Products Regulation's names beside its number (fi "biosidiasetuksen
# 528/2012") and "the Geneva Convention" alone (el heading), on top of the above: 0.9778.
# OJ dates with the month in words before the series (it, de), ga "an", sl "Uradni list", el
# "(EE, Ευρατόμ)": 0.9821.
# Chains and attachment (a bracketed remark in a list of annexes, a repeated 'of' after a
# paragraph in apposition, U+2015 as a keyword dash, fi 'luettuna yhdessä', hr 'stavak
# treći', sl 'točke 2(a) in (b) člena 63', ga 'hIarscríbhinn', hr/sl declined possessives,
# lv 'pirmās daļas 3. punkta', de 'u.', an 'and' after the instrument in sentence reach):
# 0.9921.
# Fourteenth session, all fixes landed (db97683): 0.9932.
# Fifteenth session, all fixes landed (93668dc): 0.9942.
# Sixteenth session, all fixes landed (aedb996): 0.9947.
HELDOUT_ROUND18_BAR = 0.9947

# Round 19 (fixtures/heldout/round19, 120 passages, 24 languages, 979 citations; CFSP and
# defence, posting of workers, COVID-19 measures, arrest warrants and prisoner transfer,
# invasive species and wildlife trade, open data, the MFF and conditionality, euro coins,
# interinstitutional agreements, pay transparency, e-CODEX, feed and animal by-products, trade
# preferences, market organisation, consular protection), annotated and reviewed by hand and
# kept sealed until every fix of the eighth session had landed. 0.983 was its first-contact F1
# (main at c56544a4); it is development data now, and the bar is the level reached.
# Act words and numbers (et "ühismeede 2007/406/ÜVJP", a title line in title case closed by
# its number "(2002/584/JHA)"): 0.9856.
# Point lists that go back up a level, et "alapunktile", sv "artikel 153.1 i,": 0.9887.
# it "Regolamento CE n 1069 del 21.10.2009" (number, then the act's date): 0.9892.
# Euratom Treaty with "(EURATOM)" inside its name, lt bare "reglamento" as a kind word: 0.9918.
# de "Beschl. (GASP) 2023/1015": 0.9923.
# Twelfth session, all fixes landed (3024522): 0.9938.
# Fourteenth session, all fixes landed (db97683): 0.9943.
# Fifteenth session, all fixes landed (93668dc): 0.9953.
# Twenty-first session, all fixes landed (80d95bc): 0.9984.
HELDOUT_ROUND19_BAR = 0.9984

# Round 20 (fixtures/heldout/round20, 120 passages, 24 languages, 977 citations; violence
# against women, critical entities, the Nagoya Protocol, the Net-Zero Industry Act, cableways
# and recreational craft, methane, ship recycling, emissions trading, PNR, short-term rentals,
# the right to repair, the disability card, the Social Climate Fund, outermost regions,
# anti-corruption, ESAP), annotated and reviewed by hand at the end of the eighth session.
# 0.979 was its first-contact F1 (code of 7b7bd0df); the bar is the level reached.
# Act words and numbers (cs "nařízení č. (EU)2016/424", sk plural "smerníc (EÚ) 2019/771 a
# (EÚ) 2020/1828", pl "dyrektywy Parlamentu Europejskiego i Rady: 2010/65, …", pl
# "Dz.U.UE.L.2024.1385"): 0.9861.
# Point lists up a level, "Absatz 1 und 2", it "comma 4, articolo 12", link labels in a
# list, an English keyword line in a French text: 0.9954.
# ECHR short titles, defined convention abbreviations, one-word defined act names: 0.9979.
# Twelfth session, all fixes landed (3024522): 0.9994.
# Fifteenth session, annexes, recitals, pins and anaphors (3314bbf): 1.0.
HELDOUT_ROUND20_BAR = 1.0

# Round 21 (fixtures/heldout/round21, 120 passages, 24 languages, 1,027 citations; crowdfunding
# and benchmarks, deposit guarantees, HTA and orphan medicines, Europol and the law enforcement
# directive, EMIR, CO2 standards for vehicles, waste shipments and WEEE, the unitary patent,
# seafarers, the RRF, alternative fuels, mercury and detergents, the citizens' initiative, EGTC,
# InvestEU, food contact), annotated and reviewed by hand at the start of the ninth session.
# 0.982 was its first-contact F1 (code of 7b7bd0df); the bar is the level reached.
# it "Regolamento UE n. 852 del 17 maggio 2017", nl "EC1935/2004" before the act's full
# citation, fi "EYV L 031": 0.9833.
# hu "b) pontjával együtt értelmezett 218. cikkének (9) bekezdésére", fr "le 1 de l'article 3",
# pt "n.° 1, e n.° 726/2004" (an act number ends the chain): 0.9872.
# bg "2018/18 (COD)" (a procedure number without its zeros): 0.9882.
# de "Europol-VO" (popular names with the short act word), fi bare "perustamissopimus": 0.9921.
# fr "premier ainsi que quatrième à dixième considérants" (a range of recitals has no key),
# ro "articolul 25 alineatul (2a)" (an inserted paragraph): 0.9936.
# Twelfth session: 0.9941 (it "Gazzetta Ufficiale Comunità Europea serie L del 24 maggio 2017
# n. 137", the issue's date before its number).
# Fourteenth session, all fixes landed (db97683): 0.9946.
# Eighteenth session, all fixes landed (863bc26): 0.9956.
# Twenty-seventh session, all fixes landed: 0.9965.
HELDOUT_ROUND21_BAR = 0.9965

# Round 22 (fixtures/heldout/round22, 120 passages, 24 languages, 955 citations; small claims and
# payment orders, Frontex, Eurodac and returns, the European Investigation Order, working time,
# shareholder rights, long-term residents and the Blue Card, the DMA, trade marks and plant
# varieties, Pillar Two and ATAD, the Solidarity Fund, nature restoration and LULUCF, the
# anti-coercion instrument, road charging, data governance, lifts and measuring instruments),
# annotated and reviewed by hand at the start of the ninth session and kept sealed until every fix
# of the session had landed. 0.969 was its first-contact F1 (678db853); the bar is the level
# reached.
# Court orders naming the Parliament only as a directive's co-author cite the Court's Rules; the
# General Court's Rules' table of contents; sk ECHR 'dohoda', mt TEC 'Komunitajiet': 0.9752.
# Bracketed article lists, article-defined compounds, nl "in de" and de "der VO": 0.9773.
# hu keyword line: the act word after the number over one before a dash; JHA joint actions
# are F; da "kom (2019) 0087"; glued OJ abbreviations; it "dell'11.7.2007": 0.9858.
# hu sub-point lists after a lettered point ("c) pontjának i. és ii. alpontja"): 0.9889.
# Eleventh session: 0.9900 (a footnote marker after a visa's article is no paragraph).
# Twelfth session, all fixes landed (3024522): 0.991.
# Fourteenth session, all fixes landed (db97683): 0.9916.
# Fifteenth session, all fixes landed (93668dc): 0.9926.
HELDOUT_ROUND22_BAR = 0.9926

# Held-out round 23: 120 passages, 974 citations of 16 new kinds (collective redress, service
# of documents, spirit drinks and breakfast directives, animal transport, hydrogen and gas,
# carcinogens and asbestos, tax recovery, falsified medicines, cash controls, credit
# servicers, motor insurance, floods and extractive waste, zoonoses and TSE, Horizon Europe,
# confiscation, market surveillance), annotated and reviewed by hand at the start of the tenth
# session and scored once on its starting code (7698536): 0.9886, the first-contact F1.
# Point-first treaty pins, hu one-digit serials "1/2005/EK", et "asutamislepingu": 0.9917.
# it "del Regolamento in oggetto" (the act the text is about); an OJ reference's year not from
# a date of another year than the act's number ("… 2009/22/EC was published on 4 December
# 2020 (OJ L 409/1)"): 0.9938.
# lt "REGLAMENTAS (ES) 2020/ 2020 m." (the serial lost, a date's year after the slash): 0.9943.
# Twenty-eighth session, all fixes landed: 0.9953.
HELDOUT_ROUND23_BAR = 0.9953

# Held-out round 24: 108 passages, 917 citations of 16 new kinds (Just Transition Fund, EGF and
# ESF+, school scheme and food aid, securities settlement, the ESM and the fiscal compact, drugs
# and the EUDA, marine equipment and passenger ships, cross-border conversions, the European
# Company and works councils, energy efficiency and renewables, ECDC and HERA, Members' Statute
# and immunity, pet travel, business registers, the Single European Sky, gender balance on
# boards, CAP strategic plans), annotated and reviewed by hand at the start of the tenth session
# and kept sealed until every fix of the session had landed: 0.9746 first contact (a1b4a51).
# Repeated Treaty abbreviations in ranges, pins after the abbreviation, the TFEU's short
# names, Protocol No 7 by its name and "the Protocol", a Protocol of an Act of Accession: 0.9901.
# Eleventh session: keyword lines, defined names, EEC-era visas, year-first numbers: 0.9978.
# Nineteenth session, all fixes landed (60cb388): 0.9983.
HELDOUT_ROUND24_BAR = 0.9983

# Held-out round 25: 120 passages, 954 citations of 16 new kinds (seal products and fur, timeshare,
# identity cards, ship-source pollution and EMSA, maritime spatial planning, cross-border legal
# aid, fisheries partnership agreements, ERICs, food supplements and infant formula, oil stocks,
# intra-EU investment treaties, road tunnels, inland waterway qualifications, Seveso, nitrates
# and sewage sludge, roaming and open internet), annotated and reviewed by hand in the tenth
# session and kept sealed like round 24: 0.9868 first contact (a1b4a51).
# el "Συνθήκη ΛΕΕ"; hr a lower-case treaty noun after an article is another treaty: 0.9878.
# Eleventh session: 0.9973 (EEC visas, odd number surfaces; bg 130т gold corrected to 130s).
HELDOUT_ROUND25_BAR = 0.9973

# Held-out round 26: 111 passages, 1,065 citations of 16 new kinds (port State control, tachographs,
# dual-use export controls, the Blocking Statute, market abuse, prospectuses, e-money, gas storage,
# fishing opportunities, olive oil, rural development, merger control, SGEI and Altmark, fixed-term
# and agency work, food hygiene, the Water Framework Directive), annotated and reviewed by hand in
# the eleventh session and kept sealed until every fix of the session had landed: first contact
# 0.9527 (5fe9779).
# Twelfth session: anaphors and the document's own act, pins after their act, EC Treaty
# visas, two-digit COM and procedure years of old EUR-Lex headers, fr "J.O L 226 du
# 25/06/2004", a quoted OJ title, a C-series notice's CELEX, bg "(EO)", a footnote marker
# glued to a number-first year: 0.9751.
# Twelfth session, all fixes landed (3024522): 0.9938.
# Fifteenth session, all fixes landed (93668dc): 0.9943.
# Sixteenth session, all fixes landed (aedb996): 0.9948.
# Nineteenth session, all fixes landed (60cb388): 0.9952.
HELDOUT_ROUND26_BAR = 0.9952

# Held-out round 27: 110 passages, 878 citations of 16 new kinds (databases and software, rental
# and satellite broadcasting, airport slots and ground handling, railway safety, landfill and
# incineration, bank bonuses, short selling, parent-subsidiary and interest-royalties taxation,
# tariff classification, transfers of undertakings and redundancies, the e-commerce directive,
# broadband cost reduction, golden shares, company seat, Cassis de Dijon, lawyers), annotated
# and reviewed like round 26 and scored with it: first contact 0.9692 (5fe9779).
# Twelfth session: anaphors and the document's own act, pins after their act, it "G.U.C.E. L
# del 27 maggio 2019, n. 139", cases after the Court's abbreviation (de "EuGH, 20.02.1979 -
# 120/78", pt "TJCE Processo C 267 e 268/91") and after the parties' names, no CELEX number
# in a file's name: 0.9850.
# Twelfth session, all fixes landed (3024522): 0.9914.
# Fourteenth session, all fixes landed (db97683): 0.9919.
# Fifteenth session, all fixes landed (93668dc): 0.9925.
# Nineteenth session, all fixes landed (60cb388): 0.9937.
HELDOUT_ROUND27_BAR = 0.9937

# Held-out round 28: 120 passages, 985 citations of 16 new kinds (unfair commercial practices,
# misleading and comparative advertising, consumer withdrawal, price indication and the Omnibus
# directive, cartel fines and leniency, abuse of dominance and rebates, state aid by tax ruling,
# selective distribution, Francovich, direct effect and primacy, CILFIT, pregnancy and maternity,
# Mangold, employer insolvency, Test-Achats, attacks on information systems), annotated and
# reviewed by hand in the twelfth session, sealed until every fix of the session had landed:
# first contact 0.9702 (3024522).
# Thirteenth session (pins and lists, article owners, OJ years, look-alikes; the gold keys two
# old-style bare EUR-Lex numbers as the other rounds do): 0.9938.
# Fourteenth session, all fixes landed (db97683): 0.9949.
# Fifteenth session, annexes, recitals, pins and anaphors (3314bbf): 0.9959.
# Sixteenth session, all fixes landed (aedb996): 0.9979.
HELDOUT_ROUND28_BAR = 0.9979

# Held-out round 29: 111 passages, 886 citations of 16 new kinds (biotech patents, resale right
# and orphan works, Marrakesh, nutrition and health claims, additives and flavourings,
# contaminants and residues, animal identification, the Animal Health Law, the Birds Directive,
# maritime cabotage, family reunification, students and researchers, the tax merger directive,
# customs valuation, cross-border mediation, legal-basis disputes), annotated, reviewed and
# scored like round 28: first contact 0.9678 (3024522).
# Thirteenth session, all fixes landed (f0dbbbb): 0.9954.
# Eighteenth session, all fixes landed (863bc26): 0.9977.
HELDOUT_ROUND29_BAR = 0.9977

# Held-out round 30: 110 passages, 772 citations of 16 new kinds (the Racial Equality Directive,
# reasonable accommodation, headscarves at work, transparent working conditions, young workers,
# single permit and seasonal workers, intra-corporate transferees, reception conditions, the
# Qualification Directive, Dublin transfers, Dano, Zambrano, the Ankara Agreement, EU-Swiss
# agreements, humanitarian aid, WTO disputes), annotated and reviewed by hand in the thirteenth
# session, sealed until every fix of the session had landed: first contact 0.9810 (f0dbbbb).
# Fourteenth session: treaties named as a pair, registered instruments under other names
# (the Geneva Convention, the UN Covenants), treaty names (mt, et, ga, bg): 0.9915.
# Fourteenth session, all fixes landed (db97683): 1.0.
HELDOUT_ROUND30_BAR = 1.0

# Held-out round 31: 116 passages, 1,080 citations of 16 new kinds (Plaumann standing, Article
# 340 liability, Article 260 penalties, the Article 7 TEU procedure, judicial independence,
# effective judicial protection, Article 218(11) opinions, ECHR accession, single-use plastics,
# neonicotinoids, endocrine disruptors, IUU fishing, aquaculture, interchange fees and instant
# payments, payment accounts, de minimis and the GBER), annotated, reviewed and scored like
# round 30: first contact 0.9709 (f0dbbbb).
# Fourteenth session: treaties named as a pair, Charter articles after a TFEU pin, the EP
# Rules in a Court keyword line and the Rules' own text, fi 'perussopimus': 0.9883.
# Fourteenth session, all fixes landed (db97683): 0.9925.
# Fifteenth session, all fixes landed (93668dc): 0.9962.
HELDOUT_ROUND31_BAR = 0.9962

# Held-out round 32: 114 passages, 994 citations of 16 new kinds (the parental leave framework
# agreement, equal pay and Defrenne, the European protection order, ne bis in idem under
# Schengen, tobacco packaging, aviation safety and EASA, milk and sugar quotas, the glyphosate
# renewal, the SME definition, the Energy Charter Treaty, Article 17 of the copyright directive,
# portability of online content, the .eu domain, stabilisation and association agreements,
# accession treaties, compulsory licensing), annotated and reviewed by hand in the fourteenth
# session, sealed until every fix of the session had landed: first contact 0.9714 (a39b107).
# Fourteenth session, after fixes by class (db97683): 0.9776.
# Fifteenth session, residual classes of both rounds (3314bbf): 0.9919.
# Sixteenth session, all fixes landed (aedb996): 0.9929.
HELDOUT_ROUND32_BAR = 0.9929

# Held-out round 33: 118 passages, 1,016 citations of 16 new kinds (Directive 79/7, the burden
# of proof, Laval and Viking, authorisations under the Services Directive, notaries and
# nationality, cross-border loss relief, exit taxation, fixed establishments for VAT, excise
# movements (EMCS), anti-dumping and market-economy status, steel safeguards, countervailing
# duties, the landing obligation, electricity market design, the fourth railway package, water
# reuse), annotated, reviewed and scored like round 32: first contact 0.9821 (a39b107).
# Fourteenth session, after fixes by class (e9c0df7): 0.9881.
# Fifteenth session, residual classes of both rounds (3314bbf): 0.9970.
HELDOUT_ROUND33_BAR = 0.997

# Held-out round 34: 108 passages, 949 citations of 16 new kinds (defeat devices and Dieselgate,
# the Insurance Distribution Directive, MiFID inducements and product governance, internal
# border checks, dual food quality, building renovation (EPBD), urban wastewater, soil
# monitoring, trials in absentia, the CSAM regulation, Uber and transport services, airport
# charges, FuelEU Maritime, parallel trade in medicines, the hormone beef ban, frontier workers),
# annotated and reviewed by hand in the fifteenth session, sealed until every grammar fix of
# the session had landed: first contact 0.9728 (d7eb17b).
# Fifteenth session, all fixes landed (93668dc): 0.9931.
# Sixteenth session, all fixes landed (aedb996): 0.9941.
# Twenty-first session, all fixes landed (80d95bc): 0.9962.
# Twenty-sixth session, all fixes landed: 0.9968.
HELDOUT_ROUND34_BAR = 0.9968

# Held-out round 35: 118 passages, 988 citations of 16 new kinds (consumer credit and
# creditworthiness, universal service, private copying levies, hyperlinks and communication to
# the public, trade mark exhaustion, Sunday trading and Keck, investor citizenship, animal
# testing for cosmetics, lead ammunition, energy price caps, Baltic cod, student fees, the
# right to be forgotten, GDPR fines and the one-stop shop, Schrems and data transfers, the road
# mobility package), annotated, reviewed and scored like round 34: first contact 0.9872
# (d7eb17b).
# Fifteenth session, all fixes landed (93668dc): 0.9939.
# Sixteenth session, all fixes landed (aedb996): 0.9949.
HELDOUT_ROUND35_BAR = 0.9949

# Held-out round 36: 118 passages, 945 citations of 16 new kinds (in vitro diagnostics, foreign
# direct investment screening, DAC6, Rome II, the Electoral Act, maintenance obligations, child
# abduction and Brussels IIb, the Super League, toy safety, off-premises contracts, construction
# products, industrial emissions, conflict minerals, the Cyber Resilience Act, credit rating
# agencies, laying hens), annotated and reviewed by hand in the sixteenth session, sealed until
# every grammar fix of the session had landed: first contact 0.9748 (54dee80).
# Sixteenth session, all fixes landed (aedb996): 0.9856.
# Seventeenth session, all fixes landed (7d1c49b): 0.9893.
# Twenty-second session, all fixes landed (7f5b455): 0.9915.
# Twenty-fourth session, all fixes landed (ecb9c46): 0.9936.
HELDOUT_ROUND36_BAR = 0.9936

# Held-out round 37: 120 passages, 913 citations of 16 new kinds (zoos, the Staff Regulations,
# trade secrets, IP enforcement, customs seizure of counterfeits, Euratom radiation protection,
# the marine strategy framework, port state control, persistent organic pollutants, the organic
# logo, Rome I, Brussels Ia, the account preservation order, concessions and defence
# procurement, occupational pension funds, UCITS and AIFM), annotated, reviewed and scored like
# round 36: first contact 0.9763 (54dee80).
# Sixteenth session, all fixes landed (aedb996): 0.984.
# Seventeenth session, all fixes landed (7d1c49b): 0.9846.
# Twenty-eighth session, all fixes landed: 0.9879.
HELDOUT_ROUND37_BAR = 0.9879

# Held-out round 38: 120 passages, 1,076 citations of 16 new kinds (carbon capture and storage,
# offshore oil and gas safety, combined transport, aviation security screening, matrimonial
# property regimes, recognition of parenthood, Roma equality, Creative Europe, shortages of
# critical medicines, the retail investment strategy, open finance, the customs reform, double
# taxation dispute resolution, non-cash payment fraud, OJ corrigenda, OJ C notices of actions
# brought), annotated and reviewed by hand in the seventeenth session, sealed until every
# grammar fix of the session had landed: first contact 0.9888 (d00c821).
# Seventeenth session, all fixes landed (7d1c49b): 0.993.
# Twentieth session, all fixes landed (a3862cf): 0.9934.
# Twenty-fourth session, all fixes landed (ecb9c46): 0.9939.
# Twenty-seventh session, all fixes landed: 0.9944.
HELDOUT_ROUND38_BAR = 0.9944

# Held-out round 39: 105 passages, 870 citations of 15 new kinds (carbon removals, TEN-E, the
# traineeships directive, the right to disconnect, AI liability, the Cyber Solidarity Act, the
# Ukraine and Moldova association agreements, the CETA investment court, Eurojust and the
# judicial network, the child guarantee, vocational education and Europass, ammunition
# production, ECB opinions on national draft law, EPO biotech appeals, national courts' orders
# for reference), annotated, reviewed and scored like round 38: first contact
# 0.9942 (d00c821).
# Seventeenth session, all fixes landed (7d1c49b): 0.9965.
# Eighteenth session, all fixes landed (863bc26): 0.9977.
# Nineteenth session, all fixes landed (60cb388): 0.9988.
HELDOUT_ROUND39_BAR = 0.9988

# Held-out round 40: 93 passages, 707 citations of 12 new kinds (proposals to amend the
# Treaties, enhanced cooperation, DORA, the pan-European pension product, DAC7, public
# country-by-country reporting, unfair trading practices in the agri-food chain, the arms
# export common position, the European Peace Facility, budget discharge, privacy notices,
# safety data sheets under REACH), annotated and reviewed by hand in the eighteenth session,
# sealed until every grammar fix of the session had landed: first contact 0.9742 (eb7a601).
# Eighteenth session, all fixes landed (863bc26): 0.985.
# Nineteenth session, all fixes landed (60cb388): 0.9871.
# Twenty-seventh session, all fixes landed: 0.9886.
HELDOUT_ROUND40_BAR = 0.9886

# Held-out round 41: 104 passages, 913 citations of 14 new kinds (loss of Union citizenship,
# free movement of same-sex spouses, Rome III, the digital content directive, the design
# reform, the entry/exit system, Schengen evaluation, Pruem II, effort sharing, the
# governance of the energy union, new genomic techniques, the wolf's protection status,
# EU declarations of conformity, consumer terms of service), annotated, reviewed and scored
# like round 40: first contact 0.9956 (eb7a601).
# Eighteenth session, all fixes landed (863bc26): 0.9978.
# Twenty-fourth session, all fixes landed (ecb9c46): 0.9983.
HELDOUT_ROUND41_BAR = 0.9983


# Held-out round 42: 120 passages, 634 citations of 16 new kinds (data protection officers,
# access requests, the VAT one-stop shop, SEPA and IBAN discrimination, PRIIPs key information
# documents, the European Health Insurance Card, PFAS and microplastics restrictions, the
# European Climate Law, the excessive deficit procedure, euro adoption, the EU-Mercosur
# agreement, the global human rights sanctions regime, the mutual assistance clause, terrorist
# content online, CBD (Kanavape), procurement notices), annotated and reviewed by hand in the
# nineteenth session, sealed until every grammar fix of the session had landed: first contact
# 0.9438 (5dd2618).
# Nineteenth session, all fixes landed (60cb388): 0.9631.
# Twentieth session, all fixes landed (a3862cf): 0.9703.
# Twenty-third session, all fixes landed (8aedb79): 0.9727.
# Twenty-fourth session, all fixes landed (ecb9c46): 0.9735.
# Twenty-eighth session, all fixes landed: 0.9767.
HELDOUT_ROUND42_BAR = 0.9767

# Held-out round 43: 120 passages, 740 citations of 16 new kinds (impact assessments, DAC8,
# the crypto travel rule, European green bonds, beneficial ownership registers (WM and Sovim),
# A1 certificates, ReFuelEU Aviation, Euro 7, empowering consumers for the green transition,
# the taxonomy's nuclear and gas act, subsidiarity reasoned opinions, macro-financial
# assistance, PESCO, text and data mining, migrant smuggling, EU4Health), annotated, reviewed
# and scored like round 42: first contact 0.9673 (5dd2618).
# Nineteenth session, all fixes landed (60cb388): 0.9731.
# Twentieth session, all fixes landed (a3862cf): 0.9745.
# Twenty-first session, all fixes landed (80d95bc): 0.9759.
# Twenty-second session, all fixes landed (7f5b455): 0.9780.
# Twenty-third session, all fixes landed (8aedb79): 0.9793.
# Twenty-fifth session, all fixes landed (a691af2): 0.9807.
# Twenty-sixth session, all fixes landed: 0.9814.
# Twenty-seventh session, all fixes landed: 0.9821.
HELDOUT_ROUND43_BAR = 0.9821

# Held-out round 44: 120 passages, 730 citations of 14 new kinds (legitimate interests, automated
# decisions and SCHUFA, non-material damages under Article 82 GDPR, EP urgency resolutions, EP
# committees of inquiry, trilogue agreements, ESRS sustainability reporting, the 2025 omnibus
# stop-the-clock directive, SFDR fund disclosures, the DLT pilot regime, the 2024 AML package,
# FASTER and BEFIT, IPCEIs, regional aid guidelines and maps), annotated and reviewed by hand in
# the twentieth session (ten passages that repeated earlier rounds' text replaced before
# scoring), sealed until every grammar fix of the session had landed: first contact
# 0.9435 (98f9622).
# "the Treaty" in a Lisbon act's title is the TFEU: 0.9580; also in a title written
# before the act's number (fi): 0.9610.
# Twentieth session, all fixes landed (a3862cf): 0.9704.
# Twenty-first session, all fixes landed (80d95bc): 0.9747.
# Twenty-third session, all fixes landed (8aedb79): 0.9761.
# Twenty-fourth session, all fixes landed (ecb9c46): 0.9776.
# Twenty-fifth session, all fixes landed (a691af2): 0.9804.
# Twenty-sixth session, all fixes landed: 0.9811.
HELDOUT_ROUND44_BAR = 0.9811

# Held-out round 45: 120 passages, 785 citations of 16 new kinds (CLP classification and
# labelling, African swine fever zones, fisheries technical measures, textiles EPR and food
# waste, the EU-New Zealand and EU-Chile agreements, NDICI-Global Europe, the Samoa Agreement,
# the Western Balkans growth facility, the Digital Decade programme, IMERI, Russia asset
# freezes, EURES, the European Defence Fund, European Years, EDPB guidelines, the Windsor
# Framework), annotated, reviewed and scored like round 44: first contact 0.9710 (98f9622).
# Twentieth session, all fixes landed (a3862cf): 0.9820.
# Twenty-first session, all fixes landed (80d95bc): 0.9827.
# Twenty-second session, all fixes landed (7f5b455): 0.9846.
# Twenty-fourth session, all fixes landed (ecb9c46): 0.9852.
# Twenty-seventh session, all fixes landed: 0.9878.
HELDOUT_ROUND45_BAR = 0.9878

# Round 46, twenty-first session: 120 passages, 766 citations, all 24 languages, 16 kinds no
# earlier round had (Article 8 GDPR and children's consent, DSA VLOP designations and
# proceedings, Belarus and Iran restrictive measures, the CJEU Statute reform, EP
# own-initiative reports, budget readings, objections to delegated acts and consent to
# agreements, European Council conclusions, the Temporary Crisis and Transition Framework,
# standard contractual clauses, pig welfare, European Capitals of Culture, the solidarity
# clause, the Conference on the Future of Europe), annotated by hand before the extractor
# ran, every part reviewed by a second annotator: first contact 0.9729 (0c97e48).
# Twenty-first session, all fixes landed (80d95bc): 0.9769.
# Twenty-second session, all fixes landed (7f5b455): 0.9802.
# Twenty-fifth session, all fixes landed (a691af2): 0.9822.
# Twenty-eighth session, all fixes landed: 0.9861.
HELDOUT_ROUND46_BAR = 0.9861

# Round 47, same session, 120 passages, 742 citations, 16 more new kinds (EMA/EBA seat
# relocation, the 2024 Pact on Migration and Asylum, the EU Asylum Agency, PSPP/Weiss,
# Commission v Hungary on the child protection law and on CEU, the 2024 market definition
# notice, the EU-Japan EPA, enlargement negotiating frameworks, the Gigabit Infrastructure
# Act, EMFA, ESPR, ETS2, the EU-US Data Privacy Framework, the recast Ambient Air Quality
# Directive, NIS2 transposition), annotated, reviewed and scored like round 46: first contact
# 0.9704 (0c97e48).
# Twenty-first session, all fixes landed (80d95bc): 0.9781.
# Twenty-second session, all fixes landed (7f5b455): 0.9905.
# Twenty-third session, all fixes landed (8aedb79): 0.9918.
HELDOUT_ROUND47_BAR = 0.9918

# Round 48, twenty-second session: 120 passages, 704 citations, all 24 languages, 16 kinds no
# earlier round had (Protocols 21 and 22 and the opt-outs, Protocol No 30 on the Charter,
# Protocol No 6 and the Strasbourg seat, Protocol No 14 and the Eurogroup, hearings of
# Commissioners-designate, interpretations of the Parliament's Rules, the MEPs' code of
# conduct, Commission work programme annexes, Regulatory Scrutiny Board opinions, Council
# I/A item notes, EDPS opinions, the historical archives regulation, the Rule of Law Report,
# interim measures under Article 279 TFEU, the urgent preliminary ruling procedure, Rimsevics),
# annotated by hand before the extractor ran, every part reviewed by a second annotator:
# first contact 0.9526 (813060f).
# Twenty-second session, all fixes landed (7f5b455): 0.9864.
# Twenty-third session, all fixes landed (8aedb79): 0.9900.
# Twenty-seventh session, all fixes landed: 0.9914.
HELDOUT_ROUND48_BAR = 0.9914

# Round 49, same session, 120 passages, 749 citations, 16 more new kinds (the EU-Turkey
# Statement and the Facility for Refugees, eel recovery, bluefin tuna, deep-sea fishing, fruit
# and vegetables producer organisations, the nanomaterial definition, Ukraine's autonomous
# trade measures, Syria and North Korea restrictive measures, Bulgaria and Romania in
# Schengen, SURE, the 5G toolbox, the trade Enforcement Regulation, ECRIS and ECRIS-TCN,
# border interoperability, goods used for torture), annotated, reviewed and scored like
# round 48: first contact 0.9784 (813060f).
# Twenty-second session, all fixes landed (7f5b455): 0.9858.
# Twenty-third session, all fixes landed (8aedb79): 0.9878.
# Twenty-fourth session, all fixes landed (ecb9c46): 0.9885.
HELDOUT_ROUND49_BAR = 0.9885

# Round 50, twenty-third session: 120 passages, 815 citations, all 24 languages, 15 kinds no
# earlier round had (Protocol No 5 and the EIB Statute, Protocol No 36 and qualified majority,
# the composition of the Parliament, Cyprus and the Green Line, the Åland islands, Protocols
# 32 to 35, the ECB's legal acts and their numbers, the EFSM and balance of payments, the
# emergency support instrument, the Financial Regulation and EDES, state aid procedure and
# recovery, social dialogue agreements, consolidated texts and their amendment lists,
# plenary agendas and roll-call votes, Civil Service Tribunal staff cases), annotated by hand
# before the extractor ran, every part reviewed by a second annotator: first contact 0.9494
# (47a7d2d).
# Twenty-third session, all fixes landed (8aedb79): 0.9617.
# Twenty-fourth session, all fixes landed (ecb9c46): 0.9734.
# Twenty-fifth session, all fixes landed (a691af2): 0.9790.
# Twenty-eighth session, all fixes landed: 0.9802.
HELDOUT_ROUND50_BAR = 0.9802

# Round 51, same session, 120 passages, 753 citations, 12 more new kinds (CSDP missions,
# EULEX Kosovo, reduced VAT rates, agricultural promotion, the EMFAF, LIFE, ship and port
# security, dangerous goods transport, pyrotechnics and explosives, end-of-waste criteria,
# eCall and 112, cross-border traffic offences), annotated, reviewed and scored like round
# 50: first contact 0.9676 (47a7d2d).
# Twenty-third session, all fixes landed (8aedb79): 0.9819.
# Twenty-fourth session, all fixes landed (ecb9c46): 0.9887.
# Twenty-fifth session, all fixes landed (a691af2): 0.9900.
HELDOUT_ROUND51_BAR = 0.9900

# Round 52, twenty-fourth session: 120 passages, 645 citations, all 24 languages, 16 kinds
# no earlier round had (the Single European Act and the Treaties of Maastricht, Amsterdam and
# Nice, the Lisbon Treaty's tables of equivalences and "ex-Article" references, the ECSC
# Treaty's expiry, the ordinary legislative procedure and conciliation, the Rules of Procedure
# of the Council, the Courts, the Commission and the European Council, the declarations of
# the 2007 IGC, the tripartite agencies, FRA and EIGE, ACER and BEREC, the ESAs' founding
# Regulations, eu-LISA, CEPOL and EFCA, European statistics (NUTS, NACE, ESA 2010), better
# regulation), annotated by hand before the extractor ran, every part reviewed by a second
# annotator: first contact 0.9512 (acc9a5b).
# Twenty-fourth session, all fixes landed (ecb9c46): 0.9704.
# Twenty-fifth session, all fixes landed (a691af2): 0.9743.
# Twenty-sixth session, all fixes landed: 0.9751.
# Twenty-seventh session, all fixes landed: 0.9759.
HELDOUT_ROUND52_BAR = 0.9759

# Round 53, same session, 120 passages, 718 citations, 14 more new kinds (the Paris Agreement
# and the UNFCCC, UNCLOS and the BBNJ Agreement, the Hague conventions, the PIC Regulation and
# the Minamata Convention, the Energy Community Treaty, the monetary agreements with Andorra,
# Monaco, San Marino and the Vatican, the Kimberley Process, the EU Air Safety List and air
# carrier liability, physical agents at work, employer and carrier sanctions, VAT refunds to
# non-established persons, customs duty relief, antitrust damages, the CEEAG, ABER and rescue
# aid guidelines), annotated, reviewed and scored like round 52: first contact 0.9655
# (acc9a5b).
# Twenty-fourth session, all fixes landed (ecb9c46): 0.9867.
# Twenty-seventh session, all fixes landed: 0.9888.
HELDOUT_ROUND53_BAR = 0.9888

# Round 54, twenty-fifth session: 120 passages, 765 citations, all 24 languages, 14 kinds no
# earlier round had (covered bonds, money market funds and ELTIFs, the investment firms
# Regulation and Directive, financial conglomerates, the IAS Regulation, the financial
# transaction tax and CCCTB proposals, the Savings Taxation Directive, the Digital Europe
# Programme, the Customs, Fiscalis and anti-fraud programmes, the Brexit Adjustment Reserve,
# radioactive waste and nuclear safety, nuclear decommissioning and Euratom safeguards,
# air accident investigation and occurrence reporting, vessel traffic monitoring, public
# service obligations in transport), annotated by hand before the extractor ran, every part
# reviewed by a second annotator: first contact 0.9789 (1b8cd06).
# Twenty-fifth session, all fixes landed (a691af2): 0.9888.
# Twenty-sixth session, all fixes landed: 0.9915.
# Twenty-seventh session, all fixes landed: 0.9954.
HELDOUT_ROUND54_BAR = 0.9954

# Round 55, same session, 120 passages, 748 citations, 15 more new kinds (animal breeding,
# the CAP horizontal Regulation and clearance of accounts, POSEI, the fishery products CMO,
# broiler and calf welfare, animals used for scientific purposes, mineral waters, food
# irradiation and enzymes, tobacco advertising, antimicrobial resistance, priority
# substances and groundwater, medium combustion plants and VOC in paints, sulphur in marine
# fuels and fuel quality, EMC and outdoor noise equipment, copyright term, conditional access
# and semiconductor topographies, the Framework Decisions on organised crime, joint
# investigation teams and financial penalties), annotated, reviewed and scored like round
# 54: first contact 0.9844 (1b8cd06).
# Twenty-fifth session, all fixes landed (a691af2): 0.9899.
# Twenty-sixth session, all fixes landed: 0.9926.
HELDOUT_ROUND55_BAR = 0.9926

# Round 56, twenty-sixth session, 120 passages, 727 citations, 16 new kinds (the European
# Defence Agency, SatCen and the EUISS, joint undertakings and the EIT, the Venezuela and
# Myanmar sanctions, the cyber, chemical-weapons and terrorist-list sanctions, Union transit,
# TIR and authorised economic operators, the EEIG and the European Cooperative Society, the
# trade agreements with Korea, Central America and the Andean countries, Member States'
# investment treaties with third countries, the Technical Support Instrument, the EU trust
# funds, the European supervision order and conflicts of jurisdiction, the Lugano Convention
# and the protection of adults, roadworthiness and vehicle registration, advance passenger
# information, IRIS², the order of Council presidencies and the Translation Centre),
# annotated by hand and reviewed before the extractor ran, sealed until every grammar fix of
# the session had landed: first contact 0.9572 (bcd8253).
# Twenty-sixth session, all fixes landed: 0.9771.
# Twenty-seventh session, all fixes landed: 0.9792.
# Twenty-eighth session, all fixes landed: 0.9806.
HELDOUT_ROUND56_BAR = 0.9806

# Round 57, same session, 120 passages, 950 citations, 15 more new kinds (clean vehicles and
# non-road machinery, the farm sustainability data network, European Reference Networks,
# supplementary pension portability, self-employed equality and minimum income, aerosols and
# simple pressure vessels, border control posts, bisphenol A and plastic food contact
# materials, shipping MRV, energy statistics, PCB disposal and waste oils, the North Sea and
# Western Waters plans, the Council's cancer screening and vaccination Recommendations, ILO
# Conventions 189 and 190, cetacean bycatch and whaling), annotated, reviewed and scored like
# round 56: first contact 0.9873 (bcd8253).
# Twenty-sixth session, all fixes landed: 0.9915.
# Twenty-eighth session, all fixes landed: 0.992.
HELDOUT_ROUND57_BAR = 0.992

# Round 58, twenty-seventh session, 120 passages, 778 citations, 15 new kinds and one met
# before (platform-to-business relations, data protection by the EU institutions, the EU Timber
# Regulation and FLEGT licences, the European Labour Authority and undeclared work, the European
# Globalisation Adjustment Fund, the Fund for European Aid to the Most Deprived, the home affairs
# funds, the CERV programme, the European Solidarity Corps, equine identification, EuVECA and
# EuSEF, financial collateral, the EU-Switzerland agreements, the Libya sanctions, CCAMLR; the
# ESAs' founding Regulations again, first in round 52), annotated by hand and reviewed before
# the extractor ran, sealed until every grammar fix of the session had landed: first contact
# 0.9831 (7b86d7e).
# Twenty-seventh session, all fixes landed: 0.9935.
# Twenty-eighth session, all fixes landed: 0.9941.
HELDOUT_ROUND58_BAR = 0.9941

# Round 59, same session, 120 passages, 713 citations, 16 new kinds (the EU-Morocco
# agreements and Western Sahara, the Trade Barriers Regulation, the EU-Singapore and EU-Vietnam
# agreements, the macroeconomic imbalance procedure, air carrier licensing, plastic carrier
# bags, shark finning and driftnets, Kaliningrad transit and local border traffic, ship
# classification societies, the euro changeover, Court of Auditors reports, the flexibility
# clause of Article 352 TFEU, the misappropriation sanctions, leghold traps, cross-border
# payment charges, biofuels and indirect land-use change), annotated, reviewed and scored like
# round 58: first contact 0.9702 (7b86d7e).
# Twenty-seventh session, all fixes landed: 0.9915.
# Twenty-eighth session, all fixes landed: 0.9929.
HELDOUT_ROUND59_BAR = 0.9929

# Round 60, twenty-eighth session, 120 passages, 706 citations, 16 new kinds (the
# Afghanistan/Taliban and Iraq sanctions, the sanctions on Mali, the Central African Republic,
# Somalia and Sudan, the Euro-Mediterranean association agreements, the ACP economic
# partnership agreements, officially supported export credits, animal disease control (avian
# influenza, foot-and-mouth, bluetongue), state aid to airports and airlines, the 2013 Banking
# Communication, state aid to public broadcasting and cinema, IMI and SOLVIT, the free flow of
# non-personal data, SFTR, the EU list of non-cooperative tax jurisdictions, car registration
# taxes and temporary importation, rail freight corridors and train drivers, the maritime
# single window), annotated by hand and reviewed by a second annotator before the extractor
# ran, sealed until every grammar fix of the session had landed: first contact 0.9814
# (12ff9510).
# Twenty-eighth session, all fixes landed: 0.9829.
HELDOUT_ROUND60_BAR = 0.9829

# Round 61, same session, 120 passages, 947 citations, 16 new kinds (actions for failure to
# act and the plea of illegality, antitrust procedure and inspections, the criminalisation of
# sanctions violations, STEP, the Innovation and Modernisation Funds, EFSA's transparency
# Regulation, food imports after Fukushima, marketing standards for poultry meat and eggs,
# working time in transport and fishing, REACH Annex XVII restrictions, Mediterranean
# fisheries and the GFCM, the other regional fisheries organisations, the Eastern Partnership
# agreements, readmission and visa facilitation agreements, travellers' allowances, the
# EU-China agreements), annotated, reviewed and scored like round 60: first contact 0.9809
# (12ff9510).
# Twenty-eighth session, all fixes landed: 0.9841.
HELDOUT_ROUND61_BAR = 0.9841


# round -> (passages, bar)
HELDOUT_ROUNDS = {
    3: (120, HELDOUT_ROUND3_BAR),
    4: (121, HELDOUT_ROUND4_BAR),
    5: (120, HELDOUT_ROUND5_BAR),
    6: (120, HELDOUT_ROUND6_BAR),
    7: (122, HELDOUT_ROUND7_BAR),
    8: (111, HELDOUT_ROUND8_BAR),
    9: (112, HELDOUT_ROUND9_BAR),
    10: (108, HELDOUT_ROUND10_BAR),
    11: (108, HELDOUT_ROUND11_BAR),
    12: (111, HELDOUT_ROUND12_BAR),
    13: (115, HELDOUT_ROUND13_BAR),
    14: (116, HELDOUT_ROUND14_BAR),
    15: (120, HELDOUT_ROUND15_BAR),
    16: (120, HELDOUT_ROUND16_BAR),
    17: (120, HELDOUT_ROUND17_BAR),
    18: (120, HELDOUT_ROUND18_BAR),
    19: (120, HELDOUT_ROUND19_BAR),
    20: (120, HELDOUT_ROUND20_BAR),
    21: (120, HELDOUT_ROUND21_BAR),
    22: (120, HELDOUT_ROUND22_BAR),
    23: (120, HELDOUT_ROUND23_BAR),
    24: (108, HELDOUT_ROUND24_BAR),
    25: (120, HELDOUT_ROUND25_BAR),
    26: (111, HELDOUT_ROUND26_BAR),
    27: (110, HELDOUT_ROUND27_BAR),
    28: (120, HELDOUT_ROUND28_BAR),
    29: (111, HELDOUT_ROUND29_BAR),
    30: (110, HELDOUT_ROUND30_BAR),
    31: (116, HELDOUT_ROUND31_BAR),
    32: (114, HELDOUT_ROUND32_BAR),
    33: (118, HELDOUT_ROUND33_BAR),
    34: (108, HELDOUT_ROUND34_BAR),
    35: (118, HELDOUT_ROUND35_BAR),
    36: (118, HELDOUT_ROUND36_BAR),
    37: (120, HELDOUT_ROUND37_BAR),
    38: (120, HELDOUT_ROUND38_BAR),
    39: (105, HELDOUT_ROUND39_BAR),
    40: (93, HELDOUT_ROUND40_BAR),
    41: (104, HELDOUT_ROUND41_BAR),
    42: (120, HELDOUT_ROUND42_BAR),
    43: (120, HELDOUT_ROUND43_BAR),
    44: (120, HELDOUT_ROUND44_BAR),
    45: (120, HELDOUT_ROUND45_BAR),
    46: (120, HELDOUT_ROUND46_BAR),
    47: (120, HELDOUT_ROUND47_BAR),
    48: (120, HELDOUT_ROUND48_BAR),
    49: (120, HELDOUT_ROUND49_BAR),
    50: (120, HELDOUT_ROUND50_BAR),
    51: (120, HELDOUT_ROUND51_BAR),
    52: (120, HELDOUT_ROUND52_BAR),
    53: (120, HELDOUT_ROUND53_BAR),
    54: (120, HELDOUT_ROUND54_BAR),
    55: (120, HELDOUT_ROUND55_BAR),
    56: (120, HELDOUT_ROUND56_BAR),
    57: (120, HELDOUT_ROUND57_BAR),
    58: (120, HELDOUT_ROUND58_BAR),
    59: (120, HELDOUT_ROUND59_BAR),
    60: (120, HELDOUT_ROUND60_BAR),
    61: (120, HELDOUT_ROUND61_BAR),
}


def _round_docs(round_number: int) -> list[dict]:
    folder = CORPUS.parent / "heldout" / f"round{round_number}"
    return [
        json.loads(line)
        for path in sorted(folder.glob("*.jsonl"))
        for line in path.read_text(encoding="utf-8").splitlines()
        if line
    ]


@pytest.mark.parametrize("round_number", sorted(HELDOUT_ROUNDS))
def test_heldout_round_does_not_drop(round_number: int) -> None:
    passages, bar = HELDOUT_ROUNDS[round_number]
    docs = _round_docs(round_number)
    assert len(docs) == passages
    assert micro_f1(docs) >= bar


def test_micro_f1_of_nothing_is_zero() -> None:
    assert micro_f1([]) == 0.0
    assert micro_f1([{"lang": "xx", "text": "Article 2 TEU", "citations": []}]) == 0.0


def test_seed_document_exact() -> None:
    (doc,) = load_corpus("seed.jsonl")
    found = [c.key for c in citeresolve.extract(doc["text"], lang="nl")]
    assert Counter(found) == Counter(c["key"] for c in doc["citations"])


def test_seed_document_with_language_guessed() -> None:
    (doc,) = load_corpus("seed.jsonl")
    found = [c.key for c in citeresolve.extract(doc["text"])]
    assert Counter(found) == Counter(c["key"] for c in doc["citations"])


@pytest.mark.parametrize("lang", sorted(BARS))
def test_corpus_score_does_not_drop(gold_docs: list[dict], lang: str) -> None:
    docs = gold_docs if lang == "all" else [d for d in gold_docs if d["lang"] == lang]
    assert micro_f1(docs) >= BARS[lang]


def test_spans_point_at_the_surface(gold_docs: list[dict]) -> None:
    known = set(citeresolve.available_languages())
    for doc in gold_docs:
        if doc["lang"] not in known:
            continue
        for c in extracted(doc["text"], lang=doc["lang"]):
            assert doc["text"][c.start : c.end] == c.text
            assert c.text.strip() == c.text


# micro-F1 over fixtures/heldout/*.jsonl, last levels reached: the first round of
# passages alone, and everything (the second round added harder kinds of text).
# Re-based on 2026-12-04: the held-out gold was brought to contract version 2 by hand
# (fixtures/heldout/CHANGES-v2.md); the version-1 bars (0.996, 0.9826) do not apply.
# Fourteenth session (db97683): 0.9973.
HELDOUT_ROUND1_BAR = 0.9973
# it "allegato I" (the numeral, not the determiner "i"): 0.9844.
# pl "Dz.U. C 143 z dnia 11 czerwca 2005 r., s. 1" keeps its page: 0.9849.
# Fourteenth session (db97683): 0.9881.
# Fifteenth session (93668dc): 0.9887.
# Sixteenth session (aedb996): 0.9893.
# Seventeenth session (7d1c49b): 0.9905.
# Nineteenth session, all fixes landed (60cb388): 0.991.
HELDOUT_BAR = 0.991


def heldout_docs() -> list[dict]:
    docs = []
    for path in sorted((CORPUS.parent / "heldout").glob("*.jsonl")):
        with path.open(encoding="utf-8") as fh:
            docs += [json.loads(line) for line in fh if line.strip()]
    return docs


def round1_ids() -> set[str]:
    path = CORPUS.parent / "heldout" / "round1-ids.txt"
    lines = path.read_text(encoding="utf-8").splitlines()
    return {line.strip() for line in lines if line.strip() and not line.startswith("#")}


def test_heldout_score_does_not_drop() -> None:
    docs = heldout_docs()
    assert len({d["lang"] for d in docs}) == 24
    assert len({d["id"] for d in docs}) == len(docs)
    assert micro_f1(docs) >= HELDOUT_BAR


def test_first_heldout_round_does_not_drop() -> None:
    ids = round1_ids()
    docs = [d for d in heldout_docs() if d["id"] in ids]
    assert len(docs) == len(ids) == 86
    assert micro_f1(docs) >= HELDOUT_ROUND1_BAR


def test_language_is_detected_for_every_gold_passage(gold_docs: list[dict]) -> None:
    wrong = [
        (d["id"], citeresolve.detect_language(d["text"]))
        for d in gold_docs + heldout_docs()
        if citeresolve.detect_language(d["text"]) != d["lang"]
    ]
    assert wrong == []
