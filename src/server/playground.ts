import { ruruHTML, type RuruClientConfig } from "ruru/server";

export const PLAYGROUND_ASSETS = "/playground-assets/";

const EXAMPLES = `# behangrol: households, agencies and the help that does not add up.
# Pick an operation with the play button. The five seed stories are h-s1 ... h-s5.

query StoryTimeline {
  household(id: "h-s1") {
    id
    neighbourhood
    members { id name birthYear }
    timeline { date kind domain summary agency { name } person { id } }
  }
}

query HouseholdsGettingYouthHelp {
  households(first: 10, domain: JEUGD) {
    totalCount
    edges { cursor node { id neighbourhood } }
    pageInfo { hasNextPage endCursor }
  }
}

query OneFamilysHelp {
  household(id: "h-s3") {
    memberships { role from to person { id name } }
    interventions { domain kind start end endReason agency { name } outcomes { result zrm { domain score } } }
    events { type date domain agency { name } }
    coordinators { from to professional { name agency { name } } }
  }
}

query Agencies {
  agencies(first: 50) { totalCount edges { node { id name kind domains } } }
}
`;

/** The playground page; its scripts and styles come from this server (ruru ships them), no CDN. */
export function playgroundHtml(headers?: Record<string, string>): string {
  return ruruHTML({
    endpoint: "/graphql",
    staticPath: PLAYGROUND_ASSETS,
    // ruru types every client option as required; it reads only the ones given.
    clientConfig: {
      initialQuery: EXAMPLES,
      ...(headers ? { initialHeaders: JSON.stringify(headers, null, 2) } : {}),
    } as Partial<RuruClientConfig> as RuruClientConfig,
  });
}
