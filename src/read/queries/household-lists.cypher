// name: household-lists — each household (as households-by-id returns it) and what belongs to it, only the lists asked for ($lists), in one round trip: memberships with their persons; help (on it, or on a person while a member) whole, with its agency, and its professional and outcomes when asked ('intervention-professionals', 'intervention-outcomes'); events (on it, or on a person who was a member that day) with their agencies; coordinator assignments with their professionals; consents; dates as text (YYYY-MM-DD): the driver builds a date with Integer arithmetic, a millisecond for a page's 300
UNWIND $ids AS id
MATCH (h:Household {id: id})
CALL (h) {
  WITH h WHERE 'memberships' IN $lists
  MATCH (p:Person)-[m:MEMBER_OF]->(h)
  WITH m, p ORDER BY m.from, p.id
  RETURN collect({row: m {.role, from: toString(m.from), to: toString(m.to), personId: p.id, householdId: h.id}, person: p {.id, .name, .birthYear}}) AS memberships
}
CALL (h) {
  WITH h WHERE 'interventions' IN $lists
  // each with its subject as the branch found it (a record has one subject)
  CALL (h) {
    MATCH (i:Intervention)-[:FOR]->(h)
    RETURN i, h.id AS householdId, null AS personId
    UNION
    MATCH (i:Intervention)-[:FOR]->(s:Person)-[m:MEMBER_OF]->(h)
    WHERE i.start < coalesce(m.to, date('9999-12-31')) AND coalesce(i.end, date('9999-12-31')) > m.from
    RETURN i, null AS householdId, s.id AS personId
  }
  MATCH (i)-[:BY]->(a:Agency)
  OPTIONAL MATCH (i)-[:HANDLED_BY]->(p:Professional)
  // the professional whole and the outcomes only when the request shows them (a list page mostly does not): null otherwise
  CALL (p) {
    WITH p WHERE 'intervention-professionals' IN $lists
    OPTIONAL MATCH (p)-[:WORKS_AT]->(pa:Agency)
    RETURN head(collect(p {.id, .name, .role, agencyId: pa.id})) AS professional
  }
  CALL (i) {
    WITH i WHERE 'intervention-outcomes' IN $lists
    OPTIONAL MATCH (o:Outcome)-[:OF]->(i)
    WITH o ORDER BY o.date, o.id
    RETURN collect(o {.*, date: toString(o.date), interventionId: i.id, sources: null}) AS outcomes
  }
  WITH i, householdId, personId, a, p, professional, outcomes ORDER BY i.start, i.id
  RETURN collect({
    row: i {.id, .domain, .kind, start: toString(i.start), end: toString(i.end), .endReason, .endReasonCode, agencyId: a.id, professionalId: p.id,
            personId: personId, householdId: householdId},
    agency: a {.id, .name, .kind, .domains},
    professional: professional,
    outcomes: CASE WHEN 'intervention-outcomes' IN $lists THEN outcomes END
  }) AS interventions
}
CALL (h) {
  WITH h WHERE 'events' IN $lists
  CALL (h) {
    MATCH (e:Event)-[:ABOUT]->(h)
    RETURN e, h.id AS householdId, null AS personId
    UNION
    MATCH (e:Event)-[:ABOUT]->(s:Person)-[m:MEMBER_OF]->(h)
    WHERE m.from <= e.date AND (m.to IS NULL OR e.date < m.to)
    RETURN e, null AS householdId, s.id AS personId
  }
  MATCH (e)-[:BY]->(a:Agency)
  OPTIONAL MATCH (e)-[:TARGETS]->(t:Agency)
  OPTIONAL MATCH (e)-[:RELATES_TO]->(r:Event)
  WITH e, householdId, personId, a, t, r ORDER BY e.date, e.id
  RETURN collect({
    row: e {.id, .type, date: toString(e.date), .domain, .description, .severity, agencyId: a.id,
            personId: personId, householdId: householdId,
            targetAgencyId: t.id, relatedEventId: r.id,
            participantAgencyIds: [(e)-[:PARTICIPANT]->(x:Agency) | x.id]},
    agency: a {.id, .name, .kind, .domains}
  }) AS events
}
CALL (h) {
  WITH h WHERE 'coordinators' IN $lists
  MATCH (p:Professional)-[c:COORDINATES]->(h)
  MATCH (p)-[:WORKS_AT]->(a:Agency)
  WITH c, p, a ORDER BY c.from, p.id
  RETURN collect({row: c {from: toString(c.from), to: toString(c.to), professionalId: p.id, householdId: h.id}, professional: p {.id, .name, .role, agencyId: a.id}}) AS coordinators
}
CALL (h) {
  WITH h WHERE 'consents' IN $lists
  MATCH (c:Consent)-[:FOR]->(h)
  WITH c ORDER BY c.from, c.id
  RETURN collect({row: c {.id, .basis, .purpose, from: toString(c.from), to: toString(c.to), householdId: h.id, agencyIds: [(c)-[:COVERS]->(a:Agency) | a.id]}}) AS consents
}
RETURN id AS key, h {.id, .neighbourhood, .madeFromMessages} AS household, memberships, interventions, events, coordinators, consents
