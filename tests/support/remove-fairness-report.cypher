// name: test-remove-fairness-report — removes the fairness reports a test kept, found by their summary
MATCH (r:FairnessReport {summaryNL: $summaryNL})
DELETE r
