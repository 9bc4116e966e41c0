import { Command, Option } from "commander";
import { resolveSecrets } from "../access/secrets";
import { signToken } from "../access/tokens";
import { Role } from "../access/viewer";
import { loadConfig } from "../config";

/** `npm run --silent token -- --role ROLE [--agency ID] [--user NAME]`: one signed token on stdout, nothing else. */
async function main(): Promise<void> {
  const o = new Command("token")
    .description("Sign an access token with this installation's shared secret (development and tests).")
    .addOption(new Option("--role <role>", "the role").choices(Object.values(Role)).makeOptionMandatory())
    .option("--agency <id>", "the agency (required for AGENCY_WORKER)")
    .option("--user <name>", "the user id (for a COORDINATOR: the professional id it coordinates as)", "dev-user")
    .option("--name <name>", "display name")
    .option("--purpose <why>", "a purpose claim, used when a request has no x-purpose header")
    .option("--expires <time>", "lifetime, e.g. 8h, 30m, 7d", "8h")
    .parse()
    .opts<{ role: Role; agency?: string; user: string; name?: string; purpose?: string; expires: string }>();
  if (o.role === Role.AGENCY_WORKER && !o.agency) throw new Error("--agency is required for AGENCY_WORKER");
  const config = loadConfig();
  const { jwtSecret } = resolveSecrets(config);
  if (!jwtSecret) throw new Error("no shared secret: this installation uses AUTH_JWKS_URL; get tokens from the identity provider");
  const token = await signToken(jwtSecret, {
    role: o.role, user: o.user,
    ...(o.name ? { name: o.name } : {}), ...(o.agency ? { agency: o.agency } : {}), ...(o.purpose ? { purpose: o.purpose } : {}),
  }, o.expires, config);
  process.stdout.write(`${token}\n`);
}

main().catch((error: unknown) => {
  process.stderr.write(`token: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
