"""Interoperability checks with clients no one here wrote (issue #12).

Run by tests/tests/interop.rs against a real server it started and filled:

    interop.py --base URL --stix-dir DIR --recipient TOKEN --outsider TOKEN --strict-report ID

1. The OASIS stix2-validator validates every STIX export in DIR (strict types and properties,
   references enforced) with no error. Check 103 (ids SHOULD be UUIDv4) is disabled: ids are
   UUIDv5 on purpose, so that a re-export is identical (docs/early-warning.md).
2. taxii2-client discovers the server, lists the collections and pages through every object
   (two per request), as the recipient of a TLP:AMBER+STRICT alert and as an outsider: the
   recipient reads the alert's report, the outsider never reads an AMBER+STRICT object.
Exits non-zero with a message on the first failure.
"""
import argparse
import pathlib
import sys

import requests
from stix2validator import ValidationOptions, validate_file
from taxii2client.v21 import Server, as_pages

STRICT = "marking-definition--939a9414-2ddd-4d32-a0cd-375ea402b003"


class Bearer(requests.auth.AuthBase):
    def __init__(self, token):
        self.token = token

    def __call__(self, r):
        if self.token:
            r.headers["Authorization"] = f"Bearer {self.token}"
        return r


def fail(msg):
    print(f"interop: FAIL: {msg}", file=sys.stderr)
    sys.exit(1)


def validate(stix_dir):
    options = ValidationOptions(
        strict_types=True, strict_properties=True, enforce_refs=True, disabled=["103"]
    )
    files = sorted(pathlib.Path(stix_dir).glob("*.json"))
    if not files:
        fail(f"no STIX exports in {stix_dir}")
    for f in files:
        result = validate_file(str(f), options)
        if not result.is_valid:
            for r in result.object_results:
                for e in r.errors:
                    print(f"{f.name}: {r.object_id}: {e}", file=sys.stderr)
            fail(f"{f.name} is not valid STIX 2.1")
    print(f"interop: stix2-validator: {len(files)} exports valid")


def read_all(base, token):
    """Every object of every collection the token may read, via taxii2-client."""
    server = Server(f"{base}/taxii2/", auth=Bearer(token))
    if not server.api_roots:
        fail("discovery lists no API root")
    root = server.default or server.api_roots[0]
    objects = {}
    for collection in root.collections:
        seen = []
        for envelope in as_pages(collection.get_objects, per_request=2):
            seen.extend(envelope.get("objects", []))
        ids = [o["id"] for o in seen]
        if len(ids) != len(set(ids)):
            fail(f"{collection.title}: an object came twice while paging")
        objects[collection.title] = seen
    return objects


def main():
    p = argparse.ArgumentParser()
    p.add_argument("--base", required=True)
    p.add_argument("--stix-dir", required=True)
    p.add_argument("--recipient", required=True)
    p.add_argument("--outsider", required=True)
    p.add_argument("--strict-report", required=True)
    a = p.parse_args()

    validate(a.stix_dir)

    mine = read_all(a.base, a.recipient)
    strict = mine.get("TLP:AMBER+STRICT", [])
    if a.strict_report not in [o["id"] for o in strict]:
        fail("the recipient does not read the AMBER+STRICT report")
    anonymous = read_all(a.base, None)
    if list(anonymous) != ["TLP:CLEAR"]:
        fail(f"anonymous collections: {list(anonymous)}")
    theirs = read_all(a.base, a.outsider)
    for title, objs in list(theirs.items()) + list(anonymous.items()):
        for o in objs:
            if STRICT in o.get("object_marking_refs", []) or o["id"] == a.strict_report:
                fail(f"a non-recipient read an AMBER+STRICT object in {title}: {o['id']}")
    total = sum(len(v) for v in mine.values())
    print(f"interop: taxii2-client: recipient read {total} objects in {len(mine)} collections; "
          f"the outsider none marked AMBER+STRICT")


if __name__ == "__main__":
    main()
