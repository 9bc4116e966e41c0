// name: daily-run-done — whether the day's full detection has run (its marker, written after the run under the detection lock)
OPTIONAL MATCH (d:DailyRun {date: $date})
RETURN d IS NOT NULL AS done
