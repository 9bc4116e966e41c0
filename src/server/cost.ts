import type { ApolloServerPlugin } from "@apollo/server";
import { getComplexity, type ComplexityEstimatorArgs } from "graphql-query-complexity";
import { GraphQLError, Kind, getNamedType, isLeafType, isListType, getNullableType, visit, type DocumentNode, type GraphQLSchema, getOperationAST, getVariableValues } from "graphql";
import { DEFAULT_PAGE, MAX_PAGE } from "../read/paging";

/** The most an operation may cost; every single page of the documented size fits under it. */
export const MAX_COST = 25_000;

/** A list without paging is assumed to hold this many rows (a household's help, a hit's evidence). */
const LIST_ROWS = 10;

/**
 * What a field costs by itself, beyond what it selects: whole-population detectors, a household's
 * live patterns and its timeline are weighted by what they really cost to compute.
 */
const BASE: Record<string, number> = {
  "Query.patternSummary": 2000,
  // every rule over every household, and every household's make-up: one per operation
  "Query.fairnessReport": 15_000,
  "Query.patternHits": 500,
  "Query.households": 10,
  "Query.interventions": 10,
  "Query.events": 10,
  "Query.auditEvents": 10,
  "Household.patterns": 100,
  "Household.timeline": 20,
};

/** Lists as long as a list argument: `nodes(ids:)` holds one object per id given. */
const SIZED_BY: Record<string, string> = { "Query.nodes": "ids" };

/**
 * Cost of one field: a paged list multiplies what one row selects by `first` (as the variables
 * give it); a list sized by an argument by that argument's length; another list by LIST_ROWS;
 * `edges` is already counted by its connection; leaves are free.
 */
function estimate({ type, field, args, childComplexity }: ComplexityEstimatorArgs): number {
  const base = BASE[`${type.name}.${field.name}`] ?? 0;
  if (isLeafType(getNamedType(field.type))) return base;
  if (field.args.some((a) => a.name === "first")) {
    const first = typeof args.first === "number" ? Math.min(Math.max(args.first, 0), MAX_PAGE) : DEFAULT_PAGE;
    return base + 1 + first * childComplexity;
  }
  if (field.name === "edges") return childComplexity;
  const sizedBy = SIZED_BY[`${type.name}.${field.name}`];
  const given = sizedBy ? args[sizedBy] : undefined;
  const rows = Array.isArray(given) ? given.length : LIST_ROWS;
  return base + 1 + (isListType(getNullableType(field.type)) ? rows : 1) * childComplexity;
}

/**
 * The variables an operation's cost depends on: those given as `first` (page sizes) or as `if`
 * (@include, @skip), and the length of those given as a list that sizes a list (`ids`).
 * Everything else (ids, dates, filters) leaves the cost as it is, so an operation asked again
 * with other ids costs what it cost before, without walking it again.
 */
const costVariables = new WeakMap<DocumentNode, { values: string[]; lengths: string[] }>();
const SIZING = new Set(Object.values(SIZED_BY));

function costKey(document: DocumentNode, variables: Record<string, unknown>, operationName: string | null | undefined): string {
  let names = costVariables.get(document);
  if (!names) {
    const values = new Set<string>();
    const lengths = new Set<string>();
    visit(document, {
      Argument: (a) => {
        if (a.value.kind !== Kind.VARIABLE) return;
        if (a.name.value === "first" || a.name.value === "if") values.add(a.value.name.value);
        if (SIZING.has(a.name.value)) lengths.add(a.value.name.value);
      },
    });
    costVariables.set(document, (names = { values: [...values], lengths: [...lengths] }));
  }
  const length = (v: unknown) => (Array.isArray(v) ? v.length : null);
  return JSON.stringify([operationName ?? null, names.values.map((n) => variables[n] ?? null), names.lengths.map((n) => length(variables[n]))]);
}

/** Costs already worked out, per parsed operation (Apollo keeps one parsed document per query text) and cost key. */
const costs = new WeakMap<DocumentNode, Map<string, number>>();

function remember(document: DocumentNode, key: string, cost: number): void {
  let known = costs.get(document);
  if (!known) costs.set(document, (known = new Map()));
  if (known.size >= 100) known.clear(); // one query text with ever other page sizes: bounded
  known.set(key, cost);
}

/**
 * Refuses an operation whose cost is over MAX_COST, computed after the variables are known (a cost
 * rule during validation sees `first: $n` as no number at all), and one whose cost cannot be
 * computed at all: a check that cannot be made does not let the operation through.
 * 400, GRAPHQL_VALIDATION_FAILED. Used by every transport.
 */
export function refuseCostly(schema: GraphQLSchema, document: DocumentNode, variables: Record<string, unknown>, operationName: string | null | undefined): void {
  const key = costKey(document, variables, operationName);
  let cost = costs.get(document)?.get(key);
  if (cost === undefined) {
    const operation = getOperationAST(document, operationName);
    const coerced = operation ? getVariableValues(schema, operation.variableDefinitions ?? [], variables) : undefined;
    if (coerced?.errors?.length) {
      // variables that do not fit their types: said as graphql says it, as execution would
      throw new GraphQLError(coerced.errors[0]?.message ?? "The variables do not fit the operation.", { extensions: { code: "BAD_USER_INPUT", http: { status: 400 } } });
    }
    try {
      cost = getComplexity({ schema, query: document, variables, ...(operationName ? { operationName } : {}), estimators: [estimate] });
    } catch {
      throw new GraphQLError("The cost of this operation cannot be worked out with these variables: check that each variable has a value of its type.", {
        extensions: { code: "GRAPHQL_VALIDATION_FAILED", http: { status: 400 } },
      });
    }
    remember(document, key, cost);
  }
  if (cost > MAX_COST) {
    throw new GraphQLError(`This operation costs ${cost}, more than the ${MAX_COST} allowed: ask for fewer rows a page or fewer nested lists.`, {
      extensions: { code: "GRAPHQL_VALIDATION_FAILED", http: { status: 400 } },
    });
  }
}

export const costPlugin: ApolloServerPlugin = {
  async requestDidStart() {
    return {
      async didResolveOperation({ schema, document, request, operationName }) {
        refuseCostly(schema, document, request.variables ?? {}, operationName);
      },
    };
  },
};
