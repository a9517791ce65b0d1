/**
 * Example tabs of the GraphQL IDE: the questions EduGraph's users ask
 * (issue 4), each a runnable query against the bundled reports.
 */
export interface ExampleTab {
  query: string;
  variables?: string;
}

const q = (lines: string): string => `${lines.trim()}\n`;

export const EXAMPLES: ExampleTab[] = [
  {
    query: q(`
# Which organizations were partners of the round table in Kazakhstan,
# and which reports say so?
query RoundTablePartners {
  events(filter: { country: "KZ", kind: ["round table"] }) {
    edges {
      node {
        id
        name
        startDate
        endDate
        organizations(roles: [PARTNERED]) {
          organization { id name }
          sources { report { id title url publishedAt } evidence }
        }
      }
    }
  }
}`),
  },
  {
    query: q(`
# Who are the collaborators of the Kyrgyz National University named after
# J. Balasagyn, by shared events?
query Collaborators($id: ID! = "org:kyrgyz-national-university-balasagyn") {
  collaborators(id: $id) {
    weight
    organization { id name countryCode }
    sharedEvents { id name startDate }
    sources { report { title } evidence }
  }
}`),
  },
  {
    query: q(`
# How is the Akhmet Baitursynuly Kostanay Regional University connected to
# St. Petersburg State University? Find the ids, then ask for the path.
query FindIds {
  from: search(text: "Kostanay Regional University", types: [Organization], first: 1) { node { id name } }
  to: search(text: "St. Petersburg State University", types: [Organization], first: 1) { node { id name } }
}

query Path($from: ID!, $to: ID! = "org:st-petersburg-state-university") {
  collaborationPath(from: $from, to: $to, maxHops: 4) {
    length
    nodes { __typename id name }
    edges { type source target evidence sources { report { title } } }
  }
}`),
    variables: '{ "from": "org:kostanay-regional-university-baitursynuly" }\n',
  },
  {
    query: q(`
# Which organizations in Kazakhstan might partner with the 'Investment in the
# Future' foundation on teachers' emotional resilience, and why?
query PartnerSuggestions {
  partnerSuggestions(
    for: "org:investment-in-the-future"
    topic: "topic:educator-emotional-resilience"
    country: "KZ"
  ) {
    score
    organization { id name }
    reasons
    # the same reasons grouped: topics once, each event once with every role
    why {
      summary
      events { event { name } roles yourRoles partners { name } }
    }
  }
}`),
  },
  {
    query: q(`
# The foundation's neighbourhood as a file for Gephi (GEXF), GraphML tools
# or Cytoscape (CYTOSCAPE_JSON), with every property and evidence count.
# For a file straight to disk: GET /export/neighborhood?id=…&format=gexf
query ExportNeighborhood {
  exportNeighborhood(ids: ["org:investment-in-the-future"], depth: 1, format: GEXF) {
    fileName
    nodeCount
    edgeCount
    content
  }
}`),
  },
  {
    query: q(`
# Search across languages and spellings: each finds the right node.
query Search {
  ru: search(text: "Вклад в будущее") { score node { __typename id name } }
  en: search(text: "Contribution to the Future") { score node { __typename id name } }
  typo: search(text: "Polozhevetz") { score node { __typename id name } }
}`),
  },
  {
    query: q(`
# What do the reports disagree on, and how much does the graph hold?
query ConflictsAndStats {
  conflicts { node { id name } property shown claims { value report { title } } }
  stats {
    byType { type count }
    byCountry { code country { name } organizations events people }
    byYear { year events reports }
  }
}`),
  },
  {
    query: q(`
# The neighbourhood the explorer draws around a node.
query Neighborhood {
  neighborhood(ids: ["org:investment-in-the-future"], depth: 2, limit: 100) {
    truncated
    nodes { id type name degree }
    edges { source target type }
  }
}`),
  },
  {
    query: q(`
# Writes need the admin token: add a header
#   { "Authorization": "Bearer <EDUGRAPH_ADMIN_TOKEN>" }
# in the Headers tab below.
mutation Ingest($text: String!) {
  ingestReport(text: $text, title: "A test report", language: "en") {
    reportId status
    labels { type created merged }
    relationships { created updated }
  }
}`),
    variables: '{ "text": "On 3 March 2024, a seminar on parental engagement was held in Astana." }\n',
  },
];
