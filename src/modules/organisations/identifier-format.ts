import { badUserInput, requiredText } from '../../shared/errors';
import type { OrganisationIdentifierRow } from './organisation.type';

type Scheme = OrganisationIdentifierRow['scheme'];

interface Format {
  pattern: RegExp;
  /** How the register writes its identifiers, for the caller who got one wrong. */
  description: string;
}

/**
 * The well-known shapes of the outside registers' identifiers. A value that cannot be one of them is a typing
 * mistake, and a mistyped code would quietly fail to match the register. GB-LAE codes and OTHER identifiers have
 * no single shape, so any non-empty text is taken.
 */
const formats: Partial<Record<Scheme, Format>> = {
  GSS: { pattern: /^[A-Z]\d{8}$/, description: 'a GSS code is a letter and 8 digits, e.g. E10000028' },
  URN: { pattern: /^\d{6}$/, description: 'a URN (unique reference number of a school) is 6 digits, e.g. 100000' },
  UKPRN: { pattern: /^1\d{7}$/, description: 'a UKPRN is 8 digits starting with 1, e.g. 10001234' },
  COMPANY_NUMBER: {
    pattern: /^(\d{8}|[A-Z]{2}\d{6})$/,
    description:
      'a company number is 8 characters: 8 digits, or a 2-letter prefix and 6 digits, e.g. 01234567, SC123456',
  },
  CHARITY_NUMBER: {
    pattern: /^\d{6,8}(-\d+)?$/,
    description:
      'a charity number is 6 to 8 digits, optionally followed by "-" and a subsidiary number, e.g. 1089464-1',
  },
  ODS: { pattern: /^[A-Z0-9]{3,6}$/, description: 'an ODS code is 3 to 6 letters or digits, e.g. 5NL' },
};

/** Registers whose codes hold letters, which they write in capitals: "e10000028" is E10000028. */
const capitalised: ReadonlySet<Scheme> = new Set<Scheme>(['GSS', 'COMPANY_NUMBER', 'ODS']);

/** The value as the register writes it, or BAD_USER_INPUT on `input.value` naming the format it should have. */
export function identifierValue(scheme: Scheme, value: string): string {
  // A former code is honoured by credentials (src/auth/organisation-by-code.ts): only a retirement records one.
  if (scheme === 'REGISTRY_CODE') {
    throw badUserInput('input.scheme', 'REGISTRY_CODE identifiers are the registry’s record of retired codes');
  }
  const trimmed = requiredText(value, 'input.value');
  const normalised = capitalised.has(scheme) ? trimmed.toUpperCase() : trimmed;
  const format = formats[scheme];
  if (format && !format.pattern.test(normalised)) {
    throw badUserInput('input.value', `"${trimmed}" is not a ${scheme} identifier: ${format.description}`);
  }
  return normalised;
}
