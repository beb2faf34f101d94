"""Checks a DCAT-AP JSON-LD export of the catalogue with a JSON-LD processor (pyld).

Usage: python dcat_check.py FILE [--sample]

Expands the document and converts it to RDF with pyld (no network: the @context is inline and
the document loader refuses every fetch), then checks the triples:
- exactly one dcat:Catalog, linked to each dcat:Resource by dcat:resource;
- every resource has a dct:title and a dct:description with a language tag per language, a
  dct:language per language as an EU Publications Office authority IRI, one or more dcat:theme
  among the four priority IRIs, and dct:modified / dct:issued typed xsd:dateTime;
- with --sample: the exact triples of the sample written by the domain test
  `catalogue::dcat::tests::the_document_is_well_formed_json_ld` (CYBERHEALTH_DCAT_SAMPLE=FILE).

Exits non-zero with the failed checks listed; prints "N passed, 0 failed" otherwise.
"""

import json
import sys

from pyld import jsonld

RDF_TYPE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"
DCAT = "http://www.w3.org/ns/dcat#"
DCT = "http://purl.org/dc/terms/"
XSD_DATETIME = "http://www.w3.org/2001/XMLSchema#dateTime"
LANGUAGE_AUTHORITY = "http://publications.europa.eu/resource/authority/language/"
THEMES = {
    "https://w3id.org/cyberhealth/priority/" + p
    for p in ("prevention", "detection", "response-recovery", "deterrence")
}
AUTHORITY = {
    "bg": "BUL", "cs": "CES", "da": "DAN", "de": "DEU", "el": "ELL", "en": "ENG",
    "es": "SPA", "et": "EST", "fi": "FIN", "fr": "FRA", "ga": "GLE", "hr": "HRV",
    "hu": "HUN", "it": "ITA", "lt": "LIT", "lv": "LAV", "mt": "MLT", "nl": "NLD",
    "pl": "POL", "pt": "POR", "ro": "RON", "sk": "SLK", "sl": "SLV", "sv": "SWE",
}


def no_fetch(url, options=None):
    raise jsonld.JsonLdError("remote documents are not loaded", "loading document failed", {"url": url})


def main(path, sample):
    with open(path, encoding="utf-8") as f:
        doc = json.load(f)
    jsonld.set_document_loader(no_fetch)
    # Expansion drops any key the context does not define: compare before and after.
    expanded = jsonld.expand(doc)
    triples = jsonld.to_rdf(doc)["@default"]

    def objects(s, p):
        return [t["object"] for t in triples if t["subject"]["value"] == s and t["predicate"]["value"] == p]

    def subjects(p, o):
        return [t["subject"]["value"] for t in triples if t["predicate"]["value"] == p and t["object"]["value"] == o]

    passed, failed = 0, []

    def check(ok, what):
        nonlocal passed
        if ok:
            passed += 1
        else:
            failed.append(what)

    check(len(expanded) > 0, "the document expands to something")
    catalogs = subjects(RDF_TYPE, DCAT + "Catalog")
    check(len(catalogs) == 1, f"one dcat:Catalog, found {len(catalogs)}")
    resources = subjects(RDF_TYPE, DCAT + "Resource")
    linked = {o["value"] for c in catalogs for o in objects(c, DCAT + "resource")}
    check(linked == set(resources), "every dcat:Resource is linked from the catalogue by dcat:resource")
    for r in resources:
        titles = objects(r, DCT + "title")
        descriptions = objects(r, DCT + "description")
        tags = {t.get("language") for t in titles}
        check(len(titles) > 0 and None not in tags, f"{r}: dct:title with a language tag per language")
        check({d.get("language") for d in descriptions} == tags, f"{r}: dct:description in the languages of the title")
        languages = {o["value"] for o in objects(r, DCT + "language") if o["type"] == "IRI"}
        check(languages == {LANGUAGE_AUTHORITY + AUTHORITY[t] for t in tags}, f"{r}: dct:language is the authority IRI of each language tag")
        themes = {o["value"] if o["type"] == "IRI" else "literal " + o["value"] for o in objects(r, DCAT + "theme")}
        check(len(themes) > 0 and themes <= THEMES, f"{r}: dcat:theme among the four priorities: {themes}")
        for p in ("modified", "issued"):
            values = objects(r, DCT + p)
            check(len(values) == 1 and values[0].get("datatype") == XSD_DATETIME, f"{r}: one dct:{p} typed xsd:dateTime")

    if sample:
        r = "https://cyberhealth.example/catalogue/items/1"
        literal = lambda s, p: {(o["value"], o.get("language") or o.get("datatype")) for o in objects(s, p)}
        check(literal(r, DCT + "title") == {("Offline backups for hospitals", "en"), ("Offline-Sicherungen", "de")}, "sample: titles")
        check(literal(r, DCT + "modified") == {("2026-03-04T09:00:00Z", XSD_DATETIME)}, "sample: dct:modified")
        check({o["value"] for o in objects(r, DCAT + "theme")} == {
            "https://w3id.org/cyberhealth/priority/prevention",
            "https://w3id.org/cyberhealth/priority/response-recovery",
        }, "sample: themes")
        check({o["value"] for o in objects(r, DCAT + "keyword")} == {"backups"}, "sample: keyword")
        check({o["value"] for o in objects(r, DCAT + "landingPage")} == {"https://cyberhealth.example/catalogue/1"}, "sample: landing page")
        check(catalogs == ["https://cyberhealth.example/catalogue"], "sample: catalogue IRI")
        check(len(subjects(RDF_TYPE, "http://www.w3.org/2004/02/skos/core#Concept")) == 4, "sample: four priority concepts")

    for f in failed:
        print("FAILED:", f)
    print(f"{passed} passed, {len(failed)} failed")
    return 1 if failed else 0


if __name__ == "__main__":
    if len(sys.argv) < 2:
        print(__doc__)
        sys.exit(2)
    sys.exit(main(sys.argv[1], "--sample" in sys.argv[2:]))
