// name: bench-neo4j-graphql-dossier — in one statement, the data @neo4j/graphql's dossier returns: members with all their help and events, direct help and events, coordinators
MATCH (h:Household {id: $id})
RETURN h {.id, .neighbourhood,
  members: [(p:Person)-[m:MEMBER_OF]->(h) | {properties: m {.role, .from, .to}, node: p {.id, .name, .birthYear,
    interventions: [(i:Intervention)-[:FOR]->(p) | i {.id, .domain, .kind, .start, .end, .endReason,
      agency: [(i)-[:BY]->(a:Agency) | a {.id, .name}], professional: [(i)-[:HANDLED_BY]->(pr:Professional) | pr {.id, .name}],
      outcomes: [(o:Outcome)-[:OF]->(i) | o {.date, .result}]}],
    events: [(e:Event)-[:ABOUT]->(p) | e {.id, .type, .date, .domain, agency: [(e)-[:BY]->(a:Agency) | a {.id, .name}]}]}}],
  interventions: [(i:Intervention)-[:FOR]->(h) | i {.id, .domain, .kind, .start, .end, .endReason,
    agency: [(i)-[:BY]->(a:Agency) | a {.id, .name}], professional: [(i)-[:HANDLED_BY]->(pr:Professional) | pr {.id, .name}],
    outcomes: [(o:Outcome)-[:OF]->(i) | o {.date, .result}]}],
  events: [(e:Event)-[:ABOUT]->(h) | e {.id, .type, .date, .domain, agency: [(e)-[:BY]->(a:Agency) | a {.id, .name}]}],
  coordinators: [(pr:Professional)-[c:COORDINATES]->(h) | {properties: c {.from, .to}, node: pr {.id, .name}}]
} AS household
