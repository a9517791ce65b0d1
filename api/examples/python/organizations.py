"""Every organization in EduGraph, as CSV on standard output.

Pages through the `organizations` connection with `first`/`after` until
`hasNextPage` is false, and retries a page the server answers with
DATABASE_UNAVAILABLE (its database is restarting or unreachable) after a
growing pause. Prints what the query cost, against the limit, on stderr.

    pip install requests
    python3 organizations.py [COUNTRY] > organizations.csv    # COUNTRY: KZ, RU…
"""
import csv
import os
import sys
import time

import requests

SERVER = os.environ.get("EDUGRAPH_URL", "http://127.0.0.1:4000")
PAGE_SIZE = int(os.environ.get("EDUGRAPH_PAGE_SIZE", "100"))  # 100 is the largest page the API serves
RETRIES = 5  # pauses of 1, 2, 4, 8 and 16 s: about half a minute in all

QUERY = """
query Organizations($first: Int, $after: String, $filter: OrganizationFilter) {
  organizations(first: $first, after: $after, filter: $filter, orderBy: { field: NAME }) {
    totalCount
    pageInfo { hasNextPage endCursor }
    edges { node { id name kind countryCode } }
  }
}
"""


class GraphQLError(Exception):
    """The server refused or failed the query; the message has its codes and messages."""


def codes(errors):
    return {(e.get("extensions") or {}).get("code") for e in errors}


def graphql(session, query, variables):
    """Runs one query and returns (data, extensions); retries while the database is unavailable."""
    for attempt in range(RETRIES + 1):
        response = session.post(f"{SERVER}/graphql", json={"query": query, "variables": variables}, timeout=60)
        body = response.json()
        errors = body.get("errors") or []
        if "DATABASE_UNAVAILABLE" in codes(errors) and attempt < RETRIES:
            pause = 2**attempt
            print(f"database unavailable; retrying in {pause} s", file=sys.stderr)
            time.sleep(pause)
            continue
        if errors:
            raise GraphQLError("; ".join(f"{(e.get('extensions') or {}).get('code')}: {e['message']}" for e in errors))
        return body["data"], body.get("extensions") or {}


def organizations(country=None):
    """Yields every organization (in a country, when given), one page per request."""
    variables = {"first": PAGE_SIZE, "after": None, "filter": {"country": country} if country else None}
    with requests.Session() as session:
        while True:
            data, extensions = graphql(session, QUERY, variables)
            page = data["organizations"]
            if variables["after"] is None:
                cost = extensions.get("cost") or {}
                print(f"{page['totalCount']} organizations; each page costs {cost.get('requested')} of {cost.get('limit')}", file=sys.stderr)
            for edge in page["edges"]:
                yield edge["node"]
            if not page["pageInfo"]["hasNextPage"]:
                return
            variables["after"] = page["pageInfo"]["endCursor"]


def main():
    out = csv.writer(sys.stdout)
    out.writerow(["id", "name", "kind", "countryCode"])
    for org in organizations(sys.argv[1] if len(sys.argv) > 1 else None):
        out.writerow([org["id"], org["name"], org["kind"] or "", org["countryCode"] or ""])


if __name__ == "__main__":
    try:
        main()
    except GraphQLError as error:
        sys.exit(f"organizations.py: {error}")
