#!/usr/bin/env python3
"""Checks the exports civic-export-dump wrote, with tools from outside civic.

    validate_exports.py akn DIR XMLLINT XSD       every *.akn.xml against the Akoma Ntoso schema
    validate_exports.py json DIR SCHEMA [POPOLO]  every statement *.json against SCHEMA
                                                  (draft 2020-12) and every *.popolo.json
                                                  against Popolo's schemas (draft 3)
    validate_exports.py csv DIR                   every *.csv read back by Python's csv module
                                                  gives the fields of NAME.expected.json

A missing tool or schema exits with 77, which CTest reports as skipped (SKIP_RETURN_CODE).
"""
import csv
import json
import pathlib
import shutil
import subprocess
import sys

SKIP = 77


def skip(why):
    print(f"SKIPPED: {why}")
    sys.exit(SKIP)


def files(directory, suffix):
    found = sorted(pathlib.Path(directory).glob("*" + suffix))
    if not found:
        print(f"no *{suffix} in {directory}")
        sys.exit(1)
    return found


def check_akn(directory, xmllint, xsd):
    if not xmllint or not shutil.which(xmllint) and not pathlib.Path(xmllint).is_file():
        skip("xmllint not found (Debian: libxml2-utils)")
    if not pathlib.Path(xsd).is_file():
        skip(f"no Akoma Ntoso schema at {xsd}")
    docs = files(directory, ".akn.xml")
    failed = 0
    # In batches: one xmllint run loads the (large) schema once for many documents.
    for i in range(0, len(docs), 50):
        batch = docs[i:i + 50]
        run = subprocess.run([xmllint, "--noout", "--schema", xsd, *map(str, batch)],
                             capture_output=True, text=True)
        for line in run.stderr.splitlines():
            if not line.endswith(" validates"):
                print(line)
        failed += sum(1 for line in run.stderr.splitlines() if line.endswith("fails to validate"))
        if run.returncode not in (0, 3):  # 3: a document did not validate
            print(f"xmllint failed with {run.returncode}")
            return 1
    print(f"{len(docs) - failed}/{len(docs)} Akoma Ntoso documents valid")
    return 1 if failed else 0


def check_json(directory, schema_path, popolo_dir=None):
    try:
        import jsonschema
    except ImportError:
        skip("python3-jsonschema is not installed")
    schema = json.loads(pathlib.Path(schema_path).read_text(encoding="utf-8"))
    jsonschema.Draft202012Validator.check_schema(schema)
    validator = jsonschema.Draft202012Validator(schema)
    failed = 0
    docs = [p for p in files(directory, ".json") if not p.name.endswith((".popolo.json", ".expected.json"))]
    for p in docs:
        errors = list(validator.iter_errors(json.loads(p.read_text(encoding="utf-8"))))
        for e in errors[:5]:
            print(f"{p.name}: {'/'.join(map(str, e.absolute_path))}: {e.message}")
        failed += bool(errors)
    print(f"{len(docs) - failed}/{len(docs)} statement JSON documents valid against {schema_path}")

    if popolo_dir and pathlib.Path(popolo_dir).is_dir():
        store = {}
        for p in pathlib.Path(popolo_dir).glob("*.json"):
            s = json.loads(p.read_text(encoding="utf-8"))
            store[s["id"]] = s
        base = "http://www.popoloproject.com/schemas/"
        validators = {}
        import warnings
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", DeprecationWarning)
            for kind, name in (("organizations", "organization"), ("persons", "person"),
                               ("memberships", "membership"), ("areas", "area")):
                s = store[base + name + ".json#"]
                resolver = jsonschema.RefResolver.from_schema(s, store=store)
                validators[kind] = jsonschema.Draft3Validator(s, resolver=resolver)
            popolo = files(directory, ".popolo.json")
            bad = 0
            for p in popolo:
                doc = json.loads(p.read_text(encoding="utf-8"))
                errors = [f"{kind}[{i}]: {e.message}" for kind, v in validators.items()
                          for i, item in enumerate(doc.get(kind, [])) for e in v.iter_errors(item)]
                ids = {o["id"] for o in doc["organizations"]} | {o["id"] for o in doc["persons"]}
                for m in doc["memberships"]:
                    member = m.get("person_id") or m["member"]["id"]
                    if m["organization_id"] not in ids or member not in ids:
                        errors.append(f"membership {m['id']} refers to an unknown id")
                for e in errors[:5]:
                    print(f"{p.name}: {e}")
                bad += bool(errors)
            print(f"{len(popolo) - bad}/{len(popolo)} Popolo documents valid")
            failed += bad
    return 1 if failed else 0


def check_csv(directory):
    failed = 0
    expected_files = files(directory, ".expected.json")
    for exp in expected_files:
        expected = json.loads(exp.read_text(encoding="utf-8"))
        stem = exp.name[: -len(".expected.json")]
        for table, header in (("signatories", ["statement_id", "position", "name", "acronym", "country",
                                               "country_code", "type", "role", "place", "link"]),
                              ("calls", ["statement_id", "group", "addressee", "position", "text",
                                         "addressees"])):
            path = exp.with_name(f"{stem}.{table}.csv")
            raw = path.read_bytes()
            # RFC 4180: every record ends with CRLF.
            if raw and not raw.endswith(b"\r\n"):
                print(f"{path.name}: the last record does not end with CRLF")
                failed += 1
            with open(path, newline="", encoding="utf-8") as f:
                rows = list(csv.reader(f, strict=True))
            if rows[0] != header:
                print(f"{path.name}: header {rows[0]}")
                failed += 1
            if rows[1:] != expected[table]:
                for i, (got, want) in enumerate(zip(rows[1:], expected[table])):
                    if got != want:
                        print(f"{path.name}: row {i + 1}: read {got!r}, expected {want!r}")
                        break
                else:
                    print(f"{path.name}: {len(rows) - 1} rows, expected {len(expected[table])}")
                failed += 1
    print(f"{2 * len(expected_files)} CSV tables read back, {failed} differ")
    return 1 if failed else 0


def main(argv):
    if len(argv) < 3:
        print(__doc__)
        return 2
    mode, directory = argv[1], argv[2]
    if mode == "akn":
        return check_akn(directory, argv[3] if len(argv) > 3 else "", argv[4] if len(argv) > 4 else "")
    if mode == "json":
        return check_json(directory, argv[3], argv[4] if len(argv) > 4 else None)
    if mode == "csv":
        return check_csv(directory)
    print(__doc__)
    return 2


if __name__ == "__main__":
    sys.exit(main(sys.argv))
