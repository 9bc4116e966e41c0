import DataLoader from "dataloader";
import type { Loaders } from "../read/loaders";
import type { AccessPolicy } from "./policy";

type ById<T> = DataLoader<string, T | null>;
type ListBy<T> = DataLoader<string, T[]>;

function viewedById<T, V>(raw: ById<T>, view: (r: T | null) => Promise<V | null>): DataLoader<string, V | null> {
  return new DataLoader(async (ids) => {
    const records = await raw.loadMany(ids);
    return Promise.all(records.map((r) => (r instanceof Error ? r : view(r))));
  });
}

function viewedLists<T, V>(raw: ListBy<T>, view: (r: T) => Promise<V | null>): DataLoader<string, V[]> {
  return new DataLoader(async (keys) => {
    const lists = await raw.loadMany(keys);
    return Promise.all(lists.map(async (list) =>
      list instanceof Error ? list : (await Promise.all(list.map(view))).filter((v): v is Awaited<V> => v !== null)));
  });
}

/**
 * The request's loaders as the policy lets this viewer see them: the one path by which resolvers,
 * the timeline, evidence and lists get records. A record the viewer may not see comes back as null.
 */
export function secureLoaders(raw: Loaders, policy: AccessPolicy): Loaders {
  return {
    ...raw,
    household: viewedById(raw.household, (r) => policy.household(r)),
    person: viewedById(raw.person, (r) => policy.person(r)),
    professional: viewedById(raw.professional, (r) => policy.professional(r)),
    intervention: viewedById(raw.intervention, (r) => policy.intervention(r)),
    event: viewedById(raw.event, (r) => policy.event(r)),
    membershipsOfHousehold: viewedLists(raw.membershipsOfHousehold, (r) => policy.membership(r)),
    membershipsOfPerson: viewedLists(raw.membershipsOfPerson, (r) => policy.membership(r)),
    outcomesOfIntervention: viewedLists(raw.outcomesOfIntervention, (r) => policy.outcome(r)),
    outcome: viewedById(raw.outcome, async (r) => r && policy.outcome(r)),
    consent: viewedById(raw.consent, async (r) => r && policy.consent(r)),
    coordinatorsOfHousehold: viewedLists(raw.coordinatorsOfHousehold, (r) => policy.coordinator(r)),
    consentsOfHousehold: viewedLists(raw.consentsOfHousehold, (r) => policy.consent(r)),
  } as Loaders;
}
