// name: fairness-store-report — keeps one fairness report: when it ran, its date, its figures (JSON, counts only) and its summary in words
CREATE (r:FairnessReport {at: datetime(), asOf: date($asOf), flagged: $flagged, unjustified: $unjustified,
                          summaryNL: $summaryNL, report: $report})
RETURN r.at AS at
