#!/usr/bin/env python3
"""Build members-fragment.json: the French short names and Wikidata ids of the WCO Members (apply it with apply-fragment.py).

Inputs (all local, reproducible):
  - ../../wco-knowledge.json  (the dataset, read-only)
  - node_modules/cldr-localenames-full/main/fr/territories.json (npm cldr-localenames-full@48.2.0)
  - owid-countries.tsv  (alpha2, alpha3, name, wikidata, wikidata_label) transcribed from
    owid/owid-grapher packages/@ourworldindata/grapher/src/mapCharts/CountriesRegions.ts
    at commit c7402d12e25bd1d45f5bd7d66cfc083342a1ed96
  - the hand-override tables below
Run: npm ci && python3 generate.py && python3 apply-fragment.py members-fragment.json
"""
import csv, json, os, sys

HERE = os.path.dirname(os.path.abspath(__file__))
DATASET = os.path.join(HERE, "..", "..", "wco-knowledge.json")
CLDR = os.path.join(HERE, "node_modules/cldr-localenames-full/main/fr/territories.json")
CLDR_PKG = os.path.join(HERE, "node_modules/cldr-localenames-full/package.json")
OWID = os.path.join(HERE, "owid-countries.tsv")
OUT = os.path.join(HERE, "members-fragment.json")

SRC_CLDR = "src-cldr-48-territories-fr"
SRC_OWID = "src-owid-countries-regions"
SRC_EUROPEANA = "src-europeana-wkd2org-country-table"
SRC_WTO_HK = "src-wto-tpr-hong-kong-2002-fr-copy"
SRC_WTO_MO = "src-wto-tpr-macao-2007-fr-copy"

# ---------------------------------------------------------------- hand overrides
# CLDR key to use when the dataset row has no isoAlpha2.
CLDR_KEY_OVERRIDE = {
    "member-kosovo": "XK",  # user-assigned code; CLDR fr has XK = "Kosovo"
}

# Title overrides (value must be a sourced spelling). The CLDR values become aliases.
TITLE_OVERRIDE = {
    "member-hong-kong-china": {
        "title": "Hong Kong, Chine",
        "extraSources": [SRC_WTO_HK],
        "statusNote": ("No WCO French page listing this Member was found; the comma form is the French "
                       "designation used in WTO documents for the same customs territory and matches the WCO's "
                       "English style 'Hong Kong, China'. CLDR gives 'R.A.S. chinoise de Hong Kong' (short form "
                       "'Hong Kong'). Replace by the WCO French spelling if one is found."),
    },
    "member-macao-china": {
        "title": "Macao, Chine",
        "extraSources": [SRC_WTO_MO],
        "statusNote": ("No WCO French page listing this Member was found; the comma form is the French "
                       "designation used in WTO documents for the same customs territory and matches the WCO's "
                       "English style 'Macao, China'. CLDR gives 'R.A.S. chinoise de Macao' (short form 'Macao'). "
                       "Replace by the WCO French spelling if one is found."),
    },
    "member-palestine": {
        "title_from_cldr_key": "PS-alt-short",
        "statusNote": ("Title is CLDR's short form 'Palestine'; CLDR's main value 'Territoires palestiniens' "
                       "names the territories rather than the State that joined the WCO, so it is kept as an alias only."),
    },
}

# Extra aliases added by hand (real French spellings in current use; not invented translations).
EXTRA_ALIASES = {
    "member-myanmar": ["Myanmar", "Birmanie"],          # the two parts of CLDR's "Myanmar (Birmanie)"
    "member-democratic-republic-of-the-congo": ["RDC"],  # acronym inside CLDR's alt form "Congo (RDC)"
    "member-el-salvador": ["El Salvador"],               # CLDR fr says "Salvador"; "El Salvador" is also usual in French
    "member-timor-leste": ["Timor-Leste"],               # the UN French short name, also used as-is in French
    "member-turkiye": ["Turkiye"],
    "member-curacao": ["Curacao"],                        # ASCII spelling of CLDR's "Curaçao"                       # ASCII spelling of CLDR's variant "Türkiye"
}

# Wikidata overrides: (id, status, sources, statusNote)
WIKIDATA_OVERRIDE = {
    "member-netherlands": (
        "Q55", "inferred", [SRC_OWID, SRC_EUROPEANA],
        "OWID links NLD to Q29999, the Kingdom of the Netherlands, which also covers Aruba, Curacao and Sint "
        "Maarten. Curacao is a separate Member in this dataset, so the Member is read as the country in Europe, "
        "item Q55 (the Europeana table maps both Q55 and Q29999 to NL). Reasoned choice, not stated by the WCO."),
    "member-kosovo": (
        "Q1246", "secondary", [SRC_EUROPEANA],
        "OWID lists Kosovo without any Wikidata link; the Europeana country table maps item Q1246 to the "
        "user-assigned code XK."),
}

SOURCES = None  # filled in main()


def load_owid():
    rows = list(csv.DictReader(open(OWID, encoding="utf-8"), delimiter="\t"))
    return {r["alpha3"]: r for r in rows if r["alpha3"]}


def ascii_apostrophe(s):
    return s.replace("\u2019", "'")


def add_alias(lst, title, a):
    if a and a != title and a not in lst:
        lst.append(a)


def main():
    data = json.load(open(DATASET, encoding="utf-8"))
    members = data["members"]
    existing_src = {s["id"] for s in data["sources"]}
    cldr_doc = json.load(open(CLDR, encoding="utf-8"))
    terr = cldr_doc["main"]["fr"]["localeDisplayNames"]["territories"]
    pkg = json.load(open(CLDR_PKG, encoding="utf-8"))
    owid = load_owid()

    sources = [
        {"id": SRC_CLDR,
         "title": f"Unicode CLDR {pkg['cldrVersion']} French territory names (npm cldr-localenames-full {pkg['version']}, main/fr/territories.json)",
         "publisher": "Unicode Consortium",
         "url": "https://www.npmjs.com/package/cldr-localenames-full",
         "kind": "secondary", "asOf": "2025",
         "note": ("Unicode License v3 (SPDX Unicode-3.0). JSON form of CLDR 48 (github.com/unicode-org/cldr-json); "
                  "npm shows 48.0.0 published 2025-12-23 and 48.2.0 on 2026-03-30. Keys are ISO 3166 alpha-2 codes, "
                  "with -alt-short / -alt-variant forms used here as aliases.")},
        {"id": SRC_OWID,
         "title": "CountriesRegions.ts (countries and regions table with Wikidata links)",
         "publisher": "Our World in Data",
         "url": "https://github.com/owid/owid-grapher/blob/master/packages/@ourworldindata/grapher/src/mapCharts/CountriesRegions.ts",
         "kind": "secondary", "asOf": None,
         "note": ("MIT licence (owid-grapher). Version read: commit c7402d12e25bd1d45f5bd7d66cfc083342a1ed96 (date not "
                  "known). Rows matched on ISO alpha-3 with alpha-2 cross-checked; column wikidata_uri used.")},
        {"id": SRC_EUROPEANA,
         "title": "wkd2org.xsl (table mapping Wikidata country items to ISO codes)",
         "publisher": "Europeana Foundation (europeana/entity-management on GitHub)",
         "url": "https://github.com/europeana/entity-management/blob/0008a6f01328034feca9d698430e5a47e764a8ca/entity-management-zoho/src/main/resources/wkd2org.xsl",
         "kind": "secondary", "asOf": None,
         "note": "Used only for Kosovo (Q1246 to XK) and as a cross-check for the Netherlands (Q55 to NL). Licence not checked."},
        {"id": SRC_WTO_HK,
         "title": "Examen des politiques commerciales, Hong Kong, Chine: rapport du gouvernement (WTO document WT/TPR/G/109, French version), third-party copy",
         "publisher": "World Trade Organization (copy hosted on masazerc.com)",
         "url": "http://masazerc.com/french/tratop_f/tpr_f/g109_f.doc",
         "kind": "secondary", "asOf": "2002-11-18",
         "note": "A WTO (not WCO) document; cited only for the French designation of the customs territory."},
        {"id": SRC_WTO_MO,
         "title": "Examen des politiques commerciales, rapport de Macao, Chine (WTO document WT/TPR/G/181, French version), third-party copy",
         "publisher": "World Trade Organization (copy hosted on studylibfr.com)",
         "url": "https://studylibfr.com/doc/1626962/iv.-l-environnement-en-mati%C3%A8re-de-commerce-et-d-investiss...",
         "kind": "secondary", "asOf": "2007-03",
         "note": "A WTO (not WCO) document; cited only for the French designation of the customs territory. URL as stored by the search index (slug truncated by the host)."},
    ]
    for s in sources:
        assert s["id"] not in existing_src, s["id"]

    translations, wikidata, decisions, missing_fr, missing_wd = {}, {}, [], [], []

    for m in members:
        mid, a2, a3 = m["id"], m.get("isoAlpha2"), m.get("isoAlpha3")
        # ---------------- French title
        key = CLDR_KEY_OVERRIDE.get(mid, a2)
        if mid in CLDR_KEY_OVERRIDE:
            decisions.append(f"{mid}: no isoAlpha2 in the row; used CLDR key {key} ('{terr.get(key)}')")
        main_name = terr.get(key) if key else None
        if not main_name:
            missing_fr.append(mid)
        else:
            alts = [terr[k] for k in (f"{key}-alt-short", f"{key}-alt-variant") if k in terr]
            title, status, srcs, note = main_name, "secondary", [SRC_CLDR], None
            ov = TITLE_OVERRIDE.get(mid)
            aliases = []
            if ov:
                if "title" in ov:
                    title = ov["title"]
                else:
                    title = terr[ov["title_from_cldr_key"]]
                srcs = ov.get("extraSources", []) + srcs
                note = ov["statusNote"]
                decisions.append(f"{mid}: French title '{title}' instead of CLDR main '{main_name}'")
            for a in [main_name] + alts:
                add_alias(aliases, title, a)
            for a in EXTRA_ALIASES.get(mid, []):
                add_alias(aliases, title, a)
            if mid in EXTRA_ALIASES:
                decisions.append(f"{mid}: hand-added aliases {EXTRA_ALIASES[mid]}")
            # ASCII-apostrophe spellings of the title and aliases
            for a in [title] + list(aliases):
                if "\u2019" in a:
                    add_alias(aliases, title, ascii_apostrophe(a))
            if mid == "member-cote-divoire":
                add_alias(aliases, title, "Cote d'Ivoire")
            translations[mid] = {"fr": {"title": title, "aliases": aliases, "status": status,
                                        "statusNote": note, "sources": srcs}}
        # ---------------- Wikidata
        if mid in WIKIDATA_OVERRIDE:
            qid, st, srcs, note = WIKIDATA_OVERRIDE[mid]
            row = owid.get(a3) if a3 else None
            decisions.append(f"{mid}: Wikidata {qid} set by hand (OWID gives {row['wikidata'] if row and row['wikidata'] else 'nothing'})")
            wikidata[mid] = {"id": qid, "status": st, "statusNote": note, "sources": srcs}
            continue
        row = owid.get(a3) if a3 else None
        if not row or not row["wikidata"]:
            missing_wd.append(mid)
            continue
        if row["alpha2"] != a2:
            print(f"WARNING alpha2 mismatch {mid}: dataset {a2} vs OWID {row['alpha2']}", file=sys.stderr)
            missing_wd.append(mid)
            continue
        wikidata[mid] = {"id": row["wikidata"], "status": "secondary", "statusNote": None, "sources": [SRC_OWID]}

    notes = NOTES
    if missing_fr:
        notes += " Members left without a French title: " + ", ".join(missing_fr) + "."
    if missing_wd:
        notes += " Members left without a Wikidata id: " + ", ".join(missing_wd) + "."
    frag = {"sources": sources, "translations": translations, "wikidata": wikidata,
            "customsDayThemes": [], "notes": notes}
    with open(OUT, "w", encoding="utf-8") as f:
        json.dump(frag, f, ensure_ascii=False, indent=2)
        f.write("\n")

    n = len(members)
    print(f"fr titles: {len(translations)}/{n}")
    print(f"wikidata:  {len(wikidata)}/{n}")
    print("missing fr:", missing_fr)
    print("missing wikidata:", missing_wd)
    print("hand decisions:")
    for d in decisions:
        print("  -", d)


NOTES = (
    "French titles: base is CLDR 48 (fr) by ISO alpha-2; CLDR -alt-short/-alt-variant forms and ASCII-apostrophe "
    "spellings are aliases. I could not find the WCO French membership list (or any WCO French page naming Members) "
    "through the search tools in the time allowed, so no title is 'confirmed'; every title is 'secondary'. "
    "Hong Kong and Macao use the comma form ('Hong Kong, Chine', 'Macao, Chine') sourced to French WTO documents "
    "(third-party copies), with the CLDR forms as aliases; the lead may want to swap in a WCO French page if one is found "
    "(try the fr-fr version of the WCO membership page). Palestine uses CLDR's short form 'Palestine' because CLDR's main "
    "value is 'Territoires palestiniens'. Kosovo has no isoAlpha2 in the dataset; CLDR's user-assigned key XK ('Kosovo') "
    "was used. Curacao's row carries CW, so CLDR 'Curaçao' applies directly. Titles kept exactly as CLDR gives them even "
    "where French usage varies, e.g. 'Myanmar (Birmanie)', 'Congo-Brazzaville', 'Congo-Kinshasa', 'Corée du Sud', "
    "'Timor oriental', 'Salvador', 'Turquie' (variant 'Türkiye' as alias), 'Biélorussie', 'Tchéquie' (variant "
    "'République tchèque' as alias); the lead may prefer WCO-style names such as 'République démocratique du Congo' "
    "or 'Corée (République de)' once a WCO French list is available. "
    "Wikidata: from OWID CountriesRegions.ts by alpha-3 (alpha-2 cross-checked for every row). Checked by hand: "
    "China Q148, Hong Kong Q8646, Macao Q14773, Palestine Q219060 (the dataset has member-palestine), Curaçao Q25279, "
    "Serbia Q403, Congo Q971, DR Congo Q974, Korea Q884, Sudan Q1049, South Sudan Q958, Eswatini Q1050, Timor-Leste Q574 "
    "(OWID label 'East Timor', the country item), Moldova Q217, North Macedonia Q221, Türkiye Q43, Germany Q183, France Q142, "
    "Belgium Q31, United States Q30, United Kingdom Q145, Canada Q16, Morocco Q1028, Switzerland Q39: all country items as expected. "
    "Odd rows: OWID maps NLD to Q29999 (Kingdom of the Netherlands); replaced by Q55 (status inferred). OWID's Kosovo row "
    "(OWID_KOS) has no Wikidata link; Q1246 taken from a Europeana mapping table. OWID's Netherlands Antilles row (AN/ANT) has "
    "no Wikidata link either, but the dataset uses Curaçao (CW/CUW), which OWID links to Q25279. "
    "owid-countries.tsv carries a fifth column, wikidata_label, for these checks."
)

if __name__ == "__main__":
    main()
