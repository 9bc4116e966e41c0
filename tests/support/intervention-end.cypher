// name: test-intervention-end — how an intervention's end was stored
MATCH (i:Intervention {id: $id}) RETURN i.endReason AS endReason, i.endReasonCode AS endReasonCode
