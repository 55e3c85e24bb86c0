import { parseArgs } from 'node:util';
import { signDevelopmentToken } from '../auth/development-key';
import { readConfig } from '../config';

/**
 * `npm run token -- --org <organisation code> --role <role> [--role …] [--subject <name>] [--hours 8]`
 * prints a bearer token signed by the local development key. Only a server in development mode trusts it.
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
    'Usage: npm run token -- --org <organisation code> --role reader|editor|administrator|secretariat:<body id>|auditor:<area code>|auditor:region:<region>|auditor:england',
  );
  process.exit(2);
}
const config = readConfig();
const token = await signDevelopmentToken(config.dataDir, {
  subject: values.subject,
  organisationCode: values.org,
  roles: values.role,
  hours: Number(values.hours),
});
console.log(token);
