// name: neighbourhoods — every neighbourhood with households, as written in the deliveries, for the caseload's filter
MATCH (h:Household)
WHERE h.neighbourhood IS NOT NULL
RETURN DISTINCT h.neighbourhood AS name ORDER BY name
