#!/bin/sh
# Finds entities by name (English or Russian, typos forgiven) with curl and
# prints the JSON answer; pipe it to `jq` to pick fields.
#
#   ./search.sh "Вклад в будущее"
#   curl -s http://127.0.0.1:4000/schema.graphql -o schema.graphql   # the schema, for tools
set -eu
server="${EDUGRAPH_URL:-http://127.0.0.1:4000}"
text="${1:?usage: search.sh TEXT}"
# The text goes in as a GraphQL variable, escaped for JSON (backslashes and quotes).
escaped=$(printf '%s' "$text" | sed 's/\\/\\\\/g; s/"/\\"/g')
# content-type: application/json is what Apollo's CSRF protection asks of a non-browser client.
curl -sS --fail-with-body "$server/graphql" \
  -H 'content-type: application/json' \
  -d "{\"query\": \"query (\$text: String!) { search(text: \$text, first: 5) { score node { __typename id name } } }\",
       \"variables\": {\"text\": \"$escaped\"}}"
echo
