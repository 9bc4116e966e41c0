// name: upsert-messages — each message received once (standard, type, sender, identification: TR056) with a hash of its text: a repeat changes nothing, other content under the same identification is refused
UNWIND $rows AS row
MERGE (m:Message {key: row.key})
ON CREATE SET m.hash = row.hash, m.type = row.type, m.standard = row.standard, m.dated = row.dated, m.source = $source, m.receivedAt = datetime()
