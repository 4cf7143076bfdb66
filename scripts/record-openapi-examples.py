#!/usr/bin/env python3
"""Records the example responses of the OpenAPI document from a running service.

Each entry of src/main/resources/openapi/examples.json names an operation, the request behind its example, and the
response. This script asks the service for each request again and writes the answers back, so the examples stay
real. OpenApiTest fails when an example no longer matches the service. An entry whose request is null is written by
hand (its note says why) and left as it is. An entry with a body is a computation (a public POST): the body is posted
as JSON, and the answer recorded. Record against a service on a freshly migrated database, as the tests use.

A GET of the generated document (target/openapi/openapi.json, written by ./mvnw package) that has no entry yet gets
one, so that a new collection needs no entry written by hand: a collection is asked for its first two items, and a
record under it by the id of the collection's first item. Downloads (a Content-Disposition header) have none.

Usage: scripts/record-openapi-examples.py [base-url]   (default http://localhost:8080)
"""
import json
import pathlib
import re
import sys
import urllib.request

ROOT = pathlib.Path(__file__).resolve().parent.parent
EXAMPLES = ROOT / "src/main/resources/openapi/examples.json"
DOCUMENT = ROOT / "target/openapi/openapi.json"


def read(base: str, path: str):
    with urllib.request.urlopen(base + path) as response:
        return json.load(response)


def add_missing(base: str, examples: dict) -> None:
    """Adds an entry for each GET of the generated document that has none, from what the service lists."""
    if not DOCUMENT.exists():
        print(f"{DOCUMENT.relative_to(ROOT)} is missing: run ./mvnw package first to add entries for new reads")
        return
    document = json.loads(DOCUMENT.read_text(encoding="utf-8"))
    for path, item in document["paths"].items():
        operation = item.get("get")
        if operation is None or operation["operationId"] in examples:
            continue
        ok = operation["responses"].get("200", {})
        if "application/json" not in ok.get("content", {}) or "Content-Disposition" in ok.get("headers", {}):
            continue  # downloads have no recorded example
        parameters = re.findall(r"\{([^}]+)\}", path)
        if not parameters:
            request = f"{path}?lang=en&size=2"
        elif len(parameters) == 1 and path.endswith("/{" + parameters[0] + "}"):
            collection = path[: path.rindex("/")]
            items = read(base, collection + "?size=1").get("items", [])
            if not items:
                print(f"{operation['operationId']}: {collection} lists nothing; write its entry by hand")
                continue
            key = items[0].get(parameters[0], items[0].get("id"))
            request = f"{collection}/{key}?lang=en"
        else:
            print(f"{operation['operationId']}: {path} needs more than one id; write its entry by hand")
            continue
        examples[operation["operationId"]] = {"request": request, "response": None}


def main() -> None:
    base = sys.argv[1].rstrip("/") if len(sys.argv) > 1 else "http://localhost:8080"
    examples = json.loads(EXAMPLES.read_text(encoding="utf-8"))
    add_missing(base, examples)
    for operation, example in examples.items():
        if example["request"] is None:
            continue  # written by hand; its note says why
        request = urllib.request.Request(base + example["request"])
        if "body" in example:
            request.data = json.dumps(example["body"], ensure_ascii=False).encode("utf-8")
            request.add_header("Content-Type", "application/json")
        with urllib.request.urlopen(request) as response:
            example["response"] = json.load(response)
        print(f"{operation}: {example['request']}")
    EXAMPLES.write_text(json.dumps(examples, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
