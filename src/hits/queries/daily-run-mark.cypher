// name: daily-run-mark — marks the day's full detection as run, by the run that did it
MERGE (d:DailyRun {date: $date})
ON CREATE SET d.runId = $runId, d.seq = $seq, d.at = datetime()
RETURN d.runId AS runId
