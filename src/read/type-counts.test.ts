import { cypher } from "../graph/cypher";
import { EventType } from "../model/enums";

describe("the events of one type, counted from their label", () => {
  it("asks the count store for every event type the API knows, and answers each from its own label", () => {
    const query = cypher("read/queries/events-count-of-type.cypher").text;
    for (const type of Object.values(EventType)) {
      const column = type.toLowerCase();
      expect({ type, asked: query.includes(`MATCH (e:Event_${type}) RETURN count(e) AS ${column} }`), answered: new RegExp(`WHEN '${type}' THEN ${column}\\b`).test(query) })
        .toEqual({ type, asked: true, answered: true });
    }
  });
});
