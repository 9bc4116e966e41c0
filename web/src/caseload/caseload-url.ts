import { useSearchParams } from "wouter";

export interface CaseloadFilters { mine: boolean; neighbourhood: string }

/**
 * The caseload's filters, kept in the address (?alle=1&wijk=Centrum): a link shows the same list,
 * and Back from a household returns to it as it was.
 */
export function useCaseloadUrl(defaultMine: boolean) {
  const [params, setParams] = useSearchParams();
  const who = params.get("wie");
  const filters: CaseloadFilters = { mine: who ? who !== "alle" : defaultMine, neighbourhood: params.get("wijk") ?? "" };
  const setFilters = (next: CaseloadFilters) =>
    setParams(() => {
      const p = new URLSearchParams();
      if (next.mine !== defaultMine) p.set("wie", next.mine ? "mijn" : "alle");
      if (next.neighbourhood) p.set("wijk", next.neighbourhood);
      return p;
    });
  return { filters, setFilters };
}
