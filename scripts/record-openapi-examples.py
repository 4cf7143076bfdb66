#!/usr/bin/env python3
"""Records the example responses of the OpenAPI document from a running service.

Each entry of src/main/resources/openapi/examples.json names an operation, the request behind its example, and the
response. This script asks the service for each request again and writes the answers back, so the examples stay
real. OpenApiTest fails when an example no longer matches the service. An entry whose request is null is written by
hand (its note says why) and left as it is. An entry with a body is a computation (a public POST): the body is posted
as JSON, and the answer recorded. Record against a service on a freshly migrated database, as the tests use.

Usage: scripts/record-openapi-examples.py [base-url]   (default http://localhost:8080)
"""
import json
import pathlib
import sys
import urllib.request

EXAMPLES = pathlib.Path(__file__).resolve().parent.parent / "src/main/resources/openapi/examples.json"


def main() -> None:
    base = sys.argv[1].rstrip("/") if len(sys.argv) > 1 else "http://localhost:8080"
    examples = json.loads(EXAMPLES.read_text(encoding="utf-8"))
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
