// Adds __typename to every selection set of the workspace's documents but an operation's root
// before they are hashed, so the trusted documents (persisted-documents.json) ask for what urql's
// cache needs, and the server runs them as they are (src/server/trusted-documents.ts).
const { Kind, visit } = require("graphql");

const typename = { kind: Kind.FIELD, name: { kind: Kind.NAME, value: "__typename" } };

exports.transform = ({ documents }) =>
  documents.map((file) => ({
    ...file,
    document: file.document && visit(file.document, {
      SelectionSet(node, _key, parent) {
        if (parent && !Array.isArray(parent) && parent.kind === Kind.OPERATION_DEFINITION) return undefined;
        if (node.selections.some((s) => s.kind === Kind.FIELD && s.name.value === "__typename")) return undefined;
        return { ...node, selections: [typename, ...node.selections] };
      },
    }),
  }));
