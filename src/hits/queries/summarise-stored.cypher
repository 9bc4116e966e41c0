// name: summarise-stored — the stored hits (not gone) counted per kind, per (neighbourhood, kind) and per (agency in the evidence, kind), for a run to keep
CALL () {
  MATCH (h:StoredHit) WHERE h.status <> 'GONE'
  WITH h.kind AS kind, count(*) AS n
  RETURN collect({kind: kind, hits: n}) AS kinds
}
CALL () {
  MATCH (h:StoredHit) WHERE h.status <> 'GONE'
  UNWIND h.neighbourhoods AS neighbourhood
  WITH neighbourhood, h.kind AS kind, count(*) AS n
  RETURN collect({neighbourhood: neighbourhood, kind: kind, hits: n}) AS neighbourhoods
}
CALL () {
  MATCH (h:StoredHit) WHERE h.status <> 'GONE'
  UNWIND h.agencyIds AS agencyId
  WITH agencyId, h.kind AS kind, count(*) AS n
  RETURN collect({agencyId: agencyId, kind: kind, hits: n}) AS agencies
}
RETURN kinds, neighbourhoods, agencies
