// name: fairness-latest-report — the most recent fairness report kept, if any
MATCH (r:FairnessReport)
RETURN toString(r.at) AS at, toString(r.asOf) AS asOf, r.flagged AS flagged, r.unjustified AS unjustified, r.summaryNL AS summaryNL
ORDER BY r.at DESC
LIMIT 1
