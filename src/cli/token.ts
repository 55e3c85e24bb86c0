import { parseArgs } from 'node:util';
import { NoDevelopmentKey, signDevelopmentToken } from '../auth/development-key';
import { readConfig } from '../config';

/**
 * `npm run -s token -- --org <organisation code> --role <role> [--role …] [--subject <name>] [--hours 8]` writes a
 * bearer token, and nothing else, on stdout (so `TOKEN=$(npm run -s token -- …)` captures it), signed by the key of
 * the development server whose DATA_DIR it is given. Everything else goes to stderr.
 */
const { values } = parseArgs({
  options: {
    org: { type: 'string' },
    role: { type: 'string', multiple: true, default: ['reader'] },
    subject: { type: 'string', default: 'developer' },
    hours: { type: 'string', default: '8' },
  },
});
if (!values.org) {
  console.error(
    'Usage: npm run -s token -- --org <organisation code> --role reader|editor|administrator|secretariat:<body id>|auditor:<area code>|auditor:region:<region>|auditor:england',
  );
  process.exit(2);
}
const config = readConfig();
try {
  const token = await signDevelopmentToken(config.dataDir, {
    subject: values.subject,
    organisationCode: values.org,
    roles: values.role,
    hours: Number(values.hours),
  });
  process.stdout.write(`${token}\n`);
  console.error(
    `Token for ${values.org} (${values.role.join(', ')}), valid ${values.hours} h; only a server in development mode trusts it.`,
  );
} catch (error) {
  if (!(error instanceof NoDevelopmentKey)) throw error;
  console.error(error.message);
  process.exit(1);
}
